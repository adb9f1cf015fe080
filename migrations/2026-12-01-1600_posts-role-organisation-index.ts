import { type Kysely, sql } from 'kysely';

/** Counterparts and coverage count a role's posts per organisation from this index alone. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX posts_role_organisation_idx ON posts (role_id, organisation_id)
    WHERE archived_at IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX posts_role_organisation_idx`.execute(db);
}
