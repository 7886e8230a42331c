export * from './county-index';
export * from './county-rules';
export * from './header-map';
export * from './ledger-schema';
export * from './read-sheet-rows';
export * from './rule-labels';
export type { RowRule, RuleContext, RuleFinding, Severity } from './rules';
export * from './validate-row';
export * from './zh-error-map';
