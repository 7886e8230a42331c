// Utilities: predictable UUIDs, formatDate with Apps Script's patterns, and a sleep that only counts.
import { formatZoned } from './zoned-time';

export class FakeUtilities {
  private uuids = 0;
  readonly sleeps: number[] = [];

  /** 00000000-0000-4000-8000-000000000001, …002, … */
  getUuid() {
    this.uuids++;
    return `00000000-0000-4000-8000-${String(this.uuids).padStart(12, '0')}`;
  }

  formatDate(date: Date, timeZone: string, pattern: string) {
    return formatZoned(date, timeZone, pattern);
  }

  sleep(ms: number) {
    this.sleeps.push(ms);
  }
}
