import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupToFile, type Database } from '@nk/db';
import { openConfiguredDatabase } from '../bootstrap';
import { loadConfig } from '../config';

/**
 * `npm run backup [-- out.json]`: writes a consistent snapshot of the whole directory (PGlite in
 * DATA_DIR, or DATABASE_URL) to one JSON file, by default `backups/nk-<timestamp>.json`. The
 * file holds password hashes: keep it as carefully as the database.
 */
const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length > 1) {
  console.error('Usage: npm run backup [-- <file.json>]');
  process.exit(2);
}
const stamp = new Date()
  .toISOString()
  .replace(/\.\d+Z$/, 'Z')
  .replace(/:/g, '-');
const file = path.resolve(positionals[0] ?? path.join('backups', `nk-${stamp}.json`));

const config = loadConfig();
let database: Database | undefined;
let failed = false;
try {
  database = await openConfiguredDatabase(config);
  const started = performance.now();
  const summary = await backupToFile(database.db, file);
  const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Backed up ${rows} rows in ${summary.tables.length} tables (${database.kind}, ` +
      `${summary.migrations.length} migrations) to ${file} (${summary.bytes} bytes, ${seconds} s).`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failed = true;
} finally {
  await database?.close();
}
// Set after close: PGlite's shutdown resets the exit code.
if (failed) process.exitCode = 1;
