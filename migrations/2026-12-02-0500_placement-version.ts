import { type Kysely, sql } from 'kysely';

/**
 * A number that moves, in the same transaction, with every change to where posts are and who
 * holds them (`posts`, `assignments`), to the links between organisations and to the pairs of
 * counterpart roles. With `catalogue_version` it says when an answer worked out from them
 * (counterparts, a network's coverage grid) may be given again unchanged: API instances keep
 * such answers in memory (apps/api/src/lib/kept-answers.ts) while both numbers stand still.
 */
const watched = ['posts', 'assignments', 'organisation_links', 'role_counterparts'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE placement_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version bigint NOT NULL
  )`.execute(db);
  await sql`INSERT INTO placement_version (version) VALUES (1)`.execute(db);
  await sql`CREATE FUNCTION nk_placement_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE placement_version SET version = version + 1;
      RETURN NULL;
    END $$`.execute(db);
  for (const table of watched) {
    await sql`CREATE TRIGGER ${sql.id(`${table}_placement_changed`)}
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION nk_placement_changed()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of watched) {
    await sql`DROP TRIGGER ${sql.id(`${table}_placement_changed`)} ON ${sql.table(table)}`.execute(
      db,
    );
  }
  await sql`DROP FUNCTION nk_placement_changed()`.execute(db);
  await sql`DROP TABLE placement_version`.execute(db);
}
