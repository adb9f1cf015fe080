import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type Database,
  demoNetwork,
  isDirectoryEmpty,
  migrateToLatest,
  openDatabase,
  seedDemoNetwork,
} from '@nk/db';
import type { Config } from './config';
import { pgliteTemplateFor } from './pglite-template';

/**
 * `DATABASE_URL` → PostgreSQL; otherwise PGlite persisted in `DATA_DIR/pglite`, a new folder
 * starting from the build's template (pglite-template.ts).
 */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openDatabase({ kind: 'postgres', url: config.databaseUrl });
  const dataDir = path.join(config.dataDir, 'pglite');
  const template = pgliteTemplateFor(dataDir);
  return openDatabase({ kind: 'pglite', dataDir, ...(template ? { loadDataDir: template } : {}) });
}

function readOrCreateSecretFile(
  file: string,
  create: () => string,
): { value: string; created: boolean } {
  if (existsSync(file)) return { value: readFileSync(file, 'utf8').trim(), created: false };
  mkdirSync(path.dirname(file), { recursive: true });
  const value = create();
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return { value, created: true };
}

/** `JWT_SECRET`, or a key generated on first start and kept in `DATA_DIR/jwt-secret`. */
export function resolveJwtSecret(config: Config): string {
  if (config.jwtSecret) return config.jwtSecret;
  return readOrCreateSecretFile(path.join(config.dataDir, 'jwt-secret'), () =>
    randomBytes(48).toString('base64url'),
  ).value;
}

const demoPasswordFile = (config: Config) => path.join(config.dataDir, 'demo-password');

export interface PreparedDatabase {
  seeded: boolean;
  /** The demo users' password when it is known to this process (env or the generated file). */
  demoPassword: string | null;
}

/** Migrates, then loads the demo network into an empty database unless `SEED_DEMO=false`. */
export async function prepareDatabase(
  database: Database,
  config: Config,
): Promise<PreparedDatabase> {
  await migrateToLatest(database.db);
  const shouldSeed = config.seedDemo !== false && (await isDirectoryEmpty(database.db));
  let demoPassword = config.demoPassword;
  if (shouldSeed) {
    if (!demoPassword) {
      // A fresh password for each new demo database, so no password is ever fixed in the repo.
      demoPassword = randomBytes(9).toString('base64url');
      mkdirSync(config.dataDir, { recursive: true });
      writeFileSync(demoPasswordFile(config), `${demoPassword}\n`, { mode: 0o600 });
    }
    await seedDemoNetwork(database.db, demoNetwork, demoPassword);
  } else if (!demoPassword && existsSync(demoPasswordFile(config))) {
    demoPassword = readFileSync(demoPasswordFile(config), 'utf8').trim() || null;
  }
  return { seeded: shouldSeed, demoPassword };
}

export function signInInstructions(url: string, demoPassword: string | null): string {
  const users = demoNetwork.users.map((u) => `    ${u.email.padEnd(24)} ${u.role}`).join('\n');
  const password = demoPassword
    ? `  Password for all three: ${demoPassword}`
    : '  Password: the DEMO_PASSWORD set when the demo network was first loaded.';
  return [
    '',
    `  Nätverkskatalogen is running at ${url}`,
    '',
    '  Sign in as one of the demo users:',
    users,
    password,
    '',
    `  API docs: ${url}/api/docs`,
    '',
  ].join('\n');
}
