import { parseArgs } from 'node:util';
import { generateSyntheticDirectory } from '@nk/db';
import { openConfiguredDatabase, prepareDatabase } from '../bootstrap';
import { loadConfig } from '../config';
import { monthsBefore } from '../features/privacy/repository';
import { todayInSweden } from '../lib/dates';

/**
 * `npm run db:seed`: migrates and loads the demo network into an empty database.
 * `npm run db:seed -- --scale 100000 [--seed 7]` then grows it with that many synthetic people,
 * none of them past `RETENTION_MONTHS`: the server's retention job finds nobody to erase.
 */
const { values } = parseArgs({
  options: { scale: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
const scale = values.scale === undefined ? 0 : Number(values.scale);
if (!Number.isInteger(scale) || scale < 0 || scale > 2_000_000) {
  console.error('--scale must be a whole number of people from 0 to 2000000');
  process.exit(1);
}

const config = loadConfig({ ...process.env, SEED_DEMO: 'true' });
const database = await openConfiguredDatabase(config);
let failed = false;
try {
  const prepared = await prepareDatabase(database, config);
  console.log(
    prepared.seeded
      ? `Demo network loaded. Demo password: ${prepared.demoPassword}`
      : 'The directory was not empty; the demo network was not loaded again.',
  );
  if (scale > 0) {
    const started = performance.now();
    const summary = await generateSyntheticDirectory(database.db, {
      people: scale,
      seed: Number(values.seed),
      retentionCutoff: await monthsBefore(database.db, todayInSweden(), config.retentionMonths),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Synthetic directory added in ${seconds} s: ${JSON.stringify(summary)}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failed = true;
} finally {
  await database.close();
}
// Set after closing: closing PGlite can reset the exit code.
if (failed) process.exitCode = 1;
