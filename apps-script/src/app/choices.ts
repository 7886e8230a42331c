// Dropdowns the server feeds: an answer's `choices` (header → a county tab's entries) become that column's list.
import type { AnyLedger } from '../../../functions/src/core/ledgers';
import { choiceFieldsOf } from '../../../functions/src/ingest/choice-fields';
import { readJson, removeJson, writeJson } from './chunked-json';
import { fieldByHeader, type TabLayout } from './layout';
import type { KeyValueStore, SheetPort } from './ports';

/** What was last set on a column, in document properties. */
interface Remembered {
  column: number;
  options: string[];
}

const nameOf = (ledgerId: string, header: string) => `choices.${ledgerId}.${header}`;

const isList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

const same = (a: Remembered | undefined, b: Remembered) =>
  a !== undefined &&
  a.column === b.column &&
  a.options.length === b.options.length &&
  a.options.every((o, i) => o === b.options[i]);

/** Apps Script refuses a list rule with more items than this. */
export const MAX_LIST_ITEMS = 500;

export interface ApplyOptions {
  /** Set every list even when it equals the remembered one (a full sync mends a dropdown a paste removed). */
  force?: boolean;
  /** Where a list that could not be set is reported (a toast); the push itself goes on. */
  notify: (message: string) => void;
}

/**
 * Sets the dropdown of each column whose list differs from the one last set (one write per such column);
 * an empty list removes it. Returns how many columns were written. A list that cannot be set is reported
 * and not remembered, so the next answer tries again; it never fails the push that brought it.
 */
export function applyChoices(
  state: KeyValueStore,
  sheet: SheetPort,
  layout: TabLayout,
  ledgerId: string,
  choices: unknown,
  options: ApplyOptions,
): number {
  if (!choices || typeof choices !== 'object' || Array.isArray(choices)) return 0;
  let written = 0;
  for (const [header, list] of Object.entries(choices)) {
    const field = fieldByHeader(layout, header);
    if (!field || !isList(list)) continue;
    const name = nameOf(ledgerId, field.header);
    const last = readJson<Remembered>((n) => state.get(n), name);
    const wanted = { column: field.column, options: list };
    if (!options.force && (same(last, wanted) || (!last && !list.length))) continue;
    if (list.length > MAX_LIST_ITEMS) {
      options.notify(
        `${field.header}：县级表格中有 ${list.length} 项，下拉列表最多 ${MAX_LIST_ITEMS} 项，未设下拉列表；请照县级表格填写，名称须完全一致`,
      );
      continue;
    }
    try {
      sheet.setDropdown(field.column, list);
    } catch (error) {
      options.notify(`${field.header}：下拉列表未能设置（${(error as Error).message}），下次同步时再试`);
      continue;
    }
    if (list.length) writeJson(state, name, wanted);
    else removeJson(state, name);
    written++;
  }
  return written;
}

/** A new tab has none of the lists set on the old one: forget them, so the next answer sets them again. */
export function forgetChoices(state: KeyValueStore, ledger: AnyLedger): void {
  for (const c of choiceFieldsOf(ledger)) removeJson(state, nameOf(ledger.id, c.header));
}
