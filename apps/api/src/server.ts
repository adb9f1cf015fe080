import { setFlagsFromString } from 'node:v8';
import { DataDirLockedError } from '@nk/db';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';
import {
  openConfiguredDatabase,
  prepareDatabase,
  resolveJwtSecret,
  signInInstructions,
} from './bootstrap';
import { ConfigError, loadConfig } from './config';
import { scheduleRetention } from './features/privacy/retention';

/**
 * Under steady load V8 lets the heap grow to up to four times what survived the last full
 * collection; growing it by half keeps the API's memory near what it uses, at the same
 * throughput (figures in the README, "Memory"). A soft setting: unlike a heap limit, it refuses
 * nothing that needs more memory for a while.
 */
setFlagsFromString('--heap-growing-percent=50');

async function main() {
  const startedAt = performance.now();
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  const prepared = await prepareDatabase(database, config);
  const app = await buildApp({
    database,
    jwtSecret: resolveJwtSecret(config),
    secureCookies: config.production,
    logger: { level: config.logLevel },
  });

  scheduleRetention(app, { months: config.retentionMonths });

  closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
  });

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = ['127.0.0.1', '0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
  app.log.info(
    {
      database: database.kind,
      seeded: prepared.seeded,
      startupMs: Math.round(performance.now() - startedAt),
    },
    'ready',
  );
  console.log(signInInstructions(`http://${host}:${port}`, prepared.demoPassword));
}

try {
  await main();
} catch (error) {
  // Problems a person can fix get a sentence, not a stack trace.
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
