export { appliedMigrations } from '../migrate';
export {
  SnapshotError,
  type SnapshotHeader,
  type SnapshotTableHeader,
  snapshotFormat,
  snapshotFormatVersion,
} from './format';
export { type RestoreSummary, restoreFromFile, restoreSnapshot } from './restore';
export { backupToFile, type SnapshotSummary, snapshotPageSize, writeSnapshot } from './snapshot';
export { planDirectory, type TablePlan } from './tables';
