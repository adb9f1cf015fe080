import { type Kysely, sql } from 'kysely';

/**
 * Search keeps its answers while the numbers of the catalogue, the placements and the people
 * stand still (apps/api/src/features/search/kept-searches.ts), so every table a search answer is
 * made from must move one of them. Two did not: `topics`, whose names a search shows as facets,
 * now moves `catalogue_version` with the other shared lists, and `person_topics`, what a person
 * works with, moves `people_version` as a change to the person does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TRIGGER topics_catalogue_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON topics
    FOR EACH STATEMENT EXECUTE FUNCTION nk_catalogue_changed()`.execute(db);
  await sql`CREATE TRIGGER person_topics_people_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person_topics
    FOR EACH STATEMENT EXECUTE FUNCTION nk_people_changed()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER person_topics_people_changed ON person_topics`.execute(db);
  await sql`DROP TRIGGER topics_catalogue_changed ON topics`.execute(db);
}
