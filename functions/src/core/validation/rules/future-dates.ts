// No recorded date lies in the future (plans such as 计划结束日期 aside); no assessment year either.
import type { CivilDate } from '../../dates/civil-date';
import type { LedgerDef } from '../../ledgers/define-ledger';
import { errorAt, type RowRule } from '../../ledgers/define-rule';

export const NOT_FUTURE_RULE_ID = 'date.not-future';
export const NOT_FUTURE_LABEL = '晚于今天';

/** One rule per ledger, covering every date column that records something that happened. */
export function noFutureDatesRule(ledger: LedgerDef): RowRule<Record<string, unknown>> {
  const dateFields = ledger.fields.filter((f) => f.kind === 'date' && !f.future).map((f) => f.key);
  const yearFields = ledger.fields.filter((f) => f.kind === 'year').map((f) => f.key);
  return {
    id: NOT_FUTURE_RULE_ID,
    label: NOT_FUTURE_LABEL,
    uses: [], // reads each date on its own and skips the ones that failed to parse
    check(r, { today }) {
      const dates = dateFields.flatMap((key) => {
        const value = r[key] as CivilDate | null;
        return value && value > today ? [errorAt(key, `${value} 晚于今天（${today}），请核对`)] : [];
      });
      const years = yearFields.flatMap((key) => {
        const value = r[key] as number | null;
        const thisYear = Number(today.slice(0, 4));
        return value !== null && value > thisYear ? [errorAt(key, `${value} 年尚未到来，请核对`)] : [];
      });
      return [...dates, ...years];
    },
  };
}
