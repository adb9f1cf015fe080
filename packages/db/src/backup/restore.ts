import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type Kysely, sql, type Transaction } from 'kysely';
import { appliedMigrations, migrateToLatest } from '../migrate';
import type { DB } from '../schema';
import {
  expectSnapshotEnd,
  parseHeader,
  parseRowLine,
  parseTableHeader,
  SnapshotError,
} from './format';
import { snapshotPageSize } from './snapshot';
import { planDirectory, type TablePlan } from './tables';

/**
 * Filled by triggers as other tables are loaded (the search vocabulary follows `people`): the
 * snapshot's rows are added to what the triggers wrote, so the table ends up as it was.
 */
const triggerMaintainedTables = new Set(['search_words']);

export interface RestoreSummary {
  migrations: string[];
  tables: { name: string; rows: number }[];
}

/** Pulls lines one at a time and counts them, for messages that point into the file. */
class LineReader {
  lineNumber = 0;
  private readonly iterator: AsyncIterator<string> | Iterator<string>;

  constructor(source: AsyncIterable<string> | Iterable<string>) {
    this.iterator =
      Symbol.asyncIterator in source
        ? source[Symbol.asyncIterator]()
        : (source as Iterable<string>)[Symbol.iterator]();
  }

  async next(): Promise<string | undefined> {
    const result = await this.iterator.next();
    if (result.done) return undefined;
    this.lineNumber += 1;
    return result.value;
  }

  /** The rest should be blank (the file ends with a newline). */
  async expectEnd(): Promise<void> {
    for (let line = await this.next(); line !== undefined; line = await this.next()) {
      if (line.trim() !== '') {
        throw new SnapshotError(`The backup goes on after its end, at line ${this.lineNumber}.`);
      }
    }
  }
}

function migrationMismatch(snapshot: string[], target: string[]): SnapshotError {
  const unknown = snapshot.filter((name) => !target.includes(name));
  const missing = target.filter((name) => !snapshot.includes(name));
  if (unknown.length > 0) {
    return new SnapshotError(
      `The backup was taken from a newer version of Nätverkskatalogen: migration ${unknown[0]} ` +
        'is unknown here. Restore it with the version that wrote it, or a later one.',
    );
  }
  if (missing.length > 0) {
    return new SnapshotError(
      `The backup was taken before migration ${missing[0]} and this database has it. Restore ` +
        'the backup with the version of Nätverkskatalogen that wrote it, then upgrade.',
    );
  }
  return new SnapshotError(
    `The backup's migrations (${snapshot.join(', ')}) are not this database's (${target.join(', ')}).`,
  );
}

/**
 * Loads a snapshot into an empty database of either kind: migrates it, checks that the snapshot
 * was taken at the same migration, then inserts every table in foreign-key order inside one
 * transaction, so a restore that fails leaves the database as empty as it found it.
 */
