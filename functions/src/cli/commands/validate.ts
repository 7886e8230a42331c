// `shuangpei validate FILE.xlsx [--county 县级表格.xlsx]`: checks a workbook offline and lists every problem by
// tab, row and column, the references the file can answer for itself included.
import { basename, extname, resolve } from 'node:path';
import type { CivilDate } from '../../core/dates/civil-date';
import { type LedgerDef, ledgerById } from '../../core/ledgers';
import {
  checkCountyRules,
  MemoryCountyIndex,
  personEntry,
  personKeyOf,
  type RowIssue,
  validateRow,
} from '../../core/validation';
import { listedFieldsOf, referencesOf } from '../../core/validation/references';
import type { LedgerWorkbook } from '../../local/workbooks';
import { annotateWorkbook } from '../../local/workbooks/annotate/annotate-workbook';
import { CliError, EXIT } from '../exit-codes';
import type { Output } from '../output';
import { annotatedPath, placeProblems } from '../place-problems';
import { printProblems } from '../problem-table';
import { readWorkbookArgument } from '../read-workbook';

export interface Problem {
  tab: string;
  row: number | null;
  /** The Chinese header of the column, or null for a problem with the whole tab. */
  column: string | null;
  severity: 'error' | 'warning';
  message: string;
}

export interface Validation {
  /** The workbook checked (the first file). */
  workbook: LedgerWorkbook;
  problems: Problem[];
  /** What could not be checked offline, said once per tab and target (not errors). */
  notes: string[];
}

/** A workbook with the township its rows belong to ('' for the county's own tabs, as `ingest` keys them). */
interface Source {
  township: string;
  workbook: LedgerWorkbook;
}

/**
 * People another township's workbook may hold (one 2+1 mentor in twenty comes from the next township): when
 * found here, the rule applies; when not, nothing can be said offline (one note for the tab).
 */
const ACROSS_TOWNSHIPS = new Set(['members', 'talents']);

/**
 * What the files read can say of a reference they do not find: `missing` (they hold every row it could name:
 * a county tab given, a key unique within the township), `elsewhere` (the county may hold it in another
 * township's file: a pair is unique county-wide), `unchecked` (its tab is not in the files read).
 */
type Verdict = 'missing' | 'elsewhere' | 'unchecked';

/** The row's own warning for an `elsewhere` reference: said here, checked county-wide once pushed. */
const notInFile = (target: string) =>
  `本文件的「${ledgerById(target)?.tab ?? target}」中没有对应的行（不在本文件中，推送后按全县台账核对）；如确未登记，请先在本乡镇登记`;

async function read(file: string): Promise<LedgerWorkbook> {
  const workbook = await readWorkbookArgument(file);
  if (workbook.kind === 'unknown')
    throw new CliError(
      `${file} 中没有任何台账：表头须与模板一致（可用 shuangpei template 生成模板）`,
      EXIT.usage,
    );
  return workbook;
}

async function sourcesOf(file: string, countyFile: string | null): Promise<Source[]> {
  const workbook = await read(file);
  const township = workbook.kind === 'county' ? '' : basename(file, extname(file)).trim();
  if (!countyFile) return [{ township, workbook }];
  if (workbook.kind === 'county')
    throw new CliError(`${file} 本身就是县级表格，不必再用 --county`, EXIT.usage);
  const county = await read(countyFile);
  if (county.kind !== 'county')
    throw new CliError(
      `${countyFile} 不是县级表格：--county 应指向含「培训菜单」等县级表的工作簿`,
      EXIT.usage,
    );
  return [
    { township, workbook },
    { township: '', workbook: county },
  ];
}

/** Every row validated, and an index of who is registered where, as `ingest` would build it. */
function validateSources(sources: Source[], today: CivilDate) {
  const index = new MemoryCountyIndex();
  const rows = sources.map(({ township, workbook }) =>
    workbook.tabs.map((tab) => {
      const listed = tab.ledger.scope === 'county' ? listedFieldsOf(tab.ledger.id) : [];
      index.addListed(tab.ledger.id, listed);
      return tab.rows.map((row) => {
        const result = validateRow(tab.ledger, row.cells, { today });
        const values = result.values as Record<string, unknown>;
        const key = personKeyOf(tab.ledger, values, township);
        const at = { township, key: row.key, sheetRow: row.rowNumber };
        // As in ingest, a row with errors holds its key; errors in its identity or facts make it vouch for none.
        if (key) index.add(key, personEntry(tab.ledger.id, at, values, result.errors));
        index.addListed(tab.ledger.id, listed, values);
        return { row, result, values };
      });
    }),
  );
  return { index, rows };
}

const columnOf = (ledger: LedgerDef, field: string) =>
  ledger.fields.find((f) => f.key === field)?.header ?? field;

const problemOf = (tab: string, row: number, issue: RowIssue): Problem => ({
  tab,
  row,
  column: issue.column,
  severity: issue.severity,
  message: issue.message,
});

