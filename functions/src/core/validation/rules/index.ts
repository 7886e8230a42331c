// Every row rule of every ledger, looked up by ledger id.
import type { LedgerDef } from '../../ledgers/define-ledger';
import { noFutureDatesRule } from './future-dates';
import { pairRules } from './pairs';
import { partyDevelopmentRules } from './party-development';
import { memberCategoryRule, memberJoinAgeRule, memberSkillsRule, sexMatchesIdRule } from './person';
import { townshipNameRule } from './place-names';
import type { RowRule } from './rule';
import { requestDatesRule } from './training-requests';
import { trainingRules } from './trainings';

type AnyRule = RowRule<never>;

const LEDGER_RULES: Record<string, readonly AnyRule[]> = {
  talents: [sexMatchesIdRule, ...partyDevelopmentRules] as AnyRule[],
  members: [sexMatchesIdRule, memberJoinAgeRule, memberCategoryRule, memberSkillsRule] as AnyRule[],
  pairs: pairRules as AnyRule[],
  trainings: trainingRules as AnyRule[],
  trainingRequests: [requestDatesRule] as AnyRule[],
  townshipSettings: [townshipNameRule] as AnyRule[],
  qualitativeScores: [townshipNameRule] as AnyRule[],
};

const cache = new Map<string, readonly RowRule<Record<string, unknown>>[]>();

/** The rules of a ledger, the shared no-future-dates rule first. */
export function rulesFor(ledger: LedgerDef): readonly RowRule<Record<string, unknown>>[] {
  let rules = cache.get(ledger.id);
  if (!rules) {
    rules = [
      noFutureDatesRule(ledger),
      ...((LEDGER_RULES[ledger.id] ?? []) as RowRule<Record<string, unknown>>[]),
    ];
    cache.set(ledger.id, rules);
  }
  return rules;
}

export * from './rule';
