// Small, exact edits of SpreadsheetML text: attributes of one start tag, escaping, and finding elements by
// local name. The parts are edited in place so that everything not named here stays byte for byte as it was.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const NEEDS_ESCAPE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping the control characters XML forbids is the point
  /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML character data or an attribute value; characters XML 1.0 forbids are dropped. */
export const escapeXml = (text: string): string => text.replace(NEEDS_ESCAPE, (ch) => ESCAPES[ch] ?? '');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return String.fromCodePoint(code);
  });
}

const ATTRIBUTE = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag (`<c r="B2" s="3">`), by qualified name, unescaped. */
export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) out[m[1]!] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** One attribute of a start tag, or undefined; cheaper than `attributesOf` on hot paths. */
const attributePatterns = new Map<string, RegExp>();

export function attributeOf(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const m = pattern.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : undefined;
}

/** The start tag with `name` set to `value` (replaced where present, else added last). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const escaped = escapeXml(value);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escaped}"`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escaped}"${tag.slice(end)}`;
}

export interface ElementAt {
  /** The namespace prefix with its colon (`x:`), or ''. */
  prefix: string;
  start: number;
  /** Offset just past the element's end (its `/>` or its end tag). */
  end: number;
  startTag: string;
  /** Offset just past the start tag. */
  contentStart: number;
  /** Offset of the end tag (= end for an empty element). */
  contentEnd: number;
}

/**
 * Elements with this local name, in document order, from `from`; for elements that do not nest in
 * themselves (SpreadsheetML's fills, cellXfs, sheets, comment…), which is what the callers ask for.
 */
export function* elements(xml: string, localName: string, from = 0, to = xml.length): Generator<ElementAt> {
  const open = new RegExp(`<((?:[\\w.-]+:)?)${localName}(?=[\\s/>])[^>]*>`, 'g');
  open.lastIndex = from;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const startTag = m[0];
    const prefix = m[1]!;
    const contentStart = m.index + startTag.length;
    if (startTag.endsWith('/>')) {
      yield { prefix, start: m.index, end: contentStart, startTag, contentStart, contentEnd: contentStart };
      continue;
    }
    const close = `</${prefix}${localName}>`;
    const contentEnd = xml.indexOf(close, contentStart);
    if (contentEnd < 0) return;
    const end = contentEnd + close.length;
    yield { prefix, start: m.index, end, startTag, contentStart, contentEnd };
    open.lastIndex = end;
  }
}

/** The first element with this local name, or undefined. */
export const firstElement = (xml: string, localName: string, from = 0): ElementAt | undefined =>
  elements(xml, localName, from).next().value ?? undefined;

/** Replaces spans of `xml` (sorted by start, not overlapping) in one pass. */
export function splice(xml: string, edits: readonly { start: number; end: number; text: string }[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(xml.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}
