import { openConfiguredDatabase, prepareDatabase } from '../bootstrap';
import { loadConfig } from '../config';

/** `npm run db:seed`: migrates and loads the demo network into an empty database. */
const config = loadConfig({ ...process.env, SEED_DEMO: 'true' });
const database = await openConfiguredDatabase(config);
try {
  const prepared = await prepareDatabase(database, config);
  console.log(
    prepared.seeded
      ? `Demo network loaded. Demo password: ${prepared.demoPassword}`
      : 'The directory is not empty; nothing was loaded.',
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
