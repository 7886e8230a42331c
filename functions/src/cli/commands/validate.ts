// `shuangpei validate FILE.xlsx`: checks a workbook offline and lists every problem by tab, row and column.
import { resolve } from 'node:path';
import type { CivilDate } from '../../core/dates/civil-date';
import { personKeyOf, validateRow } from '../../core/validation';
import { readLedgerWorkbook, WorkbookReadError } from '../../local/workbooks';
import { CliError, EXIT } from '../exit-codes';
import type { Output } from '../output';

export interface Problem {
  tab: string;
  row: number | null;
  severity: 'error' | 'warning';
  message: string;
}

export async function collectProblems(file: string, today: CivilDate): Promise<Problem[]> {
  const workbook = await readLedgerWorkbook(file).catch((error) => {
    const message =
      error instanceof WorkbookReadError ? error.message : `无法读取 ${file}：${(error as Error).message}`;
    throw new CliError(message, EXIT.usage);
  });
  if (workbook.kind === 'unknown')
    throw new CliError(
      `${file} 中没有任何台账：表头须与模板一致（可用 shuangpei template 生成模板）`,
      EXIT.usage,
    );
  const problems: Problem[] = [];
  for (const tab of workbook.tabs) {
    const name = tab.ledger.tab;
    for (const issue of tab.sheetIssues)
      problems.push({ tab: name, row: null, severity: issue.severity, message: issue.message });
    const seen = new Map<string, number>();
    for (const row of tab.rows) {
      const result = validateRow(tab.ledger, row.cells, { today });
      for (const e of result.errors)
        problems.push({ tab: name, row: row.rowNumber, severity: 'error', message: e.message });
      for (const w of result.warnings)
        problems.push({ tab: name, row: row.rowNumber, severity: 'warning', message: w.message });
      const person = personKeyOf(tab.ledger, result.values as Record<string, unknown>);
      if (person && seen.has(person)) {
        const column = tab.ledger.fields.find((f) => f.key === tab.ledger.unique?.field)?.header ?? '';
        problems.push({
          tab: name,
          row: row.rowNumber,
          severity: 'error',
          message: `${column}：与第${seen.get(person)}行是同一人，全县每人只能登记一次`,
        });
      } else if (person) seen.set(person, row.rowNumber);
    }
  }
  return problems;
}

export async function validateCommand(
  file: string,
  options: { today: CivilDate },
  output: Output,
): Promise<number> {
  const path = resolve(file);
  const problems = await collectProblems(path, options.today);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (output.json) {
    process.stdout.write(`${JSON.stringify({ file: path, errors, warnings, problems }, null, 2)}\n`);
  } else if (!problems.length) {
    output.say(`✔ ${path}：没有发现问题`);
  } else {
    output.table(
      ['台账', '行', '类别', '问题'],
      problems.map((p) => [p.tab, p.row, p.severity === 'error' ? '错误' : '提示', p.message]),
    );
    output.say(`${path}：${errors} 个错误，${warnings} 个提示。错误须改正后才计入考评。`);
  }
  return errors ? EXIT.problems : EXIT.ok;
}
