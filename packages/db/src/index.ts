export {
  backupToFile,
  restoreFromFile,
  restoreSnapshot,
  SnapshotError,
  writeSnapshot,
} from './backup/index';
export { compileOnly, postgresDialectWith } from './compile-only';
export * from './connect';
export { DataDirLockedError } from './data-dir-lock';
export { isOneOf } from './id-list';
export * from './migrate';
export * from './password';
export type * from './schema';
export { demoNetwork } from './seed/demo-network';
export type * from './seed/demo-types';
export { isDirectoryEmpty, type SeedSummary, seedDemoNetwork } from './seed/seed-demo';
export { generateSyntheticDirectory, type SyntheticSummary } from './seed/synthetic';
