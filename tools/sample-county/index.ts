// Local mode: a deterministic sample county (township workbooks + the county workbook) for demos and tests.
export { generateSampleCounty } from './generate-sample-county';
export { COUNTY_OFFICE, SAMPLE_COUNTY_NAME, TOWNSHIP_NAMES } from './place-names';
export {
  type MistakeKind,
  type PlantedMistake,
  REPORT,
  type SampleCell,
  type SampleCounty,
  type SampleCountyOptions,
  type SampleRow,
  type SampleTownship,
  townshipCountAt,
} from './sample-county';
export { writeSampleCounty } from './write-sample-county';
