import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A `date` column, read and written as `YYYY-MM-DD` (its type parser is disabled on purpose). */
type DateColumn = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, never, never>;
type GeneratedText = ColumnType<string, never, never>;
type GeneratedNullableText = ColumnType<string | null, never, never>;
type Json<T> = ColumnType<T, string, string>;
/** A `jsonb` column with a default: may be left out of an insert. */
type JsonWithDefault<T> = ColumnType<T, string | undefined, string>;

interface Versioned {
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export type OrganisationKindValue =
  | 'region'
  | 'municipality'
  | 'hospital'
  | 'division'
  | 'unit'
  | 'primary_care'
  | 'research'
  | 'civil_society'
  | 'other';

export interface OrganisationsTable extends Versioned {
  id: Generated<string>;
  name: string;
  short_name: string | null;
  kind: OrganisationKindValue;
  parent_id: string | null;
  municipality_code: string | null;
  hsa_id: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  description: string | null;
  archived_at: Timestamp | null;
  sort_key: GeneratedText;
  /** Name and short name folded to lower-case ASCII, for search (migration search-columns). */
  search_name: GeneratedText;
}

export interface OrganisationLinksTable extends Versioned {
  id: Generated<string>;
  kind: 'serves' | 'partner';
  from_organisation_id: string;
  to_organisation_id: string;
  valid_from: DateColumn | null;
  valid_to: DateColumn | null;
  note: string | null;
}

export interface TopicsTable extends Versioned {
  id: Generated<string>;
  key: string;
  kind: Generated<'focus_area' | 'national_mission' | 'other'>;
  name_sv: string;
  name_en: string;
  description_sv: string | null;
  description_en: string | null;
  archived_at: Timestamp | null;
  sort_key: GeneratedText;
}

export interface RolesTable extends Versioned {
  id: Generated<string>;
  key: string;
  name_sv: string;
  name_en: string;
  description_sv: string | null;
  description_en: string | null;
  synonyms: Generated<string[]>;
  archived_at: Timestamp | null;
  sort_key: GeneratedText;
}

export interface RoleCounterpartsTable extends Versioned {
  id: Generated<string>;
  role_a_id: string;
  role_b_id: string;
  description_sv: string | null;
  description_en: string | null;
}

export interface NetworksTable extends Versioned {
  id: Generated<string>;
  name: string;
  short_name: string | null;
  kind: 'network' | 'programme_area' | 'project' | 'forum';
  parent_id: string | null;
  description: string | null;
  website: string | null;
  archived_at: Timestamp | null;
  sort_key: GeneratedText;
}

export interface NetworkTopicsTable {
  network_id: string;
  topic_id: string;
}

export interface NetworkOrganisationsTable {
  network_id: string;
  organisation_id: string;
  valid_from: DateColumn | null;
  valid_to: DateColumn | null;
  created_at: CreatedAt;
}

export type Visibility = 'network' | 'organisation';

export interface PeopleTable extends Versioned {
  id: Generated<string>;
  organisation_id: string;
  given_name: string;
  family_name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  phone_visibility: Generated<Visibility>;
  mobile_visibility: Generated<Visibility>;
  bio: string | null;
  languages: Generated<string[]>;
  hsa_id: string | null;
  protected: Generated<boolean>;
  last_verified_at: Timestamp | null;
  last_verified_by: string | null;
  archived_at: Timestamp | null;
  erased_at: Timestamp | null;
  sort_key: GeneratedText;
  /** "Given Family" folded to lower-case ASCII, for search. */
  search_name: GeneratedText;
  search_family: GeneratedText;
  /** The numbers' digits in national form (`+46 70…` → `070…`), for search. */
  phone_digits: GeneratedNullableText;
  mobile_digits: GeneratedNullableText;
}

/** Every folded word of a person's name, for correcting typos (maintained by a trigger). */
export interface SearchWordsTable {
  word: string;
}

export interface PersonTopicsTable {
  person_id: string;
  topic_id: string;
}

export interface PostsTable extends Versioned {
  id: Generated<string>;
  role_id: string;
  organisation_id: string;
  network_id: string | null;
  title: string | null;
  functional_email: string | null;
  functional_phone: string | null;
  required: Generated<boolean>;
  note: string | null;
  archived_at: Timestamp | null;
}

export type AssignmentKindValue = 'holder' | 'interim' | 'deputy';

export interface AssignmentsTable extends Versioned {
  id: Generated<string>;
  post_id: string;
  person_id: string;
  kind: Generated<AssignmentKindValue>;
  valid_from: DateColumn;
  valid_to: DateColumn | null;
  note: string | null;
  import_id: string | null;
}

export type UserRoleValue = 'viewer' | 'editor' | 'admin';

export interface UsersTable extends Versioned {
  id: Generated<string>;
  email: string;
  display_name: string | null;
  password_hash: string | null;
  role: Generated<UserRoleValue>;
  person_id: string | null;
  locale: Generated<'sv' | 'en'>;
  disabled_at: Timestamp | null;
  token_version: Generated<number>;
  failed_login_count: Generated<number>;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  password_changed_at: Timestamp | null;
  invite_token_hash: string | null;
  invite_expires_at: Timestamp | null;
}

export interface UserScopesTable {
  user_id: string;
  organisation_id: string;
}

export interface AuditEventsTable {
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  at: Timestamp;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  request_id: string | null;
}

export interface ChangeSuggestionsTable extends Versioned {
  id: Generated<string>;
  entity_type: 'person' | 'post' | 'organisation';
  entity_id: string;
  organisation_id: string;
  message: string;
  status: Generated<'open' | 'resolved' | 'dismissed'>;
  created_by: string;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  resolution_note: string | null;
  field: string | null;
}

export interface ImportsTable extends Versioned {
  id: Generated<string>;
  organisation_id: string;
  created_by: string;
  status: Generated<'preview' | 'committing' | 'committed' | 'undone' | 'failed'>;
  filename: string | null;
  mapping: JsonWithDefault<Record<string, string>>;
  summary: JsonWithDefault<Record<string, number>>;
  committed_at: Timestamp | null;
  undone_at: Timestamp | null;
  encoding: Generated<'utf-8' | 'windows-1252'>;
  separator: Generated<',' | ';'>;
  applied: Json<Record<string, number>> | null;
}

export interface ImportRowsTable {
  import_id: string;
  line: number;
  action: 'add' | 'change' | 'end' | 'unchanged' | 'error' | 'duplicate';
  person_id: string | null;
  data: JsonWithDefault<Record<string, unknown>>;
  changes: JsonWithDefault<Record<string, unknown>>;
  errors: JsonWithDefault<{ column: string; message: string }[]>;
  applied: Generated<boolean>;
}

export interface ImportMappingsTable {
  organisation_id: string;
  mapping: Json<Record<string, string>>;
  updated_at: Timestamp;
}

export interface PersonMergesTable {
  id: Generated<string>;
  survivor_id: string;
  merged_id: string;
  survivor_before: Json<Record<string, unknown>>;
  merged_before: Json<Record<string, unknown>>;
  survivor_version: number;
  merged_version: number;
  moved: Json<{
    assignments: string[];
    suggestions: string[];
    topics: string[];
    user: string | null;
  }>;
  created_by: string | null;
  created_at: CreatedAt;
  undone_at: Timestamp | null;
}

export interface DB {
  organisations: OrganisationsTable;
  organisation_links: OrganisationLinksTable;
  topics: TopicsTable;
  roles: RolesTable;
  role_counterparts: RoleCounterpartsTable;
  networks: NetworksTable;
  network_topics: NetworkTopicsTable;
  network_organisations: NetworkOrganisationsTable;
  people: PeopleTable;
  person_topics: PersonTopicsTable;
  search_words: SearchWordsTable;
  posts: PostsTable;
  assignments: AssignmentsTable;
  users: UsersTable;
  user_scopes: UserScopesTable;
  audit_events: AuditEventsTable;
  change_suggestions: ChangeSuggestionsTable;
  imports: ImportsTable;
  import_rows: ImportRowsTable;
  import_mappings: ImportMappingsTable;
  person_merges: PersonMergesTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PostRow = Selectable<PostsTable>;
export type AssignmentRow = Selectable<AssignmentsTable>;
export type RoleRow = Selectable<RolesTable>;
export type NetworkRow = Selectable<NetworksTable>;
export type TopicRow = Selectable<TopicsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
