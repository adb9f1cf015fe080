import { type Kysely, sql } from 'kysely';

/**
 * A number that moves, in the same transaction, with every change to `people`: the sum of the
 * column `version`. Answers kept with the people on them (apps/api/src/features/posts/kept-posts.ts)
 * read it per request and check each person's own row version only when it has moved, instead of
 * looking up every person on the answer every time.
 *
 * One row per slot, and a transaction moves the row of its connection's slot: edits on different
 * connections seldom wait for each other's commit, as they all would on a single row.
 */
const slots = 64;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE people_version (
    slot integer PRIMARY KEY CHECK (slot >= 0 AND slot < ${sql.lit(slots)}),
    version bigint NOT NULL
  )`.execute(db);
  await sql`INSERT INTO people_version (slot, version)
    SELECT slot, 0 FROM generate_series(0, ${sql.lit(slots - 1)}) AS slot`.execute(db);
  await sql`CREATE FUNCTION nk_people_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE people_version SET version = version + 1
      WHERE slot = pg_backend_pid() % ${sql.lit(slots)};
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER people_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people
    FOR EACH STATEMENT EXECUTE FUNCTION nk_people_changed()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER people_changed ON people`.execute(db);
  await sql`DROP FUNCTION nk_people_changed()`.execute(db);
  await sql`DROP TABLE people_version`.execute(db);
}
