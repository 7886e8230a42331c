// A period that must run forwards: its end, when given, is not before its start (a pair, a request, a class).
import { defineRule, errorAt, type RowRule } from './define-rule';

export function periodRule<R>(spec: {
  id: string;
  start: keyof R & string;
  end: keyof R & string;
  /** The start's column as the message names it: `开始日期`. */
  startLabel: string;
}): RowRule<R> {
  const { id, start, end, startLabel } = spec;
  return defineRule<R>({
    id,
    label: `早于${startLabel}`,
    uses: [start, end],
    check(r) {
      const [from, to] = [r[start], r[end]];
      return typeof from === 'string' && typeof to === 'string' && to < from
        ? [errorAt(end, `${to} 早于${startLabel}（${from}），请核对`)]
        : [];
    },
  });
}
