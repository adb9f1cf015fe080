import { type Kysely, sql } from 'kysely';

/**
 * A change to `people` moves a slot of `people_version` that no other transaction holds, rather
 * than always the slot of its connection's process id: two connections of a pool can share that
 * slot (process ids modulo 64; the first pool looked at under load here had two on slot 36), and
 * every edit on one then waited for the other's commit, fsync included. The search starts at the
 * connection's own slot, so a transaction that changes people in several statements keeps moving
 * the slot it already holds; only when every slot is held does it wait for its own.
 */
const slots = 64;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE OR REPLACE FUNCTION nk_people_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      own integer := pg_backend_pid() % ${sql.lit(slots)};
    BEGIN
      UPDATE people_version SET version = version + 1
      WHERE slot = (SELECT slot FROM people_version
        ORDER BY (slot - own + ${sql.lit(slots)}) % ${sql.lit(slots)}
        LIMIT 1 FOR UPDATE SKIP LOCKED);
      IF NOT FOUND THEN
        UPDATE people_version SET version = version + 1 WHERE slot = own;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE OR REPLACE FUNCTION nk_people_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE people_version SET version = version + 1
      WHERE slot = pg_backend_pid() % ${sql.lit(slots)};
      RETURN NULL;
    END $$`.execute(db);
}
