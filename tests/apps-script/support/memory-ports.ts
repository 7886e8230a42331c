// In-memory implementations of the client's ports, for unit tests of the logic without any Apps Script fake.
import type {
  Cell,
  HttpAnswer,
  KeyValueStore,
  Services,
  SheetPort,
  SpreadsheetPort,
  TriggerSpec,
} from '../../../apps-script/src/app/ports';
import type { TabTemplate } from '../../../apps-script/src/app/template';
import { formatZoned } from '../fakes/zoned-time';

export class MemorySheet implements SheetPort {
  values_: unknown[][] = [];
  notes_: string[][] = [];
  backgrounds_: string[][] = [];
  /** Column → the options of its dropdown (rows 2…). */
  readonly dropdowns = new Map<number, readonly string[]>();
  readonly writes: string[] = [];

  constructor(
    readonly name: string,
    rows: unknown[][] = [],
  ) {
    this.write('values', this.values_, 1, 1, rows, false);
  }

  private put<T>(grid: T[][], row: number, column: number, value: T) {
    grid[row - 1] ??= [];
    grid[row - 1]![column - 1] = value;
  }

  private block<T>(
    grid: T[][],
    fallback: T,
    row: number,
    column: number,
    rows: number,
    columns: number,
  ): T[][] {
    if (rows < 1 || columns < 1) throw new Error(`empty range ${rows}x${columns}`);
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: columns }, (_, j) => grid[row + i - 1]?.[column + j - 1] ?? fallback),
    );
  }

  private write<T>(what: string, grid: T[][], row: number, column: number, block: T[][], log = true) {
    if (log) this.writes.push(`${what} ${row},${column} ${block.length}x${block[0]?.length ?? 0}`);
    for (const [i, line] of block.entries()) {
      for (const [j, v] of line.entries()) this.put(grid, row + i, column + j, v);
    }
  }

  lastRow() {
    for (let r = this.values_.length; r >= 1; r--)
      if (this.values_[r - 1]?.some((v) => v !== '' && v !== undefined)) return r;
    return 0;
  }
  lastColumn() {
    return Math.max(0, ...this.values_.map((line) => line?.length ?? 0));
  }
  values(row: number, column: number, rows: number, columns: number) {
    return this.block(this.values_, '' as unknown, row, column, rows, columns);
  }
  displayValues(row: number, column: number, rows: number, columns: number) {
    return this.values(row, column, rows, columns).map((line) => line.map((v) => String(v ?? '')));
  }
  notes(row: number, column: number, rows: number, columns: number) {
    return this.block(this.notes_, '', row, column, rows, columns);
  }
  backgrounds(row: number, column: number, rows: number, columns: number) {
    return this.block(this.backgrounds_, '#ffffff', row, column, rows, columns);
  }
  setValues(row: number, column: number, values: Cell[][]) {
    this.write('values', this.values_, row, column, values as unknown[][]);
  }
  setNotes(row: number, column: number, notes: string[][]) {
    this.write('notes', this.notes_, row, column, notes);
  }
  setBackgrounds(row: number, column: number, colors: (string | null)[][]) {
    this.write(
      'backgrounds',
      this.backgrounds_,
      row,
      column,
      colors.map((l) => l.map((c) => c ?? '#ffffff')),
    );
  }
  setDropdown(column: number, options: readonly string[]) {
    this.writes.push(`dropdown ${column} ${options.length}`);
    if (options.length) this.dropdowns.set(column, [...options]);
    else this.dropdowns.delete(column);
  }
  /** Row `row` as the sheet holds it, columns 1…n. */
  line(row: number, n = this.lastColumn()) {
    return this.values(row, 1, 1, n)[0]!;
  }
}

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  all() {
    return Object.fromEntries(this.data);
  }
  get(name: string) {
    return this.data.get(name) ?? null;
  }
  set(entries: Record<string, string>) {
    for (const [k, v] of Object.entries(entries)) this.data.set(k, v);
  }
  remove(names: readonly string[]) {
    for (const n of names) this.data.delete(n);
  }
}

export interface Posted {
  url: string;
  body: Record<string, unknown>;
  token: string;
}

/** Services over memory: `answer` plays the server; everything sent and shown is kept for assertions. */
export function memoryServices(
  answer: (p: Posted) => HttpAnswer = () => ({ status: 200, body: '{"rows":[]}' }),
) {
  const sheets = new Map<string, MemorySheet>();
  const posted: Posted[] = [];
  const alerts: { title: string; message: string }[] = [];
  const toasts: { message: string; title: string }[] = [];
  const created: TabTemplate[] = [];
  const prompts: (string | null)[] = [];
  const triggers: TriggerSpec[] = [];
  let uuid = 0;
  let locked = false;
  const spreadsheet: SpreadsheetPort & { active: string | null } = {
    active: null,
    id: () => 'sheet-chengguan',
    timeZone: () => 'Asia/Shanghai',
    sheet: (name) => sheets.get(name) ?? null,
    activeSheetName: () => spreadsheet.active,
    createTab: (t) => {
      created.push(t);
      sheets.set(t.tab, new MemorySheet(t.tab, [t.headers]));
    },
    toast: (message, title) => toasts.push({ message, title }),
  };
  const s = {
    spreadsheet,
    post: (url: string, body: string, token: string) => {
      const p = { url, body: JSON.parse(body) as Record<string, unknown>, token };
      posted.push(p);
      return answer(p);
    },
    identityToken: () => 'token-1',
    userEmail: () => 'clerk@chengguan.example',
    settings: new MemoryStore(),
    state: new MemoryStore(),
    lock: {
      tryLock: () => {
        if (locked) return false;
        locked = true;
        return true;
      },
      release: () => {
        locked = false;
      },
    },
    ui: {
      alert: (title: string, message: string) => alerts.push({ title, message }),
      prompt: () => (prompts.length ? prompts.shift()! : null),
      showMenu: () => {},
    },
    triggers: {
      handlers: () => triggers.map((t) => t.handler),
      remove: (handler: string) => {
        for (let i = triggers.length - 1; i >= 0; i--)
          if (triggers[i]!.handler === handler) triggers.splice(i, 1);
      },
      install: (spec: TriggerSpec) => triggers.push(spec),
    },
    now: () => clock.now,
    formatDate: (d: Date, zone: string, pattern: string) => formatZoned(d, zone, pattern),
    uuid: () => `key-${++uuid}`,
  } satisfies Services;
  const clock = { now: Date.parse('2026-11-25T09:00:00+08:00') };
  const holdLock = (held: boolean) => {
    locked = held;
  };
  return { s, sheets, posted, alerts, toasts, created, prompts, triggers, clock, holdLock };
}

export type Memory = ReturnType<typeof memoryServices>;
