// exceljs' streaming writer, made reproducible: fixed document dates and zip entry dates, so the same
// data gives a byte-identical .xlsx file.
import ExcelJS from 'exceljs';

/** The date stamped on the document and on every file inside it. */
export const DOCUMENT_DATE = new Date(Date.UTC(2020, 0, 1));

type ZipAppend = (source: unknown, data: Record<string, unknown>) => unknown;

export class StableWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  private stamped = false;

  constructor(filename: string) {
    super({ filename, useStyles: true, useSharedStrings: true });
    this.created = DOCUMENT_DATE;
    this.modified = DOCUMENT_DATE;
    this.creator = 'shuangpei';
    this.lastModifiedBy = 'shuangpei';
  }

  /**
   * The parent constructor adds its first files (theme, package rels) through this method, before our
   * constructor body runs: the earliest point to date every zip entry instead of archiver's "now".
   */
  override addThemes(): Promise<void> {
    this.stampZipEntries();
    return super.addThemes();
  }

  override addOfficeRels(): Promise<void> {
    this.stampZipEntries();
    return super.addOfficeRels();
  }

  private stampZipEntries(): void {
    if (this.stamped) return;
    this.stamped = true;
    const zip = (this as unknown as { zip?: { append?: ZipAppend } }).zip;
    if (!zip?.append) return;
    const append = zip.append.bind(zip);
    zip.append = (source, data) => append(source, { ...data, date: DOCUMENT_DATE });
  }
}
