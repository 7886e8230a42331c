// Well-formed Unicode: a UTF-16 string without unpaired surrogates (which Firestore and UTF-8 cannot hold).

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** String.prototype.isWellFormed (ES2024), for our TypeScript lib. */
export const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

/** String.prototype.toWellFormed (ES2024): every unpaired surrogate becomes U+FFFD. */
export const toWellFormed = (text: string): string => text.replace(LONE_SURROGATES, '\uFFFD');
