// Person documents are named `{ledger}_{keyed hash of the person key}`: never the raw ID number.
import { hashIdNumber } from '../core/id-number/hash-id-number';
import type { PersonDocId } from './chunk-types';

export const personDocIdWith =
  (idHashSecret: string): PersonDocId =>
  (ledgerId, personKey) =>
    `${ledgerId}_${hashIdNumber(personKey, idHashSecret)}`;
