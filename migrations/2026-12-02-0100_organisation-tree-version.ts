import { type Kysely, sql } from 'kysely';

/**
 * A number that moves, in the same transaction, whenever the organisation tree changes: an
 * organisation added or removed, or given another parent. API instances keep the tree in memory
 * (apps/api/src/lib/organisation-tree.ts) and read only this number per request to know that
 * their copy is current, instead of walking the tree below the caller on every request.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE organisation_tree_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version bigint NOT NULL
  )`.execute(db);
  await sql`INSERT INTO organisation_tree_version (version) VALUES (1)`.execute(db);
  await sql`CREATE FUNCTION nk_organisation_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE organisation_tree_version SET version = version + 1;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER organisations_added_or_removed AFTER INSERT OR DELETE ON organisations
    FOR EACH STATEMENT EXECUTE FUNCTION nk_organisation_tree_changed()`.execute(db);
  await sql`CREATE TRIGGER organisations_moved AFTER UPDATE OF parent_id ON organisations
    FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id)
    EXECUTE FUNCTION nk_organisation_tree_changed()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER organisations_moved ON organisations`.execute(db);
  await sql`DROP TRIGGER organisations_added_or_removed ON organisations`.execute(db);
  await sql`DROP FUNCTION nk_organisation_tree_changed()`.execute(db);
  await sql`DROP TABLE organisation_tree_version`.execute(db);
}
