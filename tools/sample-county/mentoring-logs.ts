// 帮带记录: the dated contacts of each pair since the log was started (1 January of last year), one to six a
// year; most running pairs met within the last 90 days, some have not for longer, a few have logged nothing.
import { NO_CONTACT_DAYS } from '../../functions/src/core/assessment/contact-reminders';
import {
  addDays,
  addYears,
  type CivilDate,
  daysBetween,
  yearOf,
} from '../../functions/src/core/dates/civil-date';
import { dayBetween, earlier, later } from './calendar';
import { CONTACT_FORM_WEIGHTS, contactNote } from './contact-notes';
import type { GenerationContext } from './context';
import type { MentoringLog, Pair, TownshipModel } from './model';

/** Share of running pairs whose last contact lies more than 90 days back (each triggers a reminder). */
export const STALE_SHARE = 0.08;
/** Share of running pairs with no contact logged at all. */
export const UNLOGGED_SHARE = 0.02;
/** Contacts a year of a running pair, with their weights. */
const RATES = [
  [1, 20],
  [2, 30],
  [3, 25],
  [4, 15],
  [5, 6],
  [6, 4],
] as const;

/** When the contacts of a pair fall: the last one within [lastFrom, lastTo], the others from `from` on. */
interface Span {
  from: CivilDate;
  lastFrom: CivilDate;
  lastTo: CivilDate;
  perYear: number;
}

/** The contact days of a pair: at most `perYear` in any calendar year, the last one in its window. */
function contactDates(ctx: GenerationContext, span: Span): CivilDate[] {
  const { random } = ctx;
  const last = dayBetween(random, later(span.from, span.lastFrom), span.lastTo);
  const dates = new Set([last]);
  for (let year = yearOf(span.from); year <= yearOf(last); year++) {
    const from = later(span.from, `${year}-01-01`);
    const to = earlier(addDays(last, -1), `${year}-12-31`);
    const days = daysBetween(from, to) + 1;
    const wanted = Math.round((span.perYear * Math.min(days, 365)) / 365) - (year === yearOf(last) ? 1 : 0);
    for (let left = Math.min(wanted, days); left > 0; ) {
      const day = dayBetween(random, from, to);
      if (!dates.has(day)) {
        dates.add(day);
        left--;
      }
    }
  }
  return [...dates].sort();
}

type Kind = 'recent' | 'stale' | 'unlogged';

/** The contact window of a pair, or null when it has no contact on the log. */
function spanOf(ctx: GenerationContext, pair: Pair, kind: Kind, logFrom: CivilDate): Span | null {
  const { random, asOf } = ctx;
  const from = later(pair.startedOn, logFrom);
  if (pair.status === '进行中') {
    const perYear = random.weighted(RATES);
    if (kind === 'unlogged') return null;
    if (kind === 'stale') {
      return { from, lastFrom: addDays(asOf, -300), lastTo: addDays(asOf, -NO_CONTACT_DAYS - 1), perYear };
    }
    return { from, lastFrom: addDays(asOf, 1 - NO_CONTACT_DAYS), lastTo: asOf, perYear };
  }
  const end =
    pair.status === '已完成'
      ? earlier(pair.plannedEndOn ?? addYears(pair.startedOn, 2), asOf)
      : earlier(addDays(pair.startedOn, random.int(60, 240)), asOf);
  if (end < from || (pair.status === '已中止' && random.chance(0.3))) return null;
  return { from, lastFrom: addDays(end, -60), lastTo: end, perYear: random.int(1, 4) };
}

function recorderOf(ctx: GenerationContext, pair: Pair, names: ReadonlyMap<string, string>): string | null {
  const id = ctx.random.weighted([
    [pair.mentorOne, 70],
    [pair.mentorTwo, pair.mentorTwo ? 15 : 0],
    [null, 15],
  ] as const);
  return id ? (names.get(id) ?? null) : null;
}

/** Which running pairs of a township are overdue for a contact, and which have logged nothing. */
function kindsOf(ctx: GenerationContext, pairs: readonly Pair[]): Map<Pair, Kind> {
  const running = pairs.filter((p) => p.status === '进行中');
  const oldEnough = running.filter((p) => p.startedOn <= addDays(ctx.asOf, -120));
  const stale = ctx.random.indices(oldEnough.length, Math.round(running.length * STALE_SHARE));
  const kinds = new Map<Pair, Kind>(oldEnough.flatMap((p, i) => (stale.has(i) ? [[p, 'stale']] : [])));
  const others = running.filter((p) => !kinds.has(p));
  const unlogged = ctx.random.indices(others.length, Math.round(running.length * UNLOGGED_SHARE));
  for (const i of unlogged) kinds.set(others[i]!, 'unlogged');
  return kinds;
}

/** Fills each township's 帮带记录 from its own pairs, in date order; `names` maps ID numbers to names. */
export function generateMentoringLogs(
  ctx: GenerationContext,
  townships: readonly TownshipModel[],
  names: ReadonlyMap<string, string>,
) {
  const logFrom = `${yearOf(ctx.asOf) - 1}-01-01`;
  for (const township of townships) {
    const kinds = kindsOf(ctx, township.pairs);
    const logs: MentoringLog[] = [];
    for (const pair of township.pairs) {
      const span = spanOf(ctx, pair, kinds.get(pair) ?? 'recent', logFrom);
      if (!span) continue;
      for (const contactOn of contactDates(ctx, span)) {
        const form = ctx.random.weighted(CONTACT_FORM_WEIGHTS[pair.type]);
        const content = contactNote(ctx.random, pair, form);
        logs.push({ pair, contactOn, form, content, recorder: recorderOf(ctx, pair, names) });
      }
    }
    township.mentoringLogs = logs.sort((a, b) =>
      a.contactOn < b.contactOn ? -1 : a.contactOn > b.contactOn ? 1 : 0,
    );
  }
}
