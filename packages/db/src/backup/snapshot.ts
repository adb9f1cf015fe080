import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { type Kysely, sql, type Transaction } from 'kysely';
import { appliedMigrations } from '../migrate';
import type { DB } from '../schema';
import {
  formatHeader,
  formatTableEnd,
  formatTableHeader,
  SnapshotError,
  snapshotEnd,
} from './format';
import { planDirectory, type TablePlan } from './tables';

/** Rows fetched and written per round trip: enough to be fast, few enough to stay small. */
export const snapshotPageSize = 2_000;

export interface SnapshotSummary {
  migrations: string[];
  tables: { name: string; rows: number }[];
}

/**
 * Writes a snapshot of the whole directory through `write`, table by table and a page of rows at
 * a time. Everything is read inside one REPEATABLE READ, READ ONLY transaction, so the snapshot
 * is consistent even while the API keeps writing. Values are turned into JSON by the database
 * itself, in UTC, so the same data gives the same bytes on PGlite and on PostgreSQL.
 */
export async function writeSnapshot(
  db: Kysely<DB>,
  write: (chunk: string) => Promise<void>,
  options: { pageSize?: number } = {},
): Promise<SnapshotSummary> {
  const pageSize = options.pageSize ?? snapshotPageSize;
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`SET TRANSACTION READ ONLY`.execute(trx);
      await sql`SET LOCAL TimeZone = 'UTC'`.execute(trx);
      // A large directory takes longer than the API's per-statement limit allows.
      await sql`SET LOCAL statement_timeout = 0`.execute(trx);
      await sql`SET LOCAL idle_in_transaction_session_timeout = 0`.execute(trx);

      const migrations = await appliedMigrations(trx);
      if (migrations.length === 0) {
        throw new SnapshotError(
          'The database has no migrations applied, so it holds no directory to back up.',
        );
      }
      const plan = await planDirectory(trx);
      await write(formatHeader(migrations));
      const tables: SnapshotSummary['tables'] = [];
      for (const [index, table] of plan.entries()) {
        const rows = await writeTable(trx, table, write, pageSize);
        await write(formatTableEnd(index === plan.length - 1));
        tables.push({ name: table.name, rows });
      }
      await write(`${snapshotEnd}\n`);
      return { migrations, tables };
    });
}

async function writeTable(
  trx: Transaction<DB>,
  table: TablePlan,
  write: (chunk: string) => Promise<void>,
  pageSize: number,
): Promise<number> {
  const counted = await sql<{ count: number }>`
    SELECT count(*)::bigint AS count FROM ${sql.table(table.name)}
  `.execute(trx);
  const rowCount = Number(counted.rows[0]?.count ?? 0);
  await write(
    formatTableHeader({
      name: table.name,
      primaryKey: table.primaryKey,
      columns: table.columns,
      rowCount,
    }),
  );

  const orderBy = sql.join(
    table.orderBy.map(({ column, collatable }) =>
      collatable ? sql`${sql.ref(`r.${column}`)} COLLATE "C"` : sql.ref(`r.${column}`),
    ),
  );
  await sql`
    DECLARE nk_backup_rows NO SCROLL CURSOR FOR
    SELECT to_json(r)::text AS line
    FROM (SELECT ${sql.join(table.columns.map((c) => sql.ref(c)))} FROM ${sql.table(table.name)}) AS r
    ORDER BY ${orderBy}
  `.execute(trx);
  let written = 0;
  for (;;) {
    const page = await sql<{ line: string }>`
      FETCH FORWARD ${sql.lit(pageSize)} FROM nk_backup_rows
    `.execute(trx);
    if (page.rows.length === 0) break;
    let chunk = '';
    for (const { line } of page.rows) {
      written += 1;
      chunk += written < rowCount ? `${line},\n` : `${line}\n`;
    }
    await write(chunk);
  }
  await sql`CLOSE nk_backup_rows`.execute(trx);
  if (written !== rowCount) {
    // Cannot happen inside one REPEATABLE READ snapshot; a file that says otherwise is useless.
    throw new Error(`${table.name}: counted ${rowCount} rows but read ${written}`);
  }
  return written;
}

/**
 * Writes a snapshot to `file` (readable by its owner only: it holds password hashes). The rows go
 * to `<file>.partial` first and the file appears under its name only once it is complete.
 */
export async function backupToFile(
  db: Kysely<DB>,
  file: string,
  options: { pageSize?: number } = {},
): Promise<SnapshotSummary & { file: string; bytes: number }> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w', 0o600);
  let bytes = 0;
  try {
    const summary = await writeSnapshot(
      db,
      async (chunk) => {
        const buffer = Buffer.from(chunk, 'utf8');
        for (let offset = 0; offset < buffer.length; ) {
          const { bytesWritten } = await handle.write(buffer, offset);
          offset += bytesWritten;
        }
        bytes += buffer.length;
      },
      options,
    );
    await handle.sync();
    await handle.close();
    await rename(partial, file);
    return { ...summary, file, bytes };
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}
