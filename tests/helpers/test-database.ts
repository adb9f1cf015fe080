import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Database, openDatabase } from '@nk/db';
import pg from 'pg';
import { inject } from 'vitest';
import { databaseUrlFor } from './postgres-url';

export type TestDatabaseKind = 'pglite' | 'postgres';

export const testDatabaseKind: TestDatabaseKind =
  process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/**
 * A database of this test file's own, copied from the run's migrated and seeded template.
 * `close()` also drops it on PostgreSQL.
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const template = inject('template');
  if (testDatabaseKind === 'pglite') {
    const dump = new Blob([readFileSync(template)]);
    return openDatabase({ kind: 'pglite', loadDataDir: dump });
  }
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `${template.replace('nk_template_', 'nk_test_')}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = databaseUrlFor(adminUrl, name);
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 5 });
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
