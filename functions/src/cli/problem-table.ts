// Prints problems for people: one line each up to a few hundred, then grouped by tab, column and message
// kind, so 50,000 bad rows stay readable (and fast). The full list is in --json and the 问题清单 tab.
import type { Output } from './output';
import type { TabProblem } from './place-problems';

/** Up to this many problems are listed one per line. */
export const LISTED_PROBLEMS = 200;

const label = (p: TabProblem) => (p.severity === 'error' ? '错误' : '提示');

/** The message without the row's own details (what is quoted in 「…」 and numbers), to group alike problems. */
const kindOf = (message: string) => message.replace(/「[^」]*」/g, '「…」').replace(/\d+/g, 'N');

const rowsText = (rows: number[]): string => {
  const shown = rows.slice(0, 5).join('、');
  return rows.length > 5 ? `第${shown}…行（共 ${rows.length} 行）` : `第${shown}行`;
};

export function printProblems(problems: readonly TabProblem[], output: Output): void {
  const head = ['台账', '行', '列', '类别', '问题'];
  if (problems.length <= LISTED_PROBLEMS) {
    output.table(
      head,
      problems.map((p) => [p.tab, p.row, p.column, label(p), p.message]),
    );
    return;
  }
  const groups = new Map<string, { first: TabProblem; rows: number[] }>();
  for (const p of problems) {
    const key = [p.tab, p.column, p.severity, kindOf(p.message)].join('|');
    const group = groups.get(key) ?? { first: p, rows: [] };
    if (p.row !== null) group.rows.push(p.row);
    groups.set(key, group);
  }
  output.say(
    `共 ${problems.length} 个问题，按台账、列和问题归并为 ${groups.size} 类（逐条清单见 --json 或 --annotate 的「问题清单」表）：`,
  );
  output.table(
    ['台账', '行', '列', '类别', '问题（示例）'],
    [...groups.values()].map(({ first, rows }) => [
      first.tab,
      rows.length ? rowsText(rows) : null,
      first.column,
      label(first),
      first.message,
    ]),
  );
}
