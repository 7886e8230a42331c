// How a 联系点 cell names townships: several in one cell (乙乡、丙镇), each perhaps as its government (甲镇人民政府).

/** `甲镇人民政府` → `甲镇`: the township as 乡镇设置 names it. */
export const townshipName = (name: string): string => name.trim().replace(/(人民政府|政府)$/, '');

/** The townships of one 联系乡镇 cell: `乙乡、丙镇` → [乙乡, 丙镇] (、，,;；/ and spaces separate). */
export const townshipsOf = (cell: string): string[] =>
  cell
    .split(/[、，,;；/\s]+/)
    .map(townshipName)
    .filter(Boolean);
