import type { DB } from '@nk/db';
import type { ListPostsQuery, Post, PostDetail, PostHolder, PostTimelineEntry } from '@nk/shared';
import type { Kysely } from 'kysely';
import type { Access } from '../../lib/access';
import { notFound } from '../../lib/app-error';
import { decodeCursor, toPage } from '../../lib/cursor';
import { todayInSweden } from '../../lib/dates';
import { type ContactFields, canSeePerson, visibleNumbers } from '../../lib/person-visibility';
import { addDays } from '../assignments/dates';
import * as repository from './repository';

type AssignedPerson = ContactFields & {
  assignmentId: string;
  kind: PostHolder['kind'];
  validFrom: string;
  validTo: string | null;
  note: string | null;
  id: string;
  givenName: string;
  familyName: string;
  title: string | null;
  email: string | null;
};

function toHolder(access: Access, row: AssignedPerson): PostHolder {
  return {
    assignmentId: row.assignmentId,
    kind: row.kind,
    validFrom: row.validFrom,
    validTo: row.validTo,
    person: {
      id: row.id,
      givenName: row.givenName,
      familyName: row.familyName,
      title: row.title,
      email: row.email,
      ...visibleNumbers(access, row),
    },
  };
}

/** The post as stored, with its role, organisation and network: what audit events record. */
export type PostRecord = Omit<Post, 'holders' | 'vacant' | 'vacantSince'>;

export function toPostRecord(row: repository.PostRow): PostRecord {
  return {
    id: row.id,
    roleId: row.role_id,
    organisationId: row.organisation_id,
    networkId: row.network_id,
    title: row.title,
    functionalEmail: row.functional_email,
    functionalPhone: row.functional_phone,
    required: row.required,
    note: row.note,
    archivedAt: row.archived_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    role: {
      id: row.role_id,
      key: row.role_key,
      nameSv: row.role_name_sv,
      nameEn: row.role_name_en,
    },
    organisation: {
      id: row.organisation_id,
      name: row.organisation_name,
      shortName: row.organisation_short_name,
      kind: row.organisation_kind,
    },
    network:
      row.network_id && row.network_name ? { id: row.network_id, name: row.network_name } : null,
  };
}

/**
 * The post as the caller may see it on the row's date: people with a protected identity are left
 * out of `holders` for non-admins, but the post still counts as held (the vacancy is a fact about
 * the post, and saying "vacant" would send people looking for a holder who exists).
 */
export function toPost(access: Access, row: repository.PostRow): Post {
  const vacant = Boolean(row.vacant);
  return {
    ...toPostRecord(row),
    holders: (row.holders as AssignedPerson[])
      .filter((h) => canSeePerson(access, h))
      .map((h) => toHolder(access, h)),
    vacant,
    vacantSince: vacant && row.last_held_on ? addDays(row.last_held_on, 1) : null,
  };
}

export async function listPosts(db: Kysely<DB>, access: Access, query: ListPostsQuery) {
  const limit = query.limit ?? 50;
  const rows = await repository.listPosts(db, {
    asOf: query.asOf ?? todayInSweden(),
    organisation: query.organisation,
    role: query.role,
    network: query.network,
    vacant: query.vacant,
    includeArchived: query.include === 'archived',
    updatedSince: query.updatedSince,
    limit,
    after: query.cursor ? decodeCursor(query.cursor, query.updatedSince ? 2 : 3) : undefined,
  });
  const page = toPage(rows, limit, (row) =>
    query.updatedSince
      ? [row.updated_key, row.id]
      : [row.organisation_sort_key, row.role_sort_key, row.id],
  );
  return { items: page.items.map((row) => toPost(access, row)), nextCursor: page.nextCursor };
}

/** The post as of a date, with its whole history of assignments (archived posts too). */
export async function getPostDetail(
  db: Kysely<DB>,
  access: Access,
  id: string,
  asOf = todayInSweden(),
): Promise<PostDetail> {
  const row = await repository.findPost(db, id, asOf);
  if (!row) throw notFound('The post');
  const timeline = await repository.listTimeline(db, id);
  return {
    ...toPost(access, row),
    asOf,
    timeline: timeline
      .filter((entry) => canSeePerson(access, entry))
      .map((entry): PostTimelineEntry => ({ ...toHolder(access, entry), note: entry.note })),
  };
}

/** The post as of today, for the answer of a write. */
export async function reloadPost(db: Kysely<DB>, access: Access, id: string): Promise<Post> {
  const row = await repository.findPost(db, id, todayInSweden());
  if (!row) throw notFound('The post');
  return toPost(access, row);
}
