export {
  createVault,
  findPii,
  placeholdersIn,
  redactDeep,
  redactPii,
  restoreDeep,
  restorePii,
  PLACEHOLDER_RE,
} from './redact.js';
export type { PiiVault, Redaction } from './redact.js';
export type { PiiKind, PiiSpan } from './detectors.js';
export { ibanValid, luhnValid } from './checksums.js';
