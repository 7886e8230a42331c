// Structured logs (one JSON line each, as Cloud Logging reads them) with every ID number masked.
import { maskIdNumbersIn } from '../core/id-number';

type Severity = 'INFO' | 'WARNING' | 'ERROR';

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const LEVELS: Record<string, number> = { INFO: 0, WARNING: 1, ERROR: 2, SILENT: 3 };
const threshold = (): number => {
  const level = (process.env.SHUANGPEI_LOG_LEVEL ?? 'info').toUpperCase();
  return LEVELS[level === 'WARN' ? 'WARNING' : level] ?? 0;
};

function write(severity: Severity, message: string, fields: Record<string, unknown> = {}): void {
  if (LEVELS[severity]! < threshold()) return;
  const line = maskIdNumbersIn(JSON.stringify({ severity, message, ...fields }));
  (severity === 'ERROR' ? process.stderr : process.stdout).write(`${line}\n`);
}

export const consoleLogger: Logger = {
  info: (m, f) => write('INFO', m, f),
  warn: (m, f) => write('WARNING', m, f),
  error: (m, f) => write('ERROR', m, f),
};

/** A logger that keeps lines in memory (tests read them to prove nothing personal is logged). */
export function memoryLogger(lines: string[] = []): Logger & { lines: string[] } {
  const keep =
    (severity: Severity) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      lines.push(maskIdNumbersIn(JSON.stringify({ severity, message, ...fields })));
  return { lines, info: keep('INFO'), warn: keep('WARNING'), error: keep('ERROR') };
}
