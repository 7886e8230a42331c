// Calendar parts of an instant in a time zone, and Apps Script's formatDate patterns (yyyy MM dd HH mm ss).

export function zonedParts(
  date: Date,
  timeZone: string,
): Record<'yyyy' | 'MM' | 'dd' | 'HH' | 'mm' | 'ss', string> {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    yyyy: part('year'),
    MM: part('month'),
    dd: part('day'),
    HH: part('hour'),
    mm: part('minute'),
    ss: part('second'),
  };
}

export function formatZoned(date: Date, timeZone: string, pattern: string): string {
  const parts = zonedParts(date, timeZone);
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss/g, (token) => parts[token as keyof typeof parts]);
}

/** The instant a calendar day starts in a time zone (what Sheets stores for a typed date). */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  const p = zonedParts(new Date(guess), timeZone);
  const shown = Date.UTC(Number(p.yyyy), Number(p.MM) - 1, Number(p.dd), Number(p.HH), Number(p.mm));
  return new Date(guess - (shown - guess));
}
