// What every list of ledgers is derived from: given the ledger modules, their lookups, rules, references,
// rule labels, push order and collections. `registry.ts` applies it to the real list; tests to their own.
import type { LedgerDef, LedgerScope } from './define-ledger';
import type { LedgerModule } from './define-ledger-module';
import type { PersonFacts, Reference } from './define-reference';
import type { RowRule } from './define-rule';

export interface LedgerCollection {
  id: string;
  /** The Firestore collection (group) its rows live in: under each township, or under the county. */
  collection: string;
  scope: LedgerScope;
}

export interface LedgerRegistry<M extends readonly LedgerModule[] = readonly LedgerModule[]> {
  modules: M;
  ledgers: M[number]['ledger'][];
  moduleOf(ledgerId: string): LedgerModule | undefined;
  referencesOf(ledgerId: string): readonly Reference[];
  rulesOf(ledgerId: string): readonly RowRule<Record<string, unknown>>[];
  factsOf(ledgerId: string, record: Readonly<Record<string, unknown>>): PersonFacts;
  /** Rule id → its 数据质量 label, for every row rule and reference of every ledger. */
  ruleLabels(): ReadonlyMap<string, string>;
  /**
   * The ledgers of a scope in the order their references need: those that refer to none of the scope
   * first, then those that refer only to earlier phases, and so on.
   */
  pushPhases(scope: LedgerScope): string[][];
  /** Per ledger, the collection its rows are stored in and its scope (for the deploy's index list). */
  collections(): LedgerCollection[];
}

function phasesOf(modules: readonly LedgerModule[], scope: LedgerScope): string[][] {
  const inScope = new Map(modules.filter((m) => m.ledger.scope === scope).map((m) => [m.ledger.id, m]));
  const depth = new Map<string, number>();
  const visit = (id: string, path: readonly string[]): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (path.includes(id)) throw new Error(`台账引用成环：${[...path, id].join(' → ')}`);
    const targets = inScope
      .get(id)!
      .references.map((r) => r.target)
      .filter((t) => inScope.has(t) && t !== id);
    const d = targets.reduce((max, t) => Math.max(max, visit(t, [...path, id]) + 1), 0);
    depth.set(id, d);
    return d;
  };
  const phases: string[][] = [];
  for (const id of inScope.keys()) {
    const d = visit(id, []);
    phases[d] = [...(phases[d] ?? []), id];
  }
  return phases.filter(Boolean);
}

function labelsOf(modules: readonly LedgerModule[]): Map<string, string> {
  const labels = new Map<string, string>();
  const add = (id: string, label: string) => {
    const known = labels.get(id);
    if (known !== undefined && known !== label) throw new Error(`规则 ${id} 有两个名称：${known}、${label}`);
    labels.set(id, label);
  };
  for (const m of modules) {
    for (const rule of m.rules) add(rule.id, rule.label);
    for (const ref of m.references) add(ref.ruleId, ref.label);
  }
  return labels;
}

/**
 * The one place where a ledger's typed rules meet rows as validation holds them (field key → value): a rule
 * runs only on values its ledger's schema parsed, and is skipped while a field it uses failed.
 */
const asRowRules = (rules: LedgerModule['rules']) =>
  rules as unknown as readonly RowRule<Record<string, unknown>>[];
const factsOf = (module: LedgerModule | undefined, record: Readonly<Record<string, unknown>>) =>
  module?.facts?.(record as Parameters<NonNullable<LedgerModule['facts']>>[0]) ?? {};

export function ledgerRegistry<const M extends readonly LedgerModule[]>(modules: M): LedgerRegistry<M> {
  const byId = new Map<string, LedgerModule>(modules.map((m) => [m.ledger.id, m]));
  if (byId.size !== modules.length) throw new Error('台账编号重复');
  let labels: Map<string, string> | undefined;
  return {
    modules,
    ledgers: modules.map((m): M[number]['ledger'] => m.ledger),
    moduleOf: (id) => byId.get(id),
    referencesOf: (id) => byId.get(id)?.references ?? [],
    rulesOf: (id) => asRowRules(byId.get(id)?.rules ?? []),
    factsOf: (id, record) => factsOf(byId.get(id), record),
    ruleLabels: () => (labels ??= labelsOf(modules)),
    pushPhases: (scope) => phasesOf(modules, scope),
    collections: () =>
      modules.map(({ ledger }: { ledger: LedgerDef }) => ({
        id: ledger.id,
        collection: ledger.id,
        scope: ledger.scope,
      })),
  };
}
