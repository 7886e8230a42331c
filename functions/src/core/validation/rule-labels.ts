// The 数据质量 tab's short Chinese name of each rule id: the cell and county-wide checks named here, every
// ledger's row rules and references named in its folder (a rule or reference without a label does not compile).
import { REGISTRY } from '../ledgers/registry';
import { NOT_FUTURE_LABEL, NOT_FUTURE_RULE_ID } from './rules/future-dates';

/** The checks every ledger shares: read after the column's name (`身份证号` + `格式不对`). */
const SHARED_LABELS = {
  'cell.required': '未填写',
  'cell.format': '格式不对',
  'county.duplicate-person': '重复登记',
  [NOT_FUTURE_RULE_ID]: NOT_FUTURE_LABEL,
} as const;

const LABELS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(SHARED_LABELS),
  ...REGISTRY.ruleLabels(),
]);

/** A short Chinese name for a rule id (`与入党日期不符`); an id no ledger knows (an old record) stays as is. */
export const ruleLabelOf = (ruleId: string): string => LABELS.get(ruleId) ?? ruleId;
