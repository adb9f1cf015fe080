import { type Kysely, sql } from 'kysely';

/**
 * A number that moves, in the same transaction, with every change to the catalogue that API
 * instances keep in memory (apps/api/src/lib/catalogue.ts): organisations (their tree, names and
 * municipalities), roles, networks and which organisations and topics take part in them. It
 * takes over from `organisation_tree_version`, which moved with the tree alone: search and
 * access read the number once per request and answer from memory while it stands still.
 */
const watched = ['organisations', 'roles', 'networks', 'network_organisations', 'network_topics'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER organisations_moved ON organisations`.execute(db);
  await sql`DROP TRIGGER organisations_added_or_removed ON organisations`.execute(db);
  await sql`DROP FUNCTION nk_organisation_tree_changed()`.execute(db);
  await sql`DROP TABLE organisation_tree_version`.execute(db);

  await sql`CREATE TABLE catalogue_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version bigint NOT NULL
  )`.execute(db);
  await sql`INSERT INTO catalogue_version (version) VALUES (1)`.execute(db);
  await sql`CREATE FUNCTION nk_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE catalogue_version SET version = version + 1;
      RETURN NULL;
    END $$`.execute(db);
  for (const table of watched) {
    await sql`CREATE TRIGGER ${sql.id(`${table}_catalogue_changed`)}
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION nk_catalogue_changed()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of watched) {
    await sql`DROP TRIGGER ${sql.id(`${table}_catalogue_changed`)} ON ${sql.table(table)}`.execute(
      db,
    );
  }
  await sql`DROP FUNCTION nk_catalogue_changed()`.execute(db);
  await sql`DROP TABLE catalogue_version`.execute(db);
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
