// Turns an assessment into summary jobs (the county document, one feedback document per township) and writes them.

import { dirname, resolve } from 'node:path';
import type { PublishReport, PublishSummaries } from '../assess/assess-service';
import { fileNamePart } from '../core/names/place-name';
import type { Logger } from '../log/logger';
import { type SummaryJob, type SummaryTarget, type WriteSummary, writeAllSummaries } from '../summary';
import { countySummary } from './county-layout';
import { townshipSummary } from './township-layout';

export const COUNTY_LABEL = '全县';

/** Where each document goes; null when it has nowhere to go (the report then says why). */
export interface TargetResolver {
  county(spreadsheetId: string | null, county: string): SummaryTarget | null;
  township(township: string, spreadsheetId: string | null, county: string): SummaryTarget | null;
}

/** Google spreadsheets: the county's from its leader's pushes, each township's from 乡镇设置.表格ID. */
export const spreadsheetTargets: TargetResolver = {
  county: (id) => (id ? { label: COUNTY_LABEL, spreadsheetId: id } : null),
  township: (township, id) => (id ? { label: township, spreadsheetId: id } : null),
};

/**
 * Local .xlsx files in one folder, named with their county (`示范县-全县考评汇总.xlsx`,
 * `示范县-本乡镇考评-城关镇.xlsx`), so one county never overwrites another's; never outside the folder.
 */
export const workbookTargets = (dir: string): TargetResolver => ({
  county: (_id, county) => ({
    label: COUNTY_LABEL,
    file: confinedFile(dir, `${fileNamePart(county)}-全县考评汇总.xlsx`),
  }),
  township: (township, _id, county) => ({
    label: township,
    file: confinedFile(dir, `${fileNamePart(county)}-本乡镇考评-${fileNamePart(township)}.xlsx`),
  }),
});

function confinedFile(dir: string, name: string): string {
  const file = resolve(dir, name);
  if (dirname(file) !== resolve(dir)) throw new Error(`summary file ${name} would leave ${dir}`);
  return file;
}

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
    const county = targets.county(meta.countySpreadsheetId, result.county);
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
      const target = targets.township(setting.township, setting.spreadsheetId, result.county);
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
