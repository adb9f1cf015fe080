import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Database, restoreFromFile } from '@nk/db';
import { openConfiguredDatabase } from '../bootstrap';
import { loadConfig } from '../config';

/**
 * `npm run restore -- <file.json>`: loads a snapshot written by `npm run backup` into an empty
 * database (PGlite in DATA_DIR, or DATABASE_URL), migrating it first. A backup of one kind
 * restores into the other, which is how a PGlite directory moves to PostgreSQL. Run it before
 * the first `npm start` on that database, which would otherwise load the demo network.
 */
const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error('Usage: npm run restore -- <file.json>');
  process.exit(2);
}
const file = path.resolve(positionals[0] as string);
if (!existsSync(file)) {
  console.error(`There is no backup at ${file}.`);
  process.exit(1);
}

const config = loadConfig();
let database: Database | undefined;
let failed = false;
try {
  database = await openConfiguredDatabase(config);
  const started = performance.now();
  const summary = await restoreFromFile(database.db, file);
  const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Restored ${rows} rows in ${summary.tables.length} tables from ${file} into ` +
      `${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`} (${seconds} s).`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failed = true;
} finally {
  await database?.close();
}
// Set after close: PGlite's shutdown resets the exit code.
if (failed) process.exitCode = 1;
