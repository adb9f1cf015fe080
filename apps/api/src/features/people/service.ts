import type { DB } from '@nk/db';
import type {
  ListPeopleQuery,
  NetworkRef,
  Person,
  PersonAssignment,
  PersonDetail,
} from '@nk/shared';
import type { Kysely } from 'kysely';
import type { Access } from '../../lib/access';
import { notFound } from '../../lib/app-error';
import { decodeCursor, toPage } from '../../lib/cursor';
import { todayInSweden } from '../../lib/dates';
import { KeptAnswers, versionsNow } from '../../lib/kept-answers';
import { canSeePerson, visibilityKey, visibleNumbers } from '../../lib/person-visibility';
import * as repository from './repository';

type PersonRow = NonNullable<Awaited<ReturnType<typeof repository.findPerson>>>;

/** The full person as stored (every number shown): for audit snapshots and, filtered, answers. */
export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisation: {
      id: row.organisation_id,
      name: row.organisation_name,
      shortName: row.organisation_short_name,
      kind: row.organisation_kind,
    },
    givenName: row.given_name,
    familyName: row.family_name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    mobile: row.mobile,
    phoneVisibility: row.phone_visibility,
    mobileVisibility: row.mobile_visibility,
    bio: row.bio,
    languages: row.languages,
    topicIds: row.topic_ids.map((t) => t.id),
    hsaId: row.hsa_id,
    protected: row.protected,
    lastVerifiedAt: row.last_verified_at?.toISOString() ?? null,
    lastVerifiedBy: row.last_verified_by,
    archivedAt: row.archived_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** The person as this caller may see them: restricted numbers become null. */
export function forCaller<T extends Person>(access: Access, person: T): T {
  return { ...person, ...visibleNumbers(access, person) };
}

/**
 * Whether the caller may know the person exists: protected people are for admins only (and the
 * person themselves, who knows anyway).
 */
export function isVisibleTo(access: Access, person: Pick<Person, 'id' | 'protected'>): boolean {
  return canSeePerson(access, person) || access.user.personId === person.id;
}

export async function listPeople(db: Kysely<DB>, access: Access, query: ListPeopleQuery) {
  const limit = query.limit ?? 50;
  const rows = await repository.listPeople(db, {
    organisation: query.organisation,
    role: query.role,
    network: query.network,
    topic: query.topic,
    asOf: query.asOf ?? todayInSweden(),
    includeArchived: query.include === 'archived',
    includeProtected: access.isAdmin,
    updatedSince: query.updatedSince,
    limit,
    after: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
  });
  const page = toPage(rows, limit, (row) =>
    query.updatedSince ? [row.updated_key, row.id] : [row.sort_key, row.id],
  );
  return {
    items: page.items.map((row) => forCaller(access, toPerson(row))),
    nextCursor: page.nextCursor,
  };
}

function toPersonAssignment(row: repository.PersonAssignmentRow): PersonAssignment {
  return {
    assignmentId: row.assignmentId,
    kind: row.kind,
    validFrom: row.validFrom,
    validTo: row.validTo,
    post: { id: row.postId, title: row.postTitle, required: row.postRequired },
    role: { id: row.roleId, key: row.roleKey, nameSv: row.roleNameSv, nameEn: row.roleNameEn },
    organisation: {
      id: row.organisationId,
      name: row.organisationName,
      shortName: row.organisationShortName,
      kind: row.organisationKind,
    },
    network: row.networkId && row.networkName ? { id: row.networkId, name: row.networkName } : null,
  };
}

function distinctNetworks(assignments: PersonAssignment[]): NetworkRef[] {
  const byId = new Map<string, NetworkRef>();
  for (const { network } of assignments) {
    if (network && !byId.has(network.id)) byId.set(network.id, network);
  }
  return [...byId.values()];
}

/** The profile as of a date: the person, their posts now, before and ahead, topics, networks. */
export async function getPersonDetail(
  db: Kysely<DB>,
  access: Access,
  id: string,
  asOf = todayInSweden(),
): Promise<PersonDetail> {
  const detail = await storedDetail(db, id, asOf);
  if (!detail || !isVisibleTo(access, detail)) throw notFound('The person');
  return forCaller(access, detail);
}

/** The profile with every number, whoever asks; undefined for a person there is not. */
async function storedDetail(
  db: Kysely<DB>,
  id: string,
  asOf: string,
): Promise<PersonDetail | undefined> {
  const row = await repository.findPersonDetail(db, id, asOf);
  if (!row) return undefined;
  const currentPosts = row.assignments.current.map(toPersonAssignment);
  return {
    ...toPerson(row),
    asOf,
    currentPosts,
    history: row.assignments.history.map(toPersonAssignment),
    upcoming: row.assignments.upcoming.map(toPersonAssignment),
    topics: row.topics,
    networks: distinctNetworks(currentPosts),
  };
}

/** A kept profile: as stored, and as JSON for each way callers may be shown its numbers. */
interface KeptProfile {
  detail: PersonDetail | undefined;
  shown: Map<string, Buffer>;
}

/**
 * Profiles kept while the catalogue, the placements and the people stand still (`kept-answers.ts`):
 * a profile is asked for again and again as people look each other up, and changes seldom. At
 * most 2,000, a few KB each.
 */
const keptProfiles = new KeptAnswers({ most: 2000 });

/**
 * `getPersonDetail` as JSON made by `toJson`, with the person's row version for the ETag, kept:
 * asked again, it costs reading the numbers, which requests at the same moment share.
 */
export async function keptPersonDetail(
  db: Kysely<DB>,
  access: Access,
  id: string,
  asOf: string,
  toJson: (detail: PersonDetail) => string,
): Promise<{ json: Buffer; version: number }> {
  const versions = await versionsNow(db);
  const kept = await keptProfiles.answer<KeptProfile>(db, versions, `${id} ${asOf}`, async () => ({
    detail: await storedDetail(db, id, asOf),
    shown: new Map(),
  }));
  const { detail } = kept;
  if (!detail || !isVisibleTo(access, detail)) throw notFound('The person');
  const key = visibilityKey(access, [detail]);
  let json = kept.shown.get(key);
  if (!json) {
    json = Buffer.from(toJson(forCaller(access, detail)));
    kept.shown.set(key, json);
  }
  return { json, version: detail.version };
}
