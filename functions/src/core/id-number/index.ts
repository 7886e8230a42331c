export { composeIdNumber, computeCheckDigit } from './check-digit';
export { containsIdNumber, maskIdNumber, maskIdNumbersIn } from './mask-id-number';
export {
  deriveIdNumberFacts,
  type IdNumberFacts,
  type IdNumberResult,
  normalizeIdNumber,
  parseIdNumber,
  type Sex,
  upgradeIdNumber15,
} from './parse-id-number';
