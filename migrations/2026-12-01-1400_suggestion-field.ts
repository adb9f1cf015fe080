import { type Kysely, sql } from 'kysely';

/** Which field of its target a change suggestion is about ("the phone number is wrong"), if any. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE change_suggestions
    ADD COLUMN field text CHECK (length(field) BETWEEN 1 AND 60)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE change_suggestions DROP COLUMN field`.execute(db);
}
