import { migrateToLatest } from '@nk/db';
import { openConfiguredDatabase } from '../bootstrap';
import { loadConfig } from '../config';

/** `npm run db:migrate`: applies pending migrations; exits non-zero when one fails. */
const config = loadConfig();
const database = await openConfiguredDatabase(config);
let failed = false;
try {
  const result = await migrateToLatest(database.db);
  const applied = result.results ?? [];
  console.log(
    applied.length
      ? applied.map((r) => `${r.status}: ${r.migrationName}`).join('\n')
      : 'Already up to date.',
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failed = true;
} finally {
  await database.close();
}
// Set after closing: closing PGlite can reset the exit code.
if (failed) process.exitCode = 1;
