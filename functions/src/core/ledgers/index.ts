// The one definition of every ledger, imported by functions, Apps Script, Excel adapter, templates and tests:
// each ledger's folder (definition, rules, references, assessed fields) and the registry that lists them.
export * from './bases';
export * from './define-ledger';
export * from './define-ledger-module';
export * from './define-reference';
export * from './define-rule';
export * from './education-levels';
export * from './enumerations';
export * from './field';
export * from './ledger-registry';
export * from './liaison-points';
export * from './members';
export * from './mentoring-logs';
export * from './pairs';
export * from './period-rule';
export * from './person-rules';
export * from './qualitative-scores';
export * from './registry';
export * from './special-columns';
export * from './supervision-visits';
export * from './talents';
export * from './township-settings';
export * from './training-menu';
export * from './training-requests';
export * from './trainings';
