// Cross-ledger references a row makes, and what the referenced row must be: declared in each ledger's folder,
// read here by the county rules (to check) and by the store (to fetch every referenced entry in one read).
import type { Reference } from '../ledgers/define-reference';
import { REGISTRY } from '../ledgers/registry';

export type { Reference };

export const referencesOf = (ledgerId: string): readonly Reference[] => REGISTRY.referencesOf(ledgerId);

/** The fields of a ledger that other ledgers' listed references check names against (乡镇设置 → 乡镇). */
export const listedFieldsOf = (ledgerId: string): string[] => [
  ...new Set(
    REGISTRY.modules
      .flatMap((m) => m.references)
      .filter((r) => r.target === ledgerId && r.listedIn !== undefined)
      .map((r) => r.listedIn!),
  ),
];
