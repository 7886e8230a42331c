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
   * The ledgers of a scope in phases their references need: each ledger after every ledger it names, and
   * as late as that allows (the people first; a ledger nothing names, last).
   */
  pushPhases(scope: LedgerScope): string[][];
  /** Per ledger, the collection its rows are stored in and its scope (for the deploy's index list). */
  collections(): LedgerCollection[];
  /** Per township ledger, the record fields the assessment reads. */
  assessedFields(): Record<string, readonly string[]>;
}

/**
 * Each ledger as late as its references allow: a ledger that others name goes before them, and one that
 * nothing names goes in the last phase (people, then the pairs and requests that name them, then the rest).
 */
function phasesOf(modules: readonly LedgerModule[], scope: LedgerScope): string[][] {
  const inScope = modules.filter((m) => m.ledger.scope === scope).map((m) => m.ledger.id);
  const targetsOf = new Map(
    modules.map((m) => [m.ledger.id, m.references.map((r) => r.target).filter((t) => t !== m.ledger.id)]),
  );
  const referrers = (id: string) => inScope.filter((other) => targetsOf.get(other)?.includes(id));
  /** The longest chain of ledgers naming this one, each naming the one before. */
  const height = new Map<string, number>();
  const visit = (id: string, path: readonly string[]): number => {
    const known = height.get(id);
    if (known !== undefined) return known;
    if (path.includes(id)) throw new Error(`台账引用成环：${[...path, id].reverse().join(' → ')}`);
    const h = referrers(id).reduce((max, r) => Math.max(max, visit(r, [...path, id]) + 1), 0);
    height.set(id, h);
    return h;
  };
  const heights = inScope.map((id) => visit(id, []));
  const top = Math.max(0, ...heights);
  const phases: string[][] = [];
  inScope.forEach((id, i) => {
    const phase = top - heights[i]!;
    phases[phase] = [...(phases[phase] ?? []), id];
  });
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
    assessedFields: () =>
      Object.fromEntries(
        modules.filter((m) => m.ledger.scope === 'township').map((m) => [m.ledger.id, m.assessed ?? []]),
      ),
  };
}
