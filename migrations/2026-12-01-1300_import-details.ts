import { type Kysely, sql } from 'kysely';

/**
 * What a CSV import found out about its file (character set and separator, shown in the preview)
 * and what its commit applied; assignments started by an import are found again to undo it.
 */
const statements = [
  `ALTER TABLE imports
    ADD COLUMN encoding text NOT NULL DEFAULT 'utf-8'
      CHECK (encoding IN ('utf-8', 'windows-1252')),
    ADD COLUMN separator text NOT NULL DEFAULT ','
      CHECK (separator IN (',', ';')),
    ADD COLUMN applied jsonb`,
  'CREATE INDEX assignments_import_idx ON assignments (import_id) WHERE import_id IS NOT NULL',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX assignments_import_idx`.execute(db);
  await sql`ALTER TABLE imports DROP COLUMN encoding, DROP COLUMN separator, DROP COLUMN applied`.execute(
    db,
  );
}
