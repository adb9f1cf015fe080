import { type Kysely, sql } from 'kysely';

/**
 * A network's coverage grid reads every post of the network and, for each required one, its
 * latest holder; both from an index alone, without visiting the rows (at 100k people: the posts
 * 27 ms to 1.5 ms, the holder probes 52 ms to 20 ms). Holder probes of the posts read model
 * (is a post vacant, since when) use the second index too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX posts_network_place_idx ON posts (network_id, organisation_id, role_id)
    INCLUDE (required, id) WHERE archived_at IS NULL`.execute(db);
  await sql`CREATE INDEX assignments_holder_idx ON assignments (post_id, valid_from)
    INCLUDE (valid_to) WHERE kind = 'holder'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX assignments_holder_idx`.execute(db);
  await sql`DROP INDEX posts_network_place_idx`.execute(db);
}
