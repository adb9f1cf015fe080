import { parseArgs } from 'node:util';
import { migrateToLatest } from '@nk/db';
import { openConfiguredDatabase } from '../bootstrap';
import { type Config, loadConfig } from '../config';
import { anonymiseExpired } from '../features/privacy/retention';

/**
 * `npm run retention [-- --months 24] [--today 2026-12-01]`: anonymises the people whose last
 * assignment ended more than `RETENTION_MONTHS` (default 24) months ago and who hold nothing now,
 * as the server's daily job does. Prints how many; exits non-zero when it fails.
 */
const { values } = parseArgs({
  options: { months: { type: 'string' }, today: { type: 'string' } },
});

if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
  console.error('--today must be a date such as 2026-12-01');
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig({
    ...process.env,
    ...(values.months && { RETENTION_MONTHS: values.months }),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const months = config.retentionMonths;
const database = await openConfiguredDatabase(config);
let failed = false;
try {
  await migrateToLatest(database.db);
  const result = await anonymiseExpired(database.db, {
    months,
    ...(values.today ? { today: values.today } : {}),
  });
  console.log(
    `Retention (${months} months): ${result.erased.length} people whose last assignment ` +
      `ended before ${result.cutoff} anonymised.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failed = true;
} finally {
  await database.close();
}
// Set after closing: closing PGlite can reset the exit code.
if (failed) process.exitCode = 1;
