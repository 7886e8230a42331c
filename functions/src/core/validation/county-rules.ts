// Rules that need the rest of the county: one person once per ledger, mentors and mentees of the right kind.

import { ledgerById } from '../ledgers';
import type { LedgerDef } from '../ledgers/define-ledger';
import type { PersonFacts } from '../ledgers/define-reference';
import { type PairPeriod, periodsOverlap } from '../ledgers/pairs/period';
import { REGISTRY } from '../ledgers/registry';
import { type CountyIndex, type PersonEntry, personKeyOf } from './county-index';
import { type Reference, referencesOf } from './references';

const periodOf = (f: PersonFacts): PairPeriod => ({ from: f.periodFrom!, until: f.periodUntil ?? null });

import type { RowIssue } from './validate-row';

export interface RowIdentity {
  township: string;
  key: string;
}

/** Where a holder's row is, in words: `城关镇「乡土人才」第12行`. */
export function describeHolder(holder: PersonEntry): string {
  const tab = ledgerById(holder.ledger)?.tab ?? holder.ledger;
  const where = holder.sheetRow ? `第${holder.sheetRow}行` : '';
  return `${holder.township}「${tab}」${where}`;
}

const columnOf = (ledger: LedgerDef, field: string) =>
  ledger.fields.find((f) => f.key === field)?.header ?? field;

function issue(
  ledger: LedgerDef,
  ruleId: string,
  field: string,
  text: string,
  severity: RowIssue['severity'] = 'error',
): RowIssue {
  const column = columnOf(ledger, field);
  return { ruleId, field, column, severity, message: `${column}：${text}` };
}

const isSelf = (holder: PersonEntry, self: RowIdentity) =>
  holder.township === self.township && holder.key === self.key;

function duplicate(
  ledger: LedgerDef,
  record: Record<string, unknown>,
  self: RowIdentity,
  index: CountyIndex,
) {
  const unique = ledger.unique;
  const key = personKeyOf(ledger, record, self.township);
  if (!key || !unique) return [];
  const holder = index.find(ledger.id, key);
  if (!holder || isSelf(holder, self)) return [];
  const own = REGISTRY.factsOf(ledger.id, record);
  const dated = typeof own.periodFrom === 'string' && typeof holder.periodFrom === 'string';
  if (dated && !periodsOverlap(periodOf(own), periodOf(holder))) return [];
  const noun = unique.noun ?? '此人';
  if (dated) {
    const text = `${noun}已有时间重叠的同类帮带结对，在${describeHolder(holder)}；同一时间同类结对只能有一个。如那个结对已结束，请在该行填写结束日期并修改状态；否则请删除重复行`;
    return [issue(ledger, 'county.duplicate-person', unique.field, text)];
  }
  const what = unique.repeated ?? (unique.qualifier ? `${noun}已有同类帮带结对` : `${noun}已登记`);
  const scope = unique.scope === 'township' ? '本乡镇' : '全县';
  const once = unique.noun ? `${scope}只能登记一次` : `${scope}每人只能登记一次`;
  return [
    issue(
      ledger,
      'county.duplicate-person',
      unique.field,
      `${what}，在${describeHolder(holder)}；${once}，请核对后删除重复行`,
    ),
  ];
}

function references(
  ledger: LedgerDef,
  record: Record<string, unknown>,
  self: RowIdentity,
  index: CountyIndex,
): RowIssue[] {
  const out: RowIssue[] = [];
  for (const ref of referencesOf(ledger.id)) {
    if (ref.listedIn !== undefined) {
      const problem = unlisted(ref, record, index);
      if (problem) out.push(issue(ledger, ref.ruleId, ref.field, problem));
      continue;
    }
    const key = ref.keyOf(record, self.township);
    if (!key) continue;
    const entry = index.find(ref.target, key);
    const problem = !entry
      ? ref.missing
      : entry.hasErrors && ref.flawed
        ? ref.flawed(describeHolder(entry))
        : (ref.check?.(entry, describeHolder(entry), record) ?? null);
    if (problem) out.push(issue(ledger, ref.ruleId, ref.field, problem));
    const advice = entry && !problem && !(entry.hasErrors && ref.flawed) ? ref.advise?.(entry, record) : null;
    if (advice) out.push(issue(ledger, ref.ruleId, advice.field ?? ref.field, advice.message, 'warning'));
  }
  return out;
}

/** A listed reference's message when some of the names are not listed; null when all are, or nothing is known. */
function unlisted(ref: Reference, record: Record<string, unknown>, index: CountyIndex): string | null {
  const listed = index.listed?.(ref.target, ref.listedIn!);
  if (!listed) return null;
  const unknown = ref.namesOf(record).filter((name) => !listed.includes(name));
  if (!unknown.length) return null;
  return ref.unknown ? ref.unknown(unknown, listed) : ref.missing;
}

/**
 * The county-wide rules for one record; pure over the index it is given. Errors and warnings (advice such as
 * 被帮带人已入党，请把状态改为已完成) come in one list: each issue carries its severity.
 */
export function checkCountyRules(
  ledger: LedgerDef,
  record: Record<string, unknown>,
  self: RowIdentity,
  index: CountyIndex,
): RowIssue[] {
  return [...duplicate(ledger, record, self, index), ...references(ledger, record, self, index)];
}

/** The unique keys a record needs looked up before `checkCountyRules` can run (for one batched read). */
export function lookupsFor(
  ledger: LedgerDef,
  record: Record<string, unknown>,
  township: string | null = null,
): { ledger: string; personKey: string }[] {
  const out: { ledger: string; personKey: string }[] = [];
  const own = personKeyOf(ledger, record, township);
  if (own) out.push({ ledger: ledger.id, personKey: own });
  for (const ref of referencesOf(ledger.id)) {
    const key = ref.keyOf(record, township ?? '');
    if (key) out.push({ ledger: ref.target, personKey: key });
  }
  return out;
}
