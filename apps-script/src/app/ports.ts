// The ports the client's logic talks through; Apps Script's globals live only behind them, in ../adapters.
import type { MenuEntry } from './menu';
import type { TabTemplate } from './template';

/** A cell value as JSON carries it to the server. */
export type Cell = string | number | boolean | null;

/** One tab. Rows and columns are 1-based, as in Apps Script; every call reads or writes one block. */
export interface SheetPort {
  readonly name: string;
  lastRow(): number;
  lastColumn(): number;
  values(row: number, column: number, rows: number, columns: number): unknown[][];
  displayValues(row: number, column: number, rows: number, columns: number): string[][];
  notes(row: number, column: number, rows: number, columns: number): string[][];
  backgrounds(row: number, column: number, rows: number, columns: number): string[][];
  setValues(row: number, column: number, values: Cell[][]): void;
  setNotes(row: number, column: number, notes: string[][]): void;
  /** `null` resets a cell to the default background. */
  setBackgrounds(row: number, column: number, colors: (string | null)[][]): void;
  /** One write: the dropdown of every data row (2…last) of a column; no options removes it. */
  setDropdown(column: number, options: readonly string[]): void;
}

export interface SpreadsheetPort {
  id(): string;
  timeZone(): string;
  sheet(name: string): SheetPort | null;
  activeSheetName(): string | null;
  /** Inserts a tab laid out as the template says (headers, hidden key columns, dropdowns, formats). */
  createTab(template: TabTemplate): void;
  toast(message: string, title: string): void;
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/** POSTs a text body with a bearer token; throws when no answer came at all (DNS, timeout, refused). */
export type HttpPost = (url: string, body: string, token: string) => HttpAnswer;

/** A string store (Apps Script properties). `set` writes all entries at once. */
export interface KeyValueStore {
  all(): Record<string, string>;
  get(name: string): string | null;
  set(entries: Record<string, string>): void;
  remove(names: readonly string[]): void;
}

export interface LockPort {
  tryLock(waitMs: number): boolean;
  release(): void;
}

export interface UiPort {
  alert(title: string, message: string): void;
  /** The text typed, or null when the clerk cancelled. */
  prompt(title: string, message: string): string | null;
  /** Adds (or replaces) the 「双培双带」 menu. */
  showMenu(items: readonly MenuEntry[]): void;
}

export type TriggerSpec =
  | { handler: string; kind: 'edit' | 'change' }
  | { handler: string; kind: 'minutes'; every: number }
  | { handler: string; kind: 'daily'; hour: number };

export interface TriggerPort {
  /** Handler names of this project's triggers for the current user. */
  handlers(): string[];
  remove(handler: string): void;
  install(spec: TriggerSpec): void;
}

export interface Services {
  spreadsheet: SpreadsheetPort;
  post: HttpPost;
  identityToken(): string;
  userEmail(): string;
  /** Script properties: the configuration. */
  settings: KeyValueStore;
  /** Document properties: pending rows, back-off, last success. */
  state: KeyValueStore;
  lock: LockPort;
  ui: UiPort;
  triggers: TriggerPort;
  now(): number;
  formatDate(date: Date, timeZone: string, pattern: string): string;
  uuid(): string;
}
