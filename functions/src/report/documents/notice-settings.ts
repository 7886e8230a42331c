// The 发文机关 and 发文日期 of the drafted 通报: settings with defaults from the county and the assessment.
import type { ReportSnapshot } from './report-snapshot';

export interface NoticeSettings {
  /** 发文机关, e.g. 中共示范县委组织部. */
  issuer: string;
  /** 发文日期 (YYYY-MM-DD). */
  issuedOn: string;
}

/** 中共{county}委组织部 (示范县 → 中共示范县委组织部), dated the day the snapshot was computed for. */
export const defaultNoticeSettings = (
  snapshot: Pick<ReportSnapshot, 'county' | 'today'>,
): NoticeSettings => ({
  issuer: `中共${snapshot.county}委组织部`,
  issuedOn: snapshot.today,
});

/** The defaults with whatever was given (a blank value keeps the default). */
export function noticeSettings(
  snapshot: Pick<ReportSnapshot, 'county' | 'today'>,
  given: { issuer?: string | undefined; issuedOn?: string | undefined } = {},
): NoticeSettings {
  const defaults = defaultNoticeSettings(snapshot);
  return {
    issuer: given.issuer?.trim() || defaults.issuer,
    issuedOn: given.issuedOn?.trim() || defaults.issuedOn,
  };
}
