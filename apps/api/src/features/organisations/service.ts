import type { DB } from '@nk/db';
import type {
  ListOrganisationLinksQuery,
  ListOrganisationsQuery,
  Organisation,
  OrganisationDetail,
  OrganisationLinkEdge,
  OrganisationPost,
  PostHolder,
} from '@nk/shared';
import type { Kysely } from 'kysely';
import type { Access } from '../../lib/access';
import { notFound } from '../../lib/app-error';
import { decodeCursor, toPage } from '../../lib/cursor';
import { todayInSweden } from '../../lib/dates';
import { type ContactFields, canSeePerson, visibleNumbers } from '../../lib/person-visibility';
import * as repository from './repository';

type OrganisationRow = NonNullable<Awaited<ReturnType<typeof repository.findOrganisation>>>;

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    parentId: row.parent_id,
    municipalityCode: row.municipality_code,
    hsaId: row.hsa_id,
    email: row.email,
    phone: row.phone,
    website: row.website,
    streetAddress: row.street_address,
    postalCode: row.postal_code,
    city: row.city,
    description: row.description,
    archivedAt: row.archived_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export async function listOrganisations(db: Kysely<DB>, query: ListOrganisationsQuery) {
  const limit = query.limit ?? 50;
  const rows = await repository.listOrganisations(db, {
    kind: query.kind,
    parent: query.parent,
    municipality: query.municipality,
    includeArchived: query.include === 'archived',
    updatedSince: query.updatedSince,
    limit,
    after: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
  });
  const page = toPage(rows, limit, (row) =>
    query.updatedSince ? [row.updated_key, row.id] : [row.sort_key, row.id],
  );
  return { items: page.items.map(toOrganisation), nextCursor: page.nextCursor };
}

export async function listOrganisationLinks(db: Kysely<DB>, query: ListOrganisationLinksQuery) {
  const limit = query.limit ?? 50;
  const rows = await repository.listAllLinks(db, {
    kind: query.kind,
    after: query.cursor ? String(decodeCursor(query.cursor, 1)[0]) : undefined,
    limit,
  });
  const page = toPage(rows, limit, (row) => [row.id]);
  return {
    items: page.items.map(
      (row): OrganisationLinkEdge => ({
        id: row.id,
        kind: row.kind,
        fromOrganisationId: row.from_organisation_id,
        toOrganisationId: row.to_organisation_id,
        validFrom: row.valid_from,
        validTo: row.valid_to,
      }),
    ),
    nextCursor: page.nextCursor,
  };
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

type HolderRow = ContactFields & {
  assignmentId: string;
  kind: PostHolder['kind'];
  validFrom: string;
  validTo: string | null;
  id: string;
  givenName: string;
  familyName: string;
  title: string | null;
  email: string | null;
};

function toHolder(access: Access, row: HolderRow): PostHolder {
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

/** An organisation with its place in the hierarchy, its links and its posts as of a date. */
export async function getOrganisationDetail(
  db: Kysely<DB>,
  access: Access,
  id: string,
  asOf = todayInSweden(),
): Promise<OrganisationDetail> {
  const row = await repository.findOrganisation(db, id);
  if (!row) throw notFound('The organisation');
  const [ancestors, children, links, posts] = await Promise.all([
    repository.listAncestors(db, id),
    repository.listChildren(db, id),
    repository.listLinks(db, id),
    repository.listPostsWithHolders(db, id, asOf),
  ]);
  const ref = (o: {
    id: string;
    name: string;
    short_name: string | null;
    kind: Organisation['kind'];
  }) => ({
    id: o.id,
    name: o.name,
    shortName: o.short_name,
    kind: o.kind,
  });
  return {
    ...toOrganisation(row),
    asOf,
    ancestors: ancestors.map(ref),
    children: children.map(ref),
    links: links.map((l) => ({
      id: l.id,
      kind: l.kind,
      direction: l.direction,
      organisation: ref({
        id: l.organisation_id,
        name: l.name,
        short_name: l.short_name,
        kind: l.organisation_kind,
      }),
    })),
    posts: posts.map((post): OrganisationPost => {
      const holders = (post.holders as HolderRow[])
        .filter((h) => canSeePerson(access, h))
        .map((h) => toHolder(access, h));
      const vacant = !holders.some((h) => h.kind === 'holder');
      return {
        id: post.id,
        title: post.title,
        required: post.required,
        role: {
          id: post.role_id,
          key: post.role_key,
          nameSv: post.role_name_sv,
          nameEn: post.role_name_en,
        },
        network:
          post.network_id && post.network_name
            ? { id: post.network_id, name: post.network_name }
            : null,
        functionalEmail: post.functional_email,
        functionalPhone: post.functional_phone,
        holders,
        vacant,
        vacantSince: vacant && post.last_held_on ? nextDay(post.last_held_on) : null,
      };
    }),
  };
}
