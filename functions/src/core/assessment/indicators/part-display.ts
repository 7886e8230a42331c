// How a leader reads a measured part: a share as a percentage with what was counted over what
// (`25.0%（在帮带4人 ÷ 乡土人才和党员16人）`), a rate per hundred with its sum (`36.0（180人次 ÷ 500名党员 × 100）`),
// a count with its unit, and a dash saying why when there is nothing to divide by — never NaN or Infinity.

/** The words around a share's two numbers: `在帮带` 4 `人` ÷ `乡土人才和党员` 16 `人`; `none` when the denominator is 0. */
export interface ShareWords {
  of: string;
  per: string;
  unit: string;
  none: string;
}

const oneDecimal = (n: number): string => (Math.round(n * 10) / 10).toFixed(1);
const plain = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** `25.0%（在帮带4人 ÷ 乡土人才和党员16人）`; `100.0%（…，超过目标按100%计）` when capped; `—（无党员）` over 0. */
export function shareText(numerator: number, denominator: number, words: ShareWords, cap?: number): string {
  if (!(denominator > 0)) return `—（${words.none}）`;
  const raw = numerator / denominator;
  const capped = cap !== undefined && raw > cap;
  const sum = `${words.of}${plain(numerator)}${words.unit} ÷ ${words.per}${plain(denominator)}${words.unit}`;
  return `${oneDecimal((capped ? cap : raw) * 100)}%（${sum}${capped ? `，超过目标按${cap * 100}%计` : ''}）`;
}

/** `36.0（180人次 ÷ 500名党员 × 100）`; `—（无党员）` when there are none. */
export function perHundredText(count: number, members: number): string {
  if (!(members > 0)) return '—（无党员）';
  return `${oneDecimal((count / members) * 100)}（${plain(count)}人次 ÷ ${plain(members)}名党员 × 100）`;
}

/** `3期`, `120户`. */
export const countText = (count: number, unit: string): string => `${plain(count)}${unit}`;
