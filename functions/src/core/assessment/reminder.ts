// A reminder: what a township must act on, for whom (masked), by when.
import type { CivilDate } from '../dates/civil-date';
import { maskIdNumber } from '../id-number/mask-id-number';

export type ReminderKind =
  | 'activistReady'
  | 'probationDue'
  | 'probationOverdue'
  | 'pairOverdue'
  | 'pairNoContact'
  | 'logNotCounted'
  | 'requestWithoutClass'
  | 'requestOverdue'
  | 'behindTarget'
  | 'qualitativeMissing';

export interface Reminder {
  kind: ReminderKind;
  township: string;
  ledger: string | null;
  key: string | null;
  sheetRow: number | null;
  /** Name and masked ID number — never the raw number. */
  person: { name: string; idNumber: string } | null;
  dueOn: CivilDate | null;
  /** What to do, in Chinese. */
  message: string;
}

/** Name and masked ID number of the person a reminder is about. */
export const maskedPerson = (name: string | null, idNumber: string) => ({
  name: name ?? '',
  idNumber: maskIdNumber(idNumber),
});
