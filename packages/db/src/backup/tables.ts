import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema';

/**
 * Bookkeeping, not data: Kysely's migrations (recorded in the snapshot header) and the numbers
 * that move with the catalogue, the posts and the people (moved again by the restore's own
 * inserts).
 */
const bookkeepingTables = [
  'kysely_migration',
  'kysely_migration_lock',
  'catalogue_version',
  'placement_version',
  'people_version',
];

export interface CatalogueColumn {
  name: string;
  /** GENERATED ALWAYS AS (…) STORED: computed again by the database, never copied. */
  generated: boolean;
  /** GENERATED … AS IDENTITY: inserted with OVERRIDING SYSTEM VALUE. */
  identity: boolean;
  notNull: boolean;
  /** Text-like: ordered byte-wise (COLLATE "C") so every server sorts it the same way. */
  collatable: boolean;
  /** The sequence behind an identity or serial column, reset after a restore. */
  sequence: string | null;
}

export interface CatalogueForeignKey {
  name: string;
  references: string;
  columns: string[];
}

export interface CatalogueTable {
  name: string;
  /** In the table's column order. */
  columns: CatalogueColumn[];
  primaryKey: string[];
  foreignKeys: CatalogueForeignKey[];
}

/** How one table is written to and read back from a snapshot. */
export interface TablePlan {
  name: string;
  /** The stored columns, in the table's column order. */
  columns: string[];
  primaryKey: string[];
  /** Primary key (or every column without one), text-like columns compared byte-wise. */
  orderBy: { column: string; collatable: boolean }[];
  hasIdentity: boolean;
  sequences: { column: string; sequence: string }[];
  /**
   * Foreign-key columns that point at the table itself or close a cycle (people ↔ users):
   * inserted as NULL, then filled in once every table holds its rows.
   */
  deferredColumns: string[];
}

/** The tables of the directory as the database describes them, in name order. */
export async function readCatalogue(db: Kysely<DB>): Promise<CatalogueTable[]> {
  const columns = await sql<{
    table: string;
    column: string;
    generated: boolean;
    identity: boolean;
    notNull: boolean;
    collatable: boolean;
    sequence: string | null;
  }>`
    SELECT c.relname AS "table", a.attname AS "column",
      a.attgenerated <> '' AS generated, a.attidentity <> '' AS identity,
      a.attnotnull AS "notNull", a.attcollation <> 0 AS collatable,
      pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
      AND c.relname NOT IN (${sql.join(bookkeepingTables)})
    ORDER BY c.relname COLLATE "C", a.attnum
  `.execute(db);

  const keys = await sql<{
    table: string;
    kind: 'p' | 'f';
    constraint: string;
    references: string | null;
    column: string;
  }>`
    SELECT c.relname AS "table", con.contype::text AS kind, con.conname AS "constraint",
      r.relname AS "references", a.attname AS "column"
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_class r ON r.oid = con.confrelid
    CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k (attnum, position)
    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
    WHERE n.nspname = current_schema() AND con.contype IN ('p', 'f')
    ORDER BY c.relname COLLATE "C", con.conname COLLATE "C", k.position
  `.execute(db);

  const tables = new Map<string, CatalogueTable>();
  for (const row of columns.rows) {
    let table = tables.get(row.table);
    if (!table) {
      table = { name: row.table, columns: [], primaryKey: [], foreignKeys: [] };
      tables.set(row.table, table);
    }
    const { column, generated, identity, notNull, collatable, sequence } = row;
    table.columns.push({ name: column, generated, identity, notNull, collatable, sequence });
  }
  for (const row of keys.rows) {
    const table = tables.get(row.table);
    if (!table) continue;
    if (row.kind === 'p') {
      table.primaryKey.push(row.column);
      continue;
    }
    const last = table.foreignKeys.at(-1);
    if (last?.name === row.constraint) last.columns.push(row.column);
    else {
      table.foreignKeys.push({
        name: row.constraint,
        references: row.references ?? '',
        columns: [row.column],
      });
    }
  }
  return [...tables.values()];
}

/**
 * Orders the tables so each comes after the tables it refers to (name order among equals, so the
 * plan is the same on every server with the same migrations). A foreign key to the table itself,
 * or one that closes a cycle, is deferred: its columns must then be nullable.
 */
export function planTables(catalogue: readonly CatalogueTable[]): TablePlan[] {
  const byName = new Map(catalogue.map((t) => [t.name, t]));
  const deferred = new Set<CatalogueForeignKey>();
  const placed = new Set<string>();
  const order: CatalogueTable[] = [];

  const pending = (table: CatalogueTable) =>
    table.foreignKeys.filter(
      (fk) => !deferred.has(fk) && byName.has(fk.references) && !placed.has(fk.references),
    );
  const defer = (table: CatalogueTable, fk: CatalogueForeignKey) => {
    const nullable = fk.columns.every(
      (name) => !table.columns.find((c) => c.name === name)?.notNull,
    );
    if (!nullable) return false;
    deferred.add(fk);
    return true;
  };

  for (const table of catalogue) {
    for (const fk of table.foreignKeys) {
      if (fk.references === table.name && !defer(table, fk)) {
        throw new Error(
          `${table.name}.${fk.columns.join(', ')} refers to its own table but is NOT NULL`,
        );
      }
    }
  }

  while (order.length < catalogue.length) {
    const remaining = catalogue.filter((t) => !placed.has(t.name));
    const ready = remaining.find((t) => pending(t).length === 0);
    if (ready) {
      placed.add(ready.name);
      order.push(ready);
      continue;
    }
    // Every remaining table waits for another remaining one: follow the waits round a cycle.
    const path: { table: CatalogueTable; fk: CatalogueForeignKey }[] = [];
    let current = remaining[0] as CatalogueTable;
    while (!path.some((step) => step.table === current)) {
      const fk = pending(current)[0] as CatalogueForeignKey;
      path.push({ table: current, fk });
      current = byName.get(fk.references) as CatalogueTable;
    }
    const cycle = path.slice(path.findIndex((step) => step.table === current));
    if (!cycle.some((step) => defer(step.table, step.fk))) {
      const names = cycle.map((step) => step.table.name).join(' → ');
      throw new Error(`Tables ${names} refer to each other through NOT NULL columns only`);
    }
  }

  return order.map((table) => {
    if (table.primaryKey.length === 0 && table.foreignKeys.some((fk) => deferred.has(fk))) {
      throw new Error(`${table.name} needs a primary key: its rows are completed after loading`);
    }
    const stored = table.columns.filter((c) => !c.generated);
    const keyColumns = table.primaryKey.length
      ? table.primaryKey.map(
          (name) => table.columns.find((c) => c.name === name) as CatalogueColumn,
        )
      : stored;
    return {
      name: table.name,
      columns: stored.map((c) => c.name),
      primaryKey: table.primaryKey,
      orderBy: keyColumns.map((c) => ({ column: c.name, collatable: c.collatable })),
      hasIdentity: stored.some((c) => c.identity),
      sequences: stored.flatMap((c) =>
        c.sequence ? [{ column: c.name, sequence: c.sequence }] : [],
      ),
      deferredColumns: [
        ...new Set(table.foreignKeys.filter((fk) => deferred.has(fk)).flatMap((fk) => fk.columns)),
      ],
    };
  });
}

/** Reads the catalogue and plans it: the same tables in the same order for backup and restore. */
export async function planDirectory(db: Kysely<DB>): Promise<TablePlan[]> {
  return planTables(await readCatalogue(db));
}
