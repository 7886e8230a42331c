// Decides, purely, what a run of rows shows after an answer: status text, cell notes and highlight colours.
import type { Issue as ContractIssue, RowStatus } from '../../../functions/src/core/contract';
import { SYNC_STATUSES } from '../../../functions/src/core/ledgers';
import { fieldByHeader, type TabLayout } from './layout';
import type { Cell } from './ports';

export const ERROR_BACKGROUND = '#f4cccc';
export const WARNING_BACKGROUND = '#fff2cc';
const OUR_BACKGROUNDS = new Set([ERROR_BACKGROUND, WARNING_BACKGROUND]);

/** What a cell note shows of an issue the server found. */
export type Issue = Pick<ContractIssue, 'column' | 'message'>;

export interface Verdict {
  row: number;
  /** `cleared`: a blank row losing its key; it shows nothing. */
  status: RowStatus | 'cleared';
  errors: Issue[];
  warnings: Issue[];
  /** Extra text for the status cell's note. */
  note?: string;
}

export interface Painted {
  notes: string[][];
  backgrounds: (string | null)[][];
  statuses: Cell[][];
}

export const statusText = (status: Verdict['status']): string =>
  status === 'cleared'
    ? ''
    : status === 'error'
      ? SYNC_STATUSES.error
      : status === 'warning'
        ? SYNC_STATUSES.warning
        : SYNC_STATUSES.synced;

/** Notes we wrote start with the column's name (`身份证号：…`): only those are cleared, never a clerk's own. */
const isOurNote = (note: string, header: string) => note.startsWith(`${header}：`);

/**
 * Paints columns `first…first+old[0].length-1` of consecutive rows. Field cells get their messages as the note,
 * light red for errors and light yellow for warnings; fixed cells lose our note and colour; the status cell
 * gets the status, the colour of the worst issue, and the messages no column of the sheet can hold.
 */
export function paintRun(
  layout: TabLayout,
  first: number,
  verdicts: readonly Verdict[],
  oldNotes: readonly string[][],
  oldBackgrounds: readonly string[][],
): Painted {
  const painted: Painted = { notes: [], backgrounds: [], statuses: [] };
  verdicts.forEach((v, i) => {
    const notes = [...oldNotes[i]!];
    const backgrounds: (string | null)[] = [...oldBackgrounds[i]!];
    const placed = new Set<Issue>();
    for (let j = 0; j < notes.length; j++) {
      const column = first + j;
      const field = layout.fields.find((f) => f.column === column);
      if (!field) continue;
      const mine = (issues: Issue[]) => issues.filter((x) => fieldByHeader(layout, x.column) === field);
      const errors = mine(v.errors);
      const warnings = mine(v.warnings);
      for (const x of [...errors, ...warnings]) placed.add(x);
      if (errors.length || warnings.length) {
        notes[j] = [...errors, ...warnings].map((x) => x.message).join('\n');
        backgrounds[j] = errors.length ? ERROR_BACKGROUND : WARNING_BACKGROUND;
      } else {
        if (isOurNote(notes[j]!, field.header)) notes[j] = '';
        if (OUR_BACKGROUNDS.has(String(backgrounds[j]).toLowerCase())) backgrounds[j] = null;
      }
    }
    const s = layout.statusColumn - first;
    const unplaced = [...v.errors, ...v.warnings].filter((x) => !placed.has(x)).map((x) => x.message);
    notes[s] = [v.note ?? '', ...unplaced].filter(Boolean).join('\n');
    backgrounds[s] =
      v.status === 'error' ? ERROR_BACKGROUND : v.status === 'warning' ? WARNING_BACKGROUND : null;
    painted.notes.push(notes);
    painted.backgrounds.push(backgrounds);
    painted.statuses.push([statusText(v.status)]);
  });
  return painted;
}
