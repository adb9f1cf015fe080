import { type Kysely, sql } from 'kysely';

/**
 * Search the way Swedes type (DESIGN §3.1): names folded to lower-case ASCII once, when a row is
 * written, so that `sjoqvist` meets Sjöqvist, `ake` Åke and `ostergren` Östergren without any
 * work at query time; phone numbers reduced to their digits in national form, so `070-123 45 67`
 * and `+46701234567` are the same number.
 *
 * The indexes serve the stages of a search: B-tree equality and prefix ranges for whole and first
 * letters of a given or family name (the columns are COLLATE "C", so one plain B-tree serves both
 * `LIKE 'kar%'` and ordering, and a prefix search stops after a page however common the prefix), trigram GIN for substrings once a word
 * has three letters. Typos are corrected against `search_words`, the vocabulary of name words
 * (a few thousand, however many people there are), so fuzzy matching never scans the people.
 * PGlite has pg_trgm and unaccent too, so both databases answer the same queries the same way.
 */

const statements = [
  // unaccent() is only STABLE (its dictionary could change), so a generated column cannot call
  // it directly; this wrapper pins the dictionary and is as immutable as our use of it needs.
  `CREATE FUNCTION nk_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, value))`,
  `CREATE FUNCTION nk_phone_digits(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN regexp_replace(
      regexp_replace(regexp_replace(value, '[^0-9+]', '', 'g'), '^(\\+|00)46', '0'),
      '[^0-9]', '', 'g')`,

  `ALTER TABLE people
    ADD COLUMN search_name text COLLATE "C"
      GENERATED ALWAYS AS (nk_fold(given_name || ' ' || family_name)) STORED,
    ADD COLUMN search_family text COLLATE "C"
      GENERATED ALWAYS AS (nk_fold(family_name)) STORED,
    ADD COLUMN phone_digits text COLLATE "C"
      GENERATED ALWAYS AS (nk_phone_digits(phone)) STORED,
    ADD COLUMN mobile_digits text COLLATE "C"
      GENERATED ALWAYS AS (nk_phone_digits(mobile)) STORED`,
  'CREATE INDEX people_search_name_prefix_idx ON people (search_name, id)',
  'CREATE INDEX people_search_family_prefix_idx ON people (search_family, id)',
  'CREATE INDEX people_search_name_trgm_idx ON people USING gin (search_name gin_trgm_ops)',
  'CREATE INDEX people_phone_digits_idx ON people (phone_digits, id)',
  'CREATE INDEX people_mobile_digits_idx ON people (mobile_digits, id)',
  'CREATE INDEX people_email_prefix_idx ON people (lower(email) text_pattern_ops)',

  `CREATE TABLE search_words (word text COLLATE "C" PRIMARY KEY)`,
  'CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops)',
  // Statement-level, so a bulk load of a million people adds its words in one go.
  `CREATE FUNCTION nk_collect_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO search_words (word)
      SELECT DISTINCT w FROM changed, regexp_split_to_table(changed.search_name, '[ -]+') AS w
      WHERE length(w) >= 2
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$`,
  `CREATE TRIGGER people_search_words_inserted AFTER INSERT ON people
    REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION nk_collect_search_words()`,
  `CREATE TRIGGER people_search_words_updated AFTER UPDATE ON people
    REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION nk_collect_search_words()`,
  `INSERT INTO search_words (word)
    SELECT DISTINCT w FROM people, regexp_split_to_table(people.search_name, '[ -]+') AS w
    WHERE length(w) >= 2`,

  `ALTER TABLE organisations
    ADD COLUMN search_name text COLLATE "C"
      GENERATED ALWAYS AS (nk_fold(name || coalesce(' ' || short_name, ''))) STORED`,
  'CREATE INDEX organisations_search_name_trgm_idx ON organisations USING gin (search_name gin_trgm_ops)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'ALTER TABLE organisations DROP COLUMN search_name',
    'DROP TRIGGER people_search_words_updated ON people',
    'DROP TRIGGER people_search_words_inserted ON people',
    'DROP FUNCTION nk_collect_search_words()',
    'DROP TABLE search_words',
    `ALTER TABLE people DROP COLUMN search_name, DROP COLUMN search_family,
      DROP COLUMN phone_digits, DROP COLUMN mobile_digits`,
    'DROP INDEX people_email_prefix_idx',
    'DROP FUNCTION nk_phone_digits(text)',
    'DROP FUNCTION nk_fold(text)',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
