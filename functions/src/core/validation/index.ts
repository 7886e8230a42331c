export * from './county-index';
export * from './county-rules';
export * from './header-map';
export * from './ledger-schema';
export type { RowRule, RuleContext, RuleFinding, Severity } from './rules';
export * from './validate-row';
export * from './validate-sheet';
export * from './zh-error-map';
