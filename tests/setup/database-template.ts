import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoNetwork, migrateToLatest, openDatabase, seedDemoNetwork } from '@nk/db';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { databaseUrlFor } from '../helpers/postgres-url';

declare module 'vitest' {
  export interface ProvidedContext {
    demoPassword: string;
    /** PGlite: a data-dir dump file. PostgreSQL: the template database's name. */
    template: string;
  }
}

/**
 * Migrates and seeds one template database per run; each test file then starts from a copy
 * (STYLE.md 34): a PGlite data-dir dump, or `CREATE DATABASE … TEMPLATE` on PostgreSQL.
 */
export default async function setup(project: TestProject) {
  const demoPassword = randomBytes(12).toString('base64url');
  const runId = `${process.pid}_${randomBytes(4).toString('hex')}`;
  project.provide('demoPassword', demoPassword);

  if (project.name === 'postgres') {
    const adminUrl = requiredPostgresUrl();
    const template = `nk_template_${runId}`;
    await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${template}`));
    const database = await openDatabase({
      kind: 'postgres',
      url: databaseUrlFor(adminUrl, template),
    });
    await migrateToLatest(database.db);
    await seedDemoNetwork(database.db, demoNetwork, demoPassword);
    await database.close();
    project.provide('template', template);
    return async () => {
      await withAdminClient(adminUrl, async (client) => {
        const leftovers = await client.query<{ datname: string }>(
          'SELECT datname FROM pg_database WHERE datname LIKE $1',
          [`nk_%_${runId}%`],
        );
        for (const { datname } of leftovers.rows) {
          await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
        }
      });
    };
  }

  const database = await openDatabase({ kind: 'pglite' });
  await migrateToLatest(database.db);
  await seedDemoNetwork(database.db, demoNetwork, demoPassword);
  const dump = await database.dumpDataDir?.();
  if (!dump) throw new Error('PGlite could not dump its data directory');
  await database.close();
  const file = path.join(os.tmpdir(), `nk-template-${runId}.tar.gz`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('template', file);
  return () => rmSync(file, { force: true });
}

function requiredPostgresUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is required for the postgres project');
  return url;
}

async function withAdminClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
