// The report county: fifteen townships and the county's workbook whose true figures are the county report's.

export { type ExpectedFigure, expectedFigures } from './expected-figures';
export {
  generateReportCounty,
  REPORT_COUNTY_NAME,
  type ReportCounty,
  type ReportTownship,
} from './generate-report-county';
export { MISTAKE_KINDS, type MistakeKind, type PlantedRow } from './mistakes';
export { TODAY, YEAR } from './plan';
export { REPORT_EXACT, REPORT_RANGES } from './report-figures';
export { writeReportCounty } from './write-report-county';
