// Decides which worksheet holds which ledger: by tab name first, then by a name containing it, then by headers.
import { ALL_LEDGERS, type AnyLedger } from '../../core/ledgers';
import { normalizeHeader } from '../../core/validation';
import { findHeaderRow } from './header-row';
import type { SheetGrid } from './sheet-grid';

export interface NamedGrid {
  name: string;
  grid: SheetGrid;
}

export interface SheetMatch {
  sheet: NamedGrid;
  ledger: AnyLedger;
}

/** Share of a ledger's headers a sheet without a ledger's name must hold to be read as that ledger. */
const MIN_HEADER_SHARE = 0.5;

function byHeaders(sheet: NamedGrid, free: readonly AnyLedger[]): AnyLedger | undefined {
  let best: { ledger: AnyLedger; share: number } | undefined;
  for (const ledger of free) {
    const { map, matched } = findHeaderRow(ledger, sheet.grid);
    const share = matched / ledger.fields.length;
    if (map.missingRequired.length || share < MIN_HEADER_SHARE) continue;
    if (!best || share > best.share) best = { ledger, share };
  }
  return best?.ledger;
}

/** Each ledger is read from one sheet at most; the first sheet that claims it wins. */
export function matchSheets(sheets: readonly NamedGrid[]): { matches: SheetMatch[]; ignored: string[] } {
  const taken = new Map<AnyLedger, NamedGrid>();
  const claimed = new Set<NamedGrid>();
  const claim = (sheet: NamedGrid, ledger: AnyLedger | undefined) => {
    if (!ledger || taken.has(ledger) || claimed.has(sheet)) return;
    taken.set(ledger, sheet);
    claimed.add(sheet);
  };
  const name = (sheet: NamedGrid) => normalizeHeader(sheet.name);
  const free = () => ALL_LEDGERS.filter((l) => !taken.has(l));
  for (const sheet of sheets) {
    claim(
      sheet,
      ALL_LEDGERS.find((l) => normalizeHeader(l.tab) === name(sheet)),
    );
  }
  for (const sheet of sheets) {
    const containing = free().filter((l) => name(sheet).includes(normalizeHeader(l.tab)));
    if (containing.length === 1) claim(sheet, containing[0]);
  }
  for (const sheet of sheets) {
    if (!claimed.has(sheet)) claim(sheet, byHeaders(sheet, free()));
  }
  const matches = ALL_LEDGERS.flatMap((ledger) => {
    const sheet = taken.get(ledger);
    return sheet ? [{ sheet, ledger }] : [];
  });
  matches.sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet));
  return { matches, ignored: sheets.filter((s) => !claimed.has(s)).map((s) => s.name) };
}