export async function collectProblems(
  file: string,
  today: CivilDate,
  countyFile: string | null = null,
): Promise<Validation> {
  const sources = await sourcesOf(file, countyFile);
  const { township, workbook } = sources[0]!;
  const present = new Set<string>(sources.flatMap((s) => s.workbook.tabs.map((t) => t.ledger.id)));
  const hasCounty = sources.some((s) => s.workbook.kind === 'county');
  const { index, rows } = validateSources(sources, today);
  const verdict = (target: string): Verdict => {
    const ledger = ledgerById(target);
    if (!present.has(target) || ACROSS_TOWNSHIPS.has(target)) return 'unchecked';
    if (ledger?.scope === 'county') return 'missing';
    return ledger?.unique?.scope === 'township' ? 'missing' : 'elsewhere';
  };
  const unchecked = new Map<
    string,
    { tab: string; target: string; columns: Set<string>; rows: Set<number> }
  >();
  const noteUnchecked = (tab: string, target: string, column: string, row: number) => {
    const slot = `${tab}|${target}`;
    const note = unchecked.get(slot) ?? { tab, target, columns: new Set(), rows: new Set() };
    unchecked.set(slot, note);
    note.columns.add(column);
    note.rows.add(row);
  };
  const problems: Problem[] = [];
  for (const [t, tab] of workbook.tabs.entries()) {
    const name = tab.ledger.tab;
    for (const issue of tab.sheetIssues)
      problems.push({ tab: name, row: null, column: null, severity: issue.severity, message: issue.message });
    for (const { row, result, values } of rows[0]![t]!) {
      const self = { township, key: row.key };
      const county = checkCountyRules(tab.ledger, values, self, index).flatMap((issue): RowIssue[] => {
        const ref = referencesOf(tab.ledger.id).find(
          (r) => r.ruleId === issue.ruleId && r.field === issue.field,
        );
        if (!ref || index.find(ref.target, ref.keyOf(values, township) ?? '')) return [issue];
        const said = verdict(ref.target);
        if (said === 'missing') return [issue];
        if (said === 'elsewhere')
          return [{ ...issue, severity: 'warning', message: `${issue.column}：${notInFile(ref.target)}` }];
        noteUnchecked(name, ref.target, issue.column, row.rowNumber);
        return [];
      });
      // A listed reference whose list is not in the files read (乡镇设置 missing) checks nothing: noted.
      for (const ref of referencesOf(tab.ledger.id))
        if (ref.listedIn && !index.listed(ref.target, ref.listedIn) && ref.namesOf(values).length)
          noteUnchecked(name, ref.target, columnOf(tab.ledger, ref.field), row.rowNumber);
      for (const issue of [...result.errors, ...county, ...result.warnings])
        problems.push(problemOf(name, row.rowNumber, issue));
    }
  }
  const notes = [...unchecked.values()].map(({ tab, target, columns, rows }) => {
    const what = `「${tab}」的${[...columns].join('、')}`;
    const where = `「${ledgerById(target)?.tab ?? target}」`;
    if (ledgerById(target)?.scope === 'county' && !hasCounty)
      return `${what}须在县级表格的${where}中，离线检查乡镇台账时未核对（${rows.size} 行）；加 --county 县级表格.xlsx 可一并核对`;
    if (!present.has(target))
      return `${what}须对照${where}核对，本文件中没有${where}表，离线未核对（${rows.size} 行）：不在本文件中，推送后按全县台账核对`;
    return `${what}有 ${rows.size} 行在本工作簿的${where}中找不到：可能登记在其他乡镇，离线无法核对，同步后按全县核对`;
  });
  return { workbook, problems, notes };
}

export async function validateCommand(
  file: string,
  options: { today: CivilDate; county?: string; annotate?: string },
  output: Output,
): Promise<number> {
  const path = resolve(file);
  const county = options.county ? resolve(options.county) : null;
  const { workbook, problems, notes } = await collectProblems(path, options.today, county);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const annotated = options.annotate
    ? await annotateWorkbook(
        path,
        resolve(annotatedPath(path, options.annotate)),
        placeProblems(workbook, problems),
      )
    : null;
  if (output.json) {
    const report = {
      file: path,
      ...(county ? { county } : {}),
      ...(annotated ? { annotated: annotated.out } : {}),
      errors,
      warnings,
      problems,
      notes,
    };
    output.document(report);
    return errors ? EXIT.problems : EXIT.ok;
  }
  if (!problems.length) output.say(`✔ ${path}：没有发现问题`);
  else {
    printProblems(problems, output);
    output.say(`${path}：${errors} 个错误，${warnings} 个提示。错误须改正后才计入考评。`);
  }
  if (annotated)
    output.say(
      `已写出标注副本：${annotated.out}（${annotated.markedCells} 个单元格标红/标黄，问题清单见「问题清单」表）`,
    );
  for (const note of notes) output.say(`注：${note}。`);
  return errors ? EXIT.problems : EXIT.ok;
}
