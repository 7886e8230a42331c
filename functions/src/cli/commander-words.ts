// Commander's own words (help headings, parse errors) in Chinese beside the English, as the rest of the help.

const TITLES: Record<string, string> = {
  'Usage:': '用法 / Usage:',
  'Options:': '选项 / Options:',
  'Commands:': '命令 / Commands:',
  'Arguments:': '参数 / Arguments:',
  'Global Options:': '通用选项 / Global Options:',
};

/** A help heading, bilingual. */
export const bilingualTitle = (title: string): string => TITLES[title] ?? title;

const ERRORS: [pattern: RegExp, chinese: (...groups: string[]) => string][] = [
  [/^error: required option '(.+)' not specified/, (o) => `缺少必填选项 ${o}`],
  [
    /^error: unknown option '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/,
    (o, s) => `没有选项 ${o}${s ? `（是否想用 ${s}？）` : ''}`,
  ],
  [
    /^error: unknown command '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/,
    (c, s) => `没有命令 ${c}${s ? `（是否想用 ${s}？）` : ''}`,
  ],
  [/^error: missing required argument '(.+)'/, (a) => `缺少参数 ${a}`],
  [/^error: option '(.+)' argument missing/, (o) => `选项 ${o} 缺少取值`],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. ?(.*)/,
    (o, v, why) => `选项 ${o} 的取值「${v}」无效：${why}`,
  ],
  [/^error: too many arguments/, () => '参数过多'],
];

/** One of Commander's error lines with its Chinese first (`✘ 缺少必填选项 … / error: …`); others as they are. */
export function bilingualError(text: string): string {
  const line = text.trimEnd();
  // Our own argument parsers give the reason in both languages already.
  const invalid = /^error: option '(.+)' argument '(.*)' is invalid\. ?(.*)/.exec(line);
  if (invalid) return `✘ 选项 ${invalid[1]} 的取值「${invalid[2]}」无效 / invalid value: ${invalid[3]}\n`;
  for (const [pattern, chinese] of ERRORS) {
    const match = pattern.exec(line);
    if (match) return `✘ ${chinese(...match.slice(1).map((g) => g ?? ''))} / ${line}\n`;
  }
  return text;
}
