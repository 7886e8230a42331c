// LibreOffice judges the .docx files: it opens them, its text is the documents' text, the page is A4 with
// GB/T 9704's margins and a page number "— 1 —"; the XML names the official fonts with their fallbacks.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentNotice } from '../../../functions/src/report/documents/assessment-notice';
import type { DraftedDocument } from '../../../functions/src/report/documents/document-model';
import { defaultNoticeSettings } from '../../../functions/src/report/documents/notice-settings';
import { renderDocx } from '../../../functions/src/report/documents/render-docx';
import { workSummary } from '../../../functions/src/report/documents/work-summary';
import { assessFixture, qualitative } from '../../fixtures/assessment-county';
import { useTempDir } from '../../local/workbooks/temp-dir';
import { result } from '../layout-fixture';

const run = promisify(execFile);
const temp = useTempDir('docx');
const provisional = assessFixture({ qualitative: qualitative.filter((q) => q.township !== '白沙镇') });
const docs: Record<string, DraftedDocument> = {
  notice: assessmentNotice(result, defaultNoticeSettings(result)),
  draft: assessmentNotice(provisional, defaultNoticeSettings(provisional)),
  summary: workSummary(result, true),
};
const file = (name: string, ext = 'docx') => temp.path(`${name}.${ext}`);

/** The text LibreOffice's plain-text export gives: one line per paragraph and per table cell, footnote marks inline. */
function expectedText(doc: DraftedDocument): string[] {
  return doc.blocks.flatMap((b) => {
    if (b.kind === 'table') return [...b.header, ...b.rows.flat()];
    if (b.kind === 'paragraph')
      return [b.runs.map((r) => ('text' in r ? r.text : String(r.footnote))).join('')];
    return [b.text];
  });
}
const nonEmpty = (lines: string[]) =>
  lines.map((l) => l.replace(/^\uFEFF/, '')).filter((l) => l.trim() !== '');

beforeAll(async () => {
  for (const [name, doc] of Object.entries(docs)) await writeFile(file(name), await renderDocx(doc));
  const all = Object.keys(docs).map((n) => file(n));
  const out = temp.path('');
  await run('soffice', ['--headless', '--convert-to', 'txt:Text', '--outdir', out, ...all], {
    timeout: 120_000,
  });
  await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, ...all], { timeout: 120_000 });
}, 250_000);

describe('the .docx files, as LibreOffice reads them', () => {
  it('opens each and gives back exactly the documents’ text', async () => {
    for (const [name, doc] of Object.entries(docs)) {
      const text = (await readFile(file(name, 'txt'), 'utf8')).split(/\r?\n/);
      expect(nonEmpty(text), name).toEqual(nonEmpty(expectedText(doc)));
    }
  });

  it('prints A4 pages numbered "— 1 —", the footnotes under the text and the draft’s header on every page', async () => {
    for (const name of Object.keys(docs)) {
      const info = (await run('pdfinfo', [file(name, 'pdf')])).stdout;
      expect(info, name).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    }
    const pages = (await run('pdftotext', [file('summary', 'pdf'), '-'])).stdout
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const [n, page] of pages.entries()) expect(page.replace(/\s/g, '')).toContain(`—${n + 1}—`);
    expect(pages[0]!.replace(/\s/g, '')).toContain(
      '累计吸收乡土人才入党：来源「乡土人才」台账，全县无错误的行共10行（有错误的行不计入）。',
    );
    const draft = (await run('pdftotext', [file('draft', 'pdf'), '-'])).stdout
      .split('\f')
      .filter((p) => p.trim());
    for (const page of draft) expect(page.replace(/\s/g, '')).toContain(docs.draft!.draftNotice!);
    const notice = (await run('pdftotext', [file('notice', 'pdf'), '-'])).stdout;
    expect(notice).not.toContain('草稿');
  });

  it('sets GB/T 9704’s page and type, and names each font with its fallback', async () => {
    const zip = await JSZip.loadAsync(await readFile(file('notice')));
    const xml = (path: string) => zip.file(path)!.async('string');
    const body = await xml('word/document.xml');
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(body).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(body).toContain('w:eastAsia="方正小标宋简体"');
    expect(body).toContain('<w:spacing w:line="579" w:lineRule="exact"/>');
    const styles = await xml('word/styles.xml');
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styles).toContain('<w:sz w:val="32"/>'); // 三号
    const fonts = await xml('word/fontTable.xml');
    for (const [name, alt] of [
      ['方正小标宋简体', '宋体'],
      ['仿宋_GB2312', '仿宋'],
      ['宋体', 'SimSun'],
      ['仿宋', 'FangSong'],
    ])
      expect(fonts).toContain(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>`);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^word\/footer\d+\.xml$/.test(p))
        .map(xml),
    );
    expect(footers).toHaveLength(2); // odd pages right, even pages left
    for (const footer of footers) expect(footer).toMatch(/— <\/w:t>.*PAGE.* —<\/w:t>/s);
  });
});
