/**
 * What other features may ask of the check's tables (check_results, sharing).
 * Only the check feature names those tables.
 */
export {
  countChecksOf,
  deleteOptInsOfCouple as endSharingOfCouple,
  findLatestCheckResult,
  lastCheckAtSubquery,
  latestResultSubquery,
  listCheckResults,
  optInsOfCouple,
  parseStoredResult,
} from './check.repository';
export { nextCheckAt } from './check.service';
export { isMutuallyShared } from './sharing.service';
