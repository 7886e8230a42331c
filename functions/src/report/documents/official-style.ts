// The page and type of a Chinese official document (GB/T 9704-2012) in Word's units, and the fonts with fallbacks.

/** Twentieths of a point per millimetre. */
const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);

/** A4 with the standard's margins: 天头 37 mm, 订口 28 mm, a 156 × 225 mm type area. */
export const PAGE = {
  width: twips(210),
  height: twips(297),
  top: twips(37),
  left: twips(28),
  right: twips(210 - 28 - 156),
  bottom: twips(297 - 37 - 225),
  /** The page number sits about 7 mm below the type area. */
  footer: twips(297 - 37 - 225 - 7 - 5),
  header: twips(15),
} as const;

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 24, footnote: 21 } as const;

/** 22 lines of 三号 text fill the 225 mm type area: an exact line of 28.95 pt (in twips). */
export const BODY_LINE = 579;

/** Each font the documents name, and the one Word and WPS use where it is not installed (fontTable altName). */
export const FONTS = {
  title: { name: '方正小标宋简体', altName: '宋体' },
  body: { name: '仿宋_GB2312', altName: '仿宋' },
  heading: { name: '黑体', altName: 'SimHei' },
  number: { name: '宋体', altName: 'SimSun' },
  bodyFallback: { name: '仿宋', altName: 'FangSong' },
  latin: { name: 'Times New Roman', altName: 'Liberation Serif' },
} as const;

/** word/fontTable.xml naming every font with its fallback (GB2312 charset, as Word writes Chinese fonts). */
export function fontTableXml(): string {
  const fonts = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/>` +
        `<w:charset w:val="${f.name === FONTS.latin.name ? '00' : '86'}"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${fonts}</w:fonts>`
  );
}
