// Cross-ledger references a row makes, and what the referenced row must be: declared in each ledger's folder,
// read here by the county rules (to check) and by the store (to fetch every referenced entry in one read).
import type { Reference } from '../ledgers/define-reference';
import { REGISTRY } from '../ledgers/registry';

export type { Reference };

export const referencesOf = (ledgerId: string): readonly Reference[] => REGISTRY.referencesOf(ledgerId);
