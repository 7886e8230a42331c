// A privacy net for log lines we do not write ourselves (Express, the Functions Framework, Google clients):
// ID numbers masked, and the request body a body-parser error carries never printed.
import { formatWithOptions } from 'node:util';
import { maskIdNumbersIn } from '../core/id-number';

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;
let installed = false;

/** Express logs a body-parser error with `console.error(err)`, and the error holds the raw body: drop it. */
function withoutBody(arg: unknown): unknown {
  if (!(arg instanceof Error) || !('body' in arg)) return arg;
  const { type, status } = arg as Error & { type?: unknown; status?: unknown };
  return `${arg.name}: ${arg.message} (type ${String(type)}, status ${String(status)}; body not logged)`;
}

export function protectConsole(target: Console = console): void {
  if (installed && target === console) return;
  if (target === console) installed = true;
  for (const method of METHODS) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) =>
      original(maskIdNumbersIn(formatWithOptions({}, ...args.map(withoutBody))));
  }
}
