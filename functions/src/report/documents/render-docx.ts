// Renders a drafted document as .docx (npm `docx`): A4, GB/T 9704 margins and type, page numbers "— 1 —".
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import type { Block, DraftedDocument } from './document-model';
import { BODY_LINE, FONTS, fontTableXml, PAGE, SIZE } from './official-style';

const font = (eastAsia: string) => ({
  ascii: FONTS.latin.name,
  hAnsi: FONTS.latin.name,
  eastAsia,
  hint: 'eastAsia',
});
const bodyRun = (t: string, size: number = SIZE.body) =>
  new TextRun({ text: t, font: font(FONTS.body.name), size });
const bodySpacing = { line: BODY_LINE, lineRule: LineRuleType.EXACT };
/** The ranking table's columns (twips, 156 mm in all): 名次 乡镇 定量得分 定性考评得分 加分 扣分 总分 等次 奖惩. */
const TABLE_WIDTHS = [750, 1150, 1200, 1250, 750, 750, 950, 800, 1244] as const;
/** Two characters of 三号 (16 pt each). */
const INDENT = 2 * 16 * 20;

function tableOf(block: Extract<Block, { kind: 'table' }>): Table {
  const cell = (t: string, bold: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: t, bold, font: font(FONTS.body.name), size: SIZE.table })],
        }),
      ],
    });
  const widths = block.header.length === TABLE_WIDTHS.length ? { columnWidths: [...TABLE_WIDTHS] } : {};
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...widths,
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }),
      ...block.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
    ],
  });
}

function blockOf(block: Block): Paragraph | Table {
  switch (block.kind) {
    case 'title':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 700, lineRule: LineRuleType.EXACT, after: BODY_LINE },
        children: [new TextRun({ text: block.text, font: font(FONTS.title.name), size: SIZE.title })],
      });
    case 'docNumber':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: bodySpacing,
        children: [bodyRun(block.text)],
      });
    case 'heading':
      return new Paragraph({
        spacing: bodySpacing,
        indent: { firstLine: INDENT },
        children: [new TextRun({ text: block.text, font: font(FONTS.heading.name), size: SIZE.body })],
      });
    case 'table':
      return tableOf(block);
    case 'paragraph':
      return new Paragraph({
        spacing: bodySpacing,
        ...(block.align === 'right'
          ? { alignment: AlignmentType.RIGHT, indent: { right: INDENT } }
          : { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: block.flush ? 0 : INDENT } }),
        children: block.runs.map((r) =>
          'text' in r ? bodyRun(r.text) : new FootnoteReferenceRun(r.footnote),
        ),
      });
  }
}

/** 单页码居右空一字，双页码居左空一字 (GB/T 9704 §7.5). */
const pageNumberFooter = (side: 'right' | 'left') =>
  new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font(FONTS.number.name),
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });

const draftHeader = (notice: string) =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            text: notice,
            bold: true,
            color: 'C00000',
            font: font(FONTS.heading.name),
            size: SIZE.table,
          }),
        ],
      }),
    ],
  });

export async function renderDocx(doc: DraftedDocument): Promise<Buffer> {
  const header = doc.draftNotice ? draftHeader(doc.draftNotice) : null;
  const document = new Document({
    title: doc.title,
    creator: '双培双带台账系统',
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(FONTS.body.name), size: SIZE.body } } } },
    footnotes: Object.fromEntries(
      doc.footnotes.map((f, i) => [
        String(i + 1),
        { children: [new Paragraph({ children: [bodyRun(f, SIZE.footnote)] })] },
      ]),
    ),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        ...(header ? { headers: { default: header, even: draftHeader(doc.draftNotice!) } } : {}),
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: doc.blocks.map(blockOf),
      },
    ],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  zip.file('word/fontTable.xml', fontTableXml());
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
