// What planting a mistake needs: where a row is, what the county holds, and how each kind of mistake is made.
import { addDays } from '../../functions/src/core/dates/civil-date';
import {
  type LedgerDef,
  type LedgerId,
  ledgerById,
  type TownshipLedgerId,
} from '../../functions/src/core/ledgers';
import type { ClerkStyle } from './clerk-style';
import type { GenerationContext } from './context';
import type { Member, TownshipModel } from './model';
import type { MistakeKind, SampleRow, SampleTownship } from './sample-county';

export interface Spot {
  township: number;
  rowIndex: number;
}

export interface Planting {
  ctx: GenerationContext;
  models: TownshipModel[];
  townships: SampleTownship[];
  clerks: ClerkStyle[];
  /** ID numbers other rows point at (mentors, mentees, base leaders): left alone to keep pairs valid. */
  referenced: Set<string>;
  /** Course names of the county's 培训菜单. */
  menu: ReadonlySet<string>;
  /** The county's 督办记录 rows and the leaders 联系点 lists. */
  county: { supervisionVisits: SampleRow[]; leaders: ReadonlySet<string> };
  /** 预备党员 of the county, looked up once. */
  probationary?: Member[];
  /** Pairs of the county as logs name them (`2+1:4305…`), looked up once. */
  pairKeys?: Set<string>;
}

export interface MistakeSpec {
  kind: MistakeKind;
  ledger: TownshipLedgerId;
  field: string;
  /** Share of the ledger's rows that get this mistake (at least one row). */
  rate: number;
  /** Rows that may get it. */
  eligible?: (p: Planting, spot: Spot) => boolean;
  /** Changes the row; returns where the mistake went if not there, or null when it could not be planted. */
  plant: (p: Planting, spot: Spot, row: SampleRow, header: string) => Spot | null | undefined;
}

export function ledgerHeader(ledger: LedgerId, key: string): string {
  const def = ledgerById(ledger) as LedgerDef;
  return def.fields.find((f) => f.key === key)!.header;
}

const CHECK_CHARS = '0123456789X';

export const wrongCheckDigit: MistakeSpec['plant'] = (_p, _s, row, header) => {
  const id = String(row[header]).toUpperCase();
  row[header] = id.slice(0, 17) + CHECK_CHARS[(CHECK_CHARS.indexOf(id[17]!) + 1) % CHECK_CHARS.length];
  return undefined;
};

export const futureDate: MistakeSpec['plant'] = (p, s, row, header) => {
  row[header] = p.clerks[s.township]!.date(addDays(p.ctx.today, p.ctx.random.int(5, 90)));
  return undefined;
};

export const missing: MistakeSpec['plant'] = (_p, _s, row, header) => {
  row[header] = null;
  return undefined;
};
