// Which of a row's errors matter to whom: the fields that identify the row (its person or thing), and whether
// an error touches a given set of fields. Figures and cross-ledger references read only some fields of a row,
// so a mistake in another column does not remove the row from them (issue 14, defect 9).
import type { LedgerDef } from '../ledgers/define-ledger';
import { REGISTRY } from '../ledgers/registry';

/** An issue as stored: the field it is about is what decides whom it affects. */
export interface FieldIssue {
  field: string;
}

const identities = new WeakMap<LedgerDef, readonly string[]>();

/**
 * The fields that say who or what a row is: its natural key, its unique key (and qualifier), and 姓名 where the
 * ledger has one. A row with an error in one of these counts in no figure and vouches for nothing.
 */
export function identityFieldsOf(ledger: LedgerDef): readonly string[] {
  let fields = identities.get(ledger);
  if (!fields) {
    const named = ledger.fields.some((f) => f.key === 'name') ? ['name'] : [];
    const unique = ledger.unique ? [ledger.unique.field, ledger.unique.qualifier ?? ''] : [];
    fields = [...new Set([...ledger.naturalKey, ...unique, ...named])].filter(Boolean);
    identities.set(ledger, fields);
  }
  return fields;
}

/** The issues about one of `fields`. */
export const issuesOn = <I extends FieldIssue>(issues: readonly I[], fields: ReadonlySet<string>): I[] =>
  issues.filter((i) => fields.has(i.field));

/**
 * Whether a row's errors make the facts it vouches for untrustworthy: an error in a field that identifies it
 * or that its ledger's facts read or are checked against (a member's 党员类别 and 入党日期). A typo in an unrelated column (文化程度) does not, so a
 * 2+1 pair naming that member as mentor is not refused for it.
 */
export function vouchesForNothing(ledgerId: string, errors: readonly FieldIssue[]): boolean {
  if (!errors.length) return false;
  const module = REGISTRY.moduleOf(ledgerId);
  if (!module) return true;
  const fields = new Set([...identityFieldsOf(module.ledger), ...(module.factsRead ?? [])]);
  return errors.some((e) => fields.has(e.field));
}