export async function restoreSnapshot(
  db: Kysely<DB>,
  source: AsyncIterable<string> | Iterable<string>,
  options: { pageSize?: number } = {},
): Promise<RestoreSummary> {
  const pageSize = options.pageSize ?? snapshotPageSize;
  const lines = new LineReader(source);
  const header = parseHeader(await lines.next());

  await migrateToLatest(db);
  const migrations = await appliedMigrations(db);
  if (
    header.migrations.length !== migrations.length ||
    header.migrations.some((name, i) => name !== migrations[i])
  ) {
    throw migrationMismatch(header.migrations, migrations);
  }

  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL statement_timeout = 0`.execute(trx);
    await sql`SET LOCAL idle_in_transaction_session_timeout = 0`.execute(trx);
    await sql`SET LOCAL TimeZone = 'UTC'`.execute(trx);

    const plan = await planDirectory(trx);
    await refuseUnlessEmpty(trx, plan);

    const tables: RestoreSummary['tables'] = [];
    for (const [index, table] of plan.entries()) {
      const rows = await restoreTable(
        trx,
        table,
        index,
        index === plan.length - 1,
        lines,
        pageSize,
      );
      tables.push({ name: table.name, rows });
    }
    expectSnapshotEnd(await lines.next(), lines.lineNumber);
    await lines.expectEnd();

    for (const [index, table] of plan.entries()) {
      if (table.deferredColumns.length > 0) await fillDeferredColumns(trx, table, index);
      for (const { column, sequence } of table.sequences) {
        // The next value continues after the restored rows, as it did in the source.
        await sql`
          SELECT setval(${sequence}::regclass, coalesce(max(${sql.ref(column)}), 0) + 1, false)
          FROM ${sql.table(table.name)}
        `.execute(trx);
      }
    }
    return { migrations, tables };
  });
}

async function refuseUnlessEmpty(trx: Transaction<DB>, plan: TablePlan[]): Promise<void> {
  const held: string[] = [];
  for (const table of plan) {
    const result = await sql<{ count: number }>`
      SELECT count(*)::bigint AS count FROM ${sql.table(table.name)}
    `.execute(trx);
    const count = Number(result.rows[0]?.count ?? 0);
    if (count > 0) held.push(`${table.name}: ${count} rows`);
  }
  if (held.length > 0) {
    const shown = held.slice(0, 3).join(', ');
    const more = held.length > 3 ? ` and ${held.length - 3} more tables` : '';
    throw new SnapshotError(
      `The target database already holds directory data (${shown}${more}). Restore only into ` +
        'an empty database: a new DATA_DIR, or a newly created PostgreSQL database.',
    );
  }
}

const stagingTable = (index: number) => sql.table(`nk_restore_deferred_${index}`);

async function restoreTable(
  trx: Transaction<DB>,
  table: TablePlan,
  index: number,
  last: boolean,
  lines: LineReader,
  pageSize: number,
): Promise<number> {
  const line = await lines.next();
  if (line === undefined) throw new SnapshotError('The backup ends too early.');
  const header = parseTableHeader(line, lines.lineNumber);
  if (header.name !== table.name) {
    throw new SnapshotError(
      `The backup's tables do not match this database's: line ${lines.lineNumber} holds ` +
        `${header.name} where ${table.name} was expected.`,
    );
  }
  const unknown = header.columns.filter((c) => !table.columns.includes(c));
  const missing = table.columns.filter((c) => !header.columns.includes(c));
  if (unknown.length > 0 || missing.length > 0) {
    throw new SnapshotError(
      `The backup's ${table.name} table does not match this database's ` +
        `(${[...unknown.map((c) => `unknown column ${c}`), ...missing.map((c) => `missing column ${c}`)].join(', ')}).`,
    );
  }

  if (table.deferredColumns.length > 0) {
    const keep = [...table.primaryKey, ...table.deferredColumns].map((c) => sql.ref(c));
    await sql`
      CREATE TEMPORARY TABLE ${stagingTable(index)} ON COMMIT DROP AS
      SELECT ${sql.join(keep)} FROM ${sql.table(table.name)} WITH NO DATA
    `.execute(trx);
  }

  let read = 0;
  let page: string[] = [];
  for (;;) {
    const next = await lines.next();
    if (next === undefined) throw new SnapshotError('The backup ends too early.');
    const row = parseRowLine(next, last, lines.lineNumber);
    if (row !== null) {
      page.push(row);
      read += 1;
    }
    if (page.length >= pageSize || (row === null && page.length > 0)) {
      await insertPage(trx, table, index, page);
      page = [];
    }
    if (row === null) break;
  }
  if (read !== header.rowCount) {
    throw new SnapshotError(
      `The backup's ${table.name} table should hold ${header.rowCount} rows but holds ${read}; ` +
        'the file is damaged or incomplete.',
    );
  }
  return read;
}

async function insertPage(
  trx: Transaction<DB>,
  table: TablePlan,
  index: number,
  rows: string[],
): Promise<void> {
  const json = `[${rows.join(',')}]`;
  const records = sql`json_populate_recordset(NULL::${sql.table(table.name)}, ${json}::json) AS r`;
  const deferred = new Set(table.deferredColumns);
  const values = table.columns.map((c) => (deferred.has(c) ? sql`NULL` : sql.ref(`r.${c}`)));
  await sql`
    INSERT INTO ${sql.table(table.name)} (${sql.join(table.columns.map((c) => sql.ref(c)))})
    ${table.hasIdentity ? sql`OVERRIDING SYSTEM VALUE` : sql``}
    SELECT ${sql.join(values)} FROM ${records}
    ${triggerMaintainedTables.has(table.name) ? sql`ON CONFLICT DO NOTHING` : sql``}
  `.execute(trx);

  if (deferred.size > 0) {
    const keep = [...table.primaryKey, ...table.deferredColumns].map((c) => sql.ref(`r.${c}`));
    const anySet = sql.join(
      table.deferredColumns.map((c) => sql`${sql.ref(`r.${c}`)} IS NOT NULL`),
      sql` OR `,
    );
    await sql`
      INSERT INTO ${stagingTable(index)} SELECT ${sql.join(keep)} FROM ${records} WHERE ${anySet}
    `.execute(trx);
  }
}

/** Sets the self- and cycle-referencing columns once every row they may point at exists. */
async function fillDeferredColumns(
  trx: Transaction<DB>,
  table: TablePlan,
  index: number,
): Promise<void> {
  const assignments = table.deferredColumns.map((c) => sql`${sql.ref(c)} = ${sql.ref(`s.${c}`)}`);
  const matches = table.primaryKey.map((c) => sql`${sql.ref(`t.${c}`)} = ${sql.ref(`s.${c}`)}`);
  await sql`
    UPDATE ${sql.table(table.name)} AS t SET ${sql.join(assignments)}
    FROM ${stagingTable(index)} AS s
    WHERE ${sql.join(matches, sql` AND `)}
  `.execute(trx);
}

/** Restores the snapshot in `file` (see {@link restoreSnapshot}). */
export async function restoreFromFile(
  db: Kysely<DB>,
  file: string,
  options: { pageSize?: number } = {},
): Promise<RestoreSummary> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    return await restoreSnapshot(db, lines, options);
  } finally {
    lines.close();
    input.destroy();
  }
}
