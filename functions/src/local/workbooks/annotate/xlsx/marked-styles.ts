// The cell styles a marked workbook adds to styles.xml: each marked cell keeps its own style (number format,
// font, borders) with the red or yellow fill on top; the 问题清单 tab gets a bold header and blue links.
import type { Severity } from '../../../../core/validation';
import { UnsupportedPackage, type XlsxPackage } from '../../ooxml/xlsx-package';
import { type ElementAt, elements, firstElement, splice, withAttribute } from '../../ooxml/xml-text';
import { ERROR_FILL, WARNING_FILL } from '../placed-problem';

export interface ListStyles {
  header: number;
  link: number;
  error: number;
  warning: number;
}

const solidFill = (p: string, argb: string) =>
  `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;

export class MarkedStyles {
  private readonly xfs: string[];
  private readonly addedXfs: string[] = [];
  private readonly addedFills: string[] = [];
  private readonly addedFonts: string[] = [];
  private readonly marked = new Map<string, number>();
  private fillIds: Record<Severity, number> | null = null;

  private constructor(
    private readonly xml: string,
    private readonly fills: ElementAt,
    private readonly fonts: ElementAt,
    private readonly cellXfs: ElementAt,
  ) {
    this.xfs = [...elements(xml, 'xf', cellXfs.contentStart, cellXfs.contentEnd)].map((e) =>
      xml.slice(e.start, e.end),
    );
  }

  static async open(pkg: XlsxPackage, path: string | null): Promise<MarkedStyles> {
    if (!path) throw new UnsupportedPackage('no styles part');
    const xml = await pkg.text(path);
    const [fills, fonts, cellXfs] = ['fills', 'fonts', 'cellXfs'].map((name) => firstElement(xml, name));
    if (!fills || !fonts || !cellXfs || cellXfs.startTag.endsWith('/>') || fills.startTag.endsWith('/>'))
      throw new UnsupportedPackage('styles without fills, fonts or cell formats');
    return new MarkedStyles(xml, fills, fonts, cellXfs);
  }

  private countOf(element: ElementAt, name: string): number {
    return [...elements(this.xml, name, element.contentStart, element.contentEnd)].length;
  }

  private fillId(severity: Severity): number {
    if (!this.fillIds) {
      const first = this.countOf(this.fills, 'fill');
      const p = this.fills.prefix;
      this.addedFills.push(solidFill(p, ERROR_FILL), solidFill(p, WARNING_FILL));
      this.fillIds = { error: first, warning: first + 1 };
    }
    return this.fillIds[severity];
  }

  private addXf(xf: string): number {
    this.addedXfs.push(xf);
    return this.xfs.length + this.addedXfs.length - 1;
  }

  /** The style of a marked cell whose own style is `base` (its `s`, 0 when it has none). */
  markedStyle(base: number, severity: Severity): number {
    const key = `${base}|${severity}`;
    const known = this.marked.get(key);
    if (known !== undefined) return known;
    const own =
      this.xfs[base] ??
      this.xfs[0] ??
      `<${this.cellXfs.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const end = own.indexOf('>') + 1;
    let tag = own.slice(0, end);
    tag = withAttribute(tag, 'fillId', String(this.fillId(severity)));
    tag = withAttribute(tag, 'applyFill', '1');
    const index = this.addXf(tag + own.slice(end));
    this.marked.set(key, index);
    return index;
  }

  /** The styles of the 问题清单 tab. */
  listStyles(): ListStyles {
    const p = this.fonts.prefix;
    const firstFont = this.countOf(this.fonts, 'font');
    this.addedFonts.push(
      `<${p}font><${p}b/><${p}sz val="11"/></${p}font>`,
      `<${p}font><${p}u/><${p}sz val="11"/><${p}color rgb="FF0563C1"/></${p}font>`,
    );
    const x = this.cellXfs.prefix;
    const xf = (font: number, fill: number) =>
      `<${x}xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}/>`;
    return {
      header: this.addXf(xf(firstFont, 0)),
      link: this.addXf(xf(firstFont + 1, 0)),
      error: this.addXf(xf(0, this.fillId('error'))),
      warning: this.addXf(xf(0, this.fillId('warning'))),
    };
  }

  /** styles.xml with the added fills, fonts and cell formats (and their counts). */
  text(): string {
    const edits: { start: number; end: number; text: string }[] = [];
    const grow = (element: ElementAt, child: string, added: string[]) => {
      if (!added.length) return;
      const count = this.countOf(element, child) + added.length;
      const counted = withAttribute(element.startTag, 'count', String(count));
      const tag = counted.endsWith('/>') ? `${counted.slice(0, -2)}>` : counted;
      const close = element.startTag.endsWith('/>') ? `</${element.prefix}${child}s>` : '';
      edits.push({ start: element.start, end: element.contentStart, text: tag });
      edits.push({ start: element.contentEnd, end: element.contentEnd, text: added.join('') + close });
    };
    grow(this.fonts, 'font', this.addedFonts);
    grow(this.fills, 'fill', this.addedFills);
    grow(this.cellXfs, 'xf', this.addedXfs);
    edits.sort((a, b) => a.start - b.start);
    return splice(this.xml, edits);
  }
}
