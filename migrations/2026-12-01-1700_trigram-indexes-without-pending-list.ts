import { type Kysely, sql } from 'kysely';

const trigramIndexes = [
  'people_search_name_trgm_idx',
  'organisations_search_name_trgm_idx',
  'search_words_trgm_idx',
];

/**
 * Search reads the trigram indexes on every keystroke; writes to people are rare. With GIN's
 * fast update, new entries wait in a pending list that every search scans sequentially until
 * (auto)vacuum merges it: at a million people that made a one-trigram lookup 100 times slower.
 * Entries now go straight into the index, and what is pending is merged once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const index of trigramIndexes) {
    await sql`ALTER INDEX ${sql.id(index)} SET (fastupdate = off)`.execute(db);
    await sql`SELECT gin_clean_pending_list(${index}::regclass)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of trigramIndexes) {
    await sql`ALTER INDEX ${sql.id(index)} RESET (fastupdate)`.execute(db);
  }
}
