import { type Kysely, sql } from 'kysely';

/**
 * Two entries for one person merged into one: what each looked like before and what was moved
 * from the merged entry to the survivor, so the merge can be undone exactly.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE person_merges (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    survivor_id uuid NOT NULL REFERENCES people (id),
    merged_id uuid NOT NULL REFERENCES people (id),
    survivor_before jsonb NOT NULL,
    merged_before jsonb NOT NULL,
    survivor_version integer NOT NULL,
    merged_version integer NOT NULL,
    moved jsonb NOT NULL,
    created_by uuid REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    undone_at timestamptz,
    CHECK (survivor_id <> merged_id)
  )`.execute(db);
  await sql`CREATE INDEX person_merges_survivor_idx ON person_merges (survivor_id)`.execute(db);
  await sql`CREATE INDEX person_merges_merged_idx ON person_merges (merged_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE person_merges`.execute(db);
}
