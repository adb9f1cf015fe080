import type { DB } from '@nk/db';
import { type Kysely, sql, type Transaction, type Updateable } from 'kysely';

/** Tables whose rows carry `id`, `version` and `updated_at`. */
export type VersionedTable = {
  [K in keyof DB]: DB[K] extends { id: unknown; version: unknown; updated_at: unknown } ? K : never;
}[keyof DB];

/**
 * `UPDATE table SET values, version + 1, updated_at = now() WHERE id AND version = expected`:
 * the one version bump every versioned write makes, for the caller to finish with what it
 * returns. It matches no row when the row is gone or was changed meanwhile.
 */
export function versionedUpdate<T extends VersionedTable>(
  db: Kysely<DB>,
  table: T,
  id: string,
  expectedVersion: number,
  values: Updateable<DB[T]>,
) {
  // Kysely cannot follow a generic table name through `set`/`where`; the types above keep callers honest.
  const untyped = db as unknown as Kysely<{ row: { id: string; version: number } }>;
  return untyped
    .updateTable(table as unknown as 'row')
    .set({ ...(values as object), version: sql`version + 1`, updated_at: sql`now()` } as never)
    .where('id', '=', id)
    .where('version', '=', expectedVersion);
}

/**
 * Updates one row only if it still has the version the client read, bumping the version and
 * `updated_at`. Returns the new row, or undefined when the row is gone or was changed meanwhile:
 * the row lock makes a concurrent writer wait and then miss, so no update is ever lost.
 */
export async function updateIfVersion<T extends VersionedTable>(
  trx: Transaction<DB>,
  table: T,
  id: string,
  expectedVersion: number,
  values: Updateable<DB[T]>,
): Promise<{ version: number } | undefined> {
  return versionedUpdate(trx, table, id, expectedVersion, values)
    .returning(['id', 'version'])
    .executeTakeFirst();
}
