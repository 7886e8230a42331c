// Turns an assessment into summary jobs (the county document, one feedback document per township) and writes them.
import type { PublishReport, PublishSummaries } from '../assess/assess-service';
import type { Logger } from '../log/logger';
import { type SummaryJob, type SummaryTarget, type WriteSummary, writeAllSummaries } from '../summary';
import { countySummary } from './county-layout';
import { townshipSummary } from './township-layout';

export const COUNTY_LABEL = '全县';

/** Where each document goes; null when it has nowhere to go (the report then says why). */
export interface TargetResolver {
  county(spreadsheetId: string | null): SummaryTarget | null;
  township(township: string, spreadsheetId: string | null): SummaryTarget | null;
}

/** Google spreadsheets: the county's from its leader's pushes, each township's from 乡镇设置.表格ID. */
export const spreadsheetTargets: TargetResolver = {
  county: (id) => (id ? { label: COUNTY_LABEL, spreadsheetId: id } : null),
  township: (township, id) => (id ? { label: township, spreadsheetId: id } : null),
};

/** Local .xlsx files in one folder: `全县考评汇总.xlsx` and `本乡镇考评-城关镇.xlsx`. */
export const workbookTargets = (dir: string): TargetResolver => ({
  county: () => ({ label: COUNTY_LABEL, file: `${dir}/全县考评汇总.xlsx` }),
  township: (township) => ({ label: township, file: `${dir}/本乡镇考评-${township}.xlsx` }),
});

/** `concurrency`: spreadsheets written at once (1: one after another, as .xlsx files are). */
export function createPublisher(
  write: WriteSummary,
  targets: TargetResolver,
  log: Logger,
  concurrency = 1,
): PublishSummaries {
  return async (result, meta) => {
    const jobs: SummaryJob[] = [];
    const skipped: PublishReport[] = [];
    const county = targets.county(meta.countySpreadsheetId);
    if (county) jobs.push({ target: county, doc: countySummary(result, meta.computedAt) });
    else
      skipped.push({
        label: COUNTY_LABEL,
        ok: false,
        error: {
          code: 'NO_TARGET',
          message: '不知道县级表格的ID：请县委组织部从县级表格同步一次「乡镇设置」',
        },
      });
    for (const setting of meta.townships) {
      const target = targets.township(setting.township, setting.spreadsheetId);
      if (target) jobs.push({ target, doc: townshipSummary(result, setting.township, meta.computedAt) });
      else
        skipped.push({
          label: setting.township,
          ok: false,
          error: { code: 'NO_TARGET', message: `「乡镇设置」中${setting.township}没有填写表格ID` },
        });
    }
    return [...(await writeAllSummaries(jobs, write, log, concurrency)), ...skipped];
  };
}
