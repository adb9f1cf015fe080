import { type Kysely, sql } from 'kysely';

/**
 * The whole directory of DESIGN §2: organisations and their links, people, the role catalogue and
 * its counterpart pairs, networks, topics, posts and assignments, sign-in users with scopes, the
 * append-only audit log, change suggestions and CSV imports.
 *
 * Names sort with Swedish rules through `sort_key` columns compared byte-wise (COLLATE "C"): the
 * key maps å, ä, ö (and their Nordic and accented relatives) to the three characters after `z`
 * in ASCII, so both PostgreSQL and PGlite (which has no ICU) give the same order.
 */

// Upper and lower case are both listed because lower() only folds ASCII under the C locale.
const swedishFrom = 'ÅÄÆÖØÜÉÈÊÁÀÂÍÓÚåäæöøüéèêáàâíóú';
const swedishTo = '{||}}yeeeaaaiou{||}}yeeeaaaiou';
const sortKey = (expression: string) =>
  `lower(translate(${expression}, '${swedishFrom}', '${swedishTo}'))`;

const timestamps = `
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version > 0)`;

const statements = [
  'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  'CREATE EXTENSION IF NOT EXISTS unaccent',
  'CREATE EXTENSION IF NOT EXISTS btree_gist',

  `CREATE TABLE organisations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    short_name text CHECK (length(short_name) <= 60),
    kind text NOT NULL CHECK (kind IN ('region', 'municipality', 'hospital', 'division', 'unit',
      'primary_care', 'research', 'civil_society', 'other')),
    parent_id uuid REFERENCES organisations (id),
    municipality_code text CHECK (municipality_code ~ '^[0-9]{4}$'),
    hsa_id text CHECK (hsa_id ~ '^SE[0-9A-Za-z-]{1,60}$'),
    email text,
    phone text,
    website text,
    street_address text,
    postal_code text,
    city text,
    description text,
    archived_at timestamptz,
    sort_key text COLLATE "C" GENERATED ALWAYS AS (${sortKey('name')}) STORED,
    ${timestamps},
    CHECK (parent_id IS DISTINCT FROM id)
  )`,
  'CREATE UNIQUE INDEX organisations_hsa_id_key ON organisations (hsa_id)',
  'CREATE INDEX organisations_parent_idx ON organisations (parent_id)',
  'CREATE INDEX organisations_sort_idx ON organisations (sort_key, id)',
  'CREATE INDEX organisations_updated_idx ON organisations (updated_at, id)',

  `CREATE TABLE organisation_links (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind text NOT NULL CHECK (kind IN ('serves', 'partner')),
    from_organisation_id uuid NOT NULL REFERENCES organisations (id),
    to_organisation_id uuid NOT NULL REFERENCES organisations (id),
    valid_from date,
    valid_to date,
    note text,
    ${timestamps},
    CHECK (from_organisation_id <> to_organisation_id),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    UNIQUE (kind, from_organisation_id, to_organisation_id)
  )`,
  'CREATE INDEX organisation_links_to_idx ON organisation_links (to_organisation_id)',

  `CREATE TABLE topics (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    kind text NOT NULL DEFAULT 'focus_area'
      CHECK (kind IN ('focus_area', 'national_mission', 'other')),
    name_sv text NOT NULL CHECK (length(btrim(name_sv)) BETWEEN 1 AND 200),
    name_en text NOT NULL CHECK (length(btrim(name_en)) BETWEEN 1 AND 200),
    description_sv text,
    description_en text,
    archived_at timestamptz,
    sort_key text COLLATE "C" GENERATED ALWAYS AS (${sortKey('name_sv')}) STORED,
    ${timestamps}
  )`,

  `CREATE TABLE roles (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name_sv text NOT NULL CHECK (length(btrim(name_sv)) BETWEEN 1 AND 200),
    name_en text NOT NULL CHECK (length(btrim(name_en)) BETWEEN 1 AND 200),
    description_sv text,
    description_en text,
    synonyms text[] NOT NULL DEFAULT '{}',
    archived_at timestamptz,
    sort_key text COLLATE "C" GENERATED ALWAYS AS (${sortKey('name_sv')}) STORED,
    ${timestamps}
  )`,

  // A pair is stored once; queries read it from both ends. A role may pair with itself (peers).
  `CREATE TABLE role_counterparts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    role_a_id uuid NOT NULL REFERENCES roles (id),
    role_b_id uuid NOT NULL REFERENCES roles (id),
    description_sv text,
    description_en text,
    ${timestamps}
  )`,
  `CREATE UNIQUE INDEX role_counterparts_pair_key
    ON role_counterparts (least(role_a_id, role_b_id), greatest(role_a_id, role_b_id))`,
  'CREATE INDEX role_counterparts_b_idx ON role_counterparts (role_b_id)',

  `CREATE TABLE networks (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    short_name text CHECK (length(short_name) <= 60),
    kind text NOT NULL CHECK (kind IN ('network', 'programme_area', 'project', 'forum')),
    parent_id uuid REFERENCES networks (id),
    description text,
    website text,
    archived_at timestamptz,
    sort_key text COLLATE "C" GENERATED ALWAYS AS (${sortKey('name')}) STORED,
    ${timestamps},
    CHECK (parent_id IS DISTINCT FROM id)
  )`,
  'CREATE INDEX networks_parent_idx ON networks (parent_id)',

  `CREATE TABLE network_topics (
    network_id uuid NOT NULL REFERENCES networks (id),
    topic_id uuid NOT NULL REFERENCES topics (id),
    PRIMARY KEY (network_id, topic_id)
  )`,
  'CREATE INDEX network_topics_topic_idx ON network_topics (topic_id)',

  // Organisations taking part in a network (FHIR OrganizationAffiliation), with a period.
  `CREATE TABLE network_organisations (
    network_id uuid NOT NULL REFERENCES networks (id),
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    valid_from date,
    valid_to date,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (network_id, organisation_id),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
  )`,
  'CREATE INDEX network_organisations_org_idx ON network_organisations (organisation_id)',

  `CREATE TABLE people (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    given_name text NOT NULL CHECK (length(btrim(given_name)) BETWEEN 1 AND 100),
    family_name text NOT NULL CHECK (length(btrim(family_name)) BETWEEN 1 AND 100),
    title text CHECK (length(title) <= 200),
    email text CHECK (length(email) <= 254),
    phone text CHECK (length(phone) <= 40),
    mobile text CHECK (length(mobile) <= 40),
    phone_visibility text NOT NULL DEFAULT 'network'
      CHECK (phone_visibility IN ('network', 'organisation')),
    mobile_visibility text NOT NULL DEFAULT 'network'
      CHECK (mobile_visibility IN ('network', 'organisation')),
    bio text CHECK (length(bio) <= 2000),
    languages text[] NOT NULL DEFAULT '{}',
    hsa_id text CHECK (hsa_id ~ '^SE[0-9A-Za-z-]{1,60}$'),
    protected boolean NOT NULL DEFAULT false,
    last_verified_at timestamptz,
    last_verified_by uuid,
    archived_at timestamptz,
    erased_at timestamptz,
    sort_key text COLLATE "C"
      GENERATED ALWAYS AS (${sortKey("family_name || ' ' || given_name")}) STORED,
    ${timestamps}
  )`,
  'CREATE UNIQUE INDEX people_email_key ON people (lower(email))',
  'CREATE UNIQUE INDEX people_hsa_id_key ON people (hsa_id)',
  'CREATE INDEX people_organisation_idx ON people (organisation_id)',
  'CREATE INDEX people_sort_idx ON people (sort_key, id)',
  'CREATE INDEX people_updated_idx ON people (updated_at, id)',

  `CREATE TABLE person_topics (
    person_id uuid NOT NULL REFERENCES people (id),
    topic_id uuid NOT NULL REFERENCES topics (id),
    PRIMARY KEY (person_id, topic_id)
  )`,
  'CREATE INDEX person_topics_topic_idx ON person_topics (topic_id)',

  `CREATE TABLE posts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    role_id uuid NOT NULL REFERENCES roles (id),
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    network_id uuid REFERENCES networks (id),
    title text CHECK (length(title) <= 200),
    functional_email text CHECK (length(functional_email) <= 254),
    functional_phone text CHECK (length(functional_phone) <= 40),
    required boolean NOT NULL DEFAULT true,
    note text,
    archived_at timestamptz,
    ${timestamps}
  )`,
  'CREATE INDEX posts_organisation_idx ON posts (organisation_id)',
  'CREATE INDEX posts_role_idx ON posts (role_id)',
  'CREATE INDEX posts_network_idx ON posts (network_id)',

  // Dates are inclusive at both ends; an open end (NULL valid_to) means "until further notice".
  `CREATE TABLE assignments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    post_id uuid NOT NULL REFERENCES posts (id),
    person_id uuid NOT NULL REFERENCES people (id),
    kind text NOT NULL DEFAULT 'holder' CHECK (kind IN ('holder', 'interim', 'deputy')),
    valid_from date NOT NULL,
    valid_to date,
    note text,
    import_id uuid,
    ${timestamps},
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT assignments_no_overlapping_holders EXCLUDE USING gist (
      post_id WITH =,
      daterange(valid_from, valid_to, '[]') WITH &&
    ) WHERE (kind = 'holder')
  )`,
  'CREATE INDEX assignments_person_idx ON assignments (person_id, valid_from)',
  'CREATE INDEX assignments_post_idx ON assignments (post_id, valid_from)',
  'CREATE INDEX assignments_updated_idx ON assignments (updated_at, id)',

  `CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    display_name text,
    password_hash text,
    role text NOT NULL DEFAULT 'viewer' CHECK (role IN ('viewer', 'editor', 'admin')),
    person_id uuid UNIQUE REFERENCES people (id),
    locale text NOT NULL DEFAULT 'sv' CHECK (locale IN ('sv', 'en')),
    disabled_at timestamptz,
    token_version integer NOT NULL DEFAULT 0,
    failed_login_count integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    last_login_at timestamptz,
    password_changed_at timestamptz,
    invite_token_hash text,
    invite_expires_at timestamptz,
    ${timestamps}
  )`,
  'CREATE UNIQUE INDEX users_email_key ON users (lower(email))',
  `ALTER TABLE people ADD CONSTRAINT people_last_verified_by_fkey
    FOREIGN KEY (last_verified_by) REFERENCES users (id)`,

  // An editor may change the organisations listed here and their descendants.
  `CREATE TABLE user_scopes (
    user_id uuid NOT NULL REFERENCES users (id),
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (user_id, organisation_id)
  )`,

  // Append-only: no foreign keys, so the log outlives whatever it describes.
  `CREATE TABLE audit_events (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    at timestamptz NOT NULL DEFAULT now(),
    actor_id uuid,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id uuid,
    before jsonb,
    after jsonb,
    request_id text
  )`,
  'CREATE INDEX audit_events_entity_idx ON audit_events (entity_id, seq)',
  'CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, seq)',
  'CREATE INDEX audit_events_at_idx ON audit_events (at, seq)',

  `CREATE TABLE change_suggestions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_type text NOT NULL CHECK (entity_type IN ('person', 'post', 'organisation')),
    entity_id uuid NOT NULL,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    message text NOT NULL CHECK (length(btrim(message)) BETWEEN 1 AND 4000),
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
    created_by uuid NOT NULL REFERENCES users (id),
    resolved_by uuid REFERENCES users (id),
    resolved_at timestamptz,
    resolution_note text,
    ${timestamps}
  )`,
  'CREATE INDEX change_suggestions_org_idx ON change_suggestions (organisation_id, status)',

  `CREATE TABLE imports (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    created_by uuid NOT NULL REFERENCES users (id),
    status text NOT NULL DEFAULT 'preview'
      CHECK (status IN ('preview', 'committing', 'committed', 'undone', 'failed')),
    filename text,
    mapping jsonb NOT NULL DEFAULT '{}',
    summary jsonb NOT NULL DEFAULT '{}',
    committed_at timestamptz,
    undone_at timestamptz,
    ${timestamps}
  )`,
  `CREATE TABLE import_rows (
    import_id uuid NOT NULL REFERENCES imports (id),
    line integer NOT NULL,
    action text NOT NULL
      CHECK (action IN ('add', 'change', 'end', 'unchanged', 'error', 'duplicate')),
    person_id uuid,
    data jsonb NOT NULL DEFAULT '{}',
    changes jsonb NOT NULL DEFAULT '{}',
    errors jsonb NOT NULL DEFAULT '[]',
    applied boolean NOT NULL DEFAULT false,
    PRIMARY KEY (import_id, line)
  )`,
  // The column mapping last used for an organisation, offered again at its next import.
  `CREATE TABLE import_mappings (
    organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
    mapping jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'import_mappings',
    'import_rows',
    'imports',
    'change_suggestions',
    'audit_events',
    'user_scopes',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
  await sql`ALTER TABLE people DROP CONSTRAINT people_last_verified_by_fkey`.execute(db);
  for (const table of [
    'users',
    'assignments',
    'posts',
    'person_topics',
    'people',
    'network_organisations',
    'network_topics',
    'networks',
    'role_counterparts',
    'roles',
    'topics',
    'organisation_links',
    'organisations',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
}
