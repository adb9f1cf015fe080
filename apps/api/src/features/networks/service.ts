import type { DB } from '@nk/db';
import type { ListNetworksQuery, Network, NetworkDetail } from '@nk/shared';
import type { Kysely } from 'kysely';
import { notFound } from '../../lib/app-error';
import { decodeCursor, toPage } from '../../lib/cursor';
import * as repository from './repository';

type NetworkRow = NonNullable<Awaited<ReturnType<typeof repository.findNetwork>>>;
type SummaryRow = NonNullable<Awaited<ReturnType<typeof repository.findNetworkSummary>>>;

export function toNetwork(row: NetworkRow): Network {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    parentId: row.parent_id,
    description: row.description,
    website: row.website,
    topicIds: row.topic_ids,
    organisationIds: row.organisation_ids,
    archivedAt: row.archived_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

const toSummary = (row: SummaryRow) => ({
  id: row.id,
  name: row.name,
  shortName: row.short_name,
  kind: row.kind,
});

export async function listNetworks(db: Kysely<DB>, query: ListNetworksQuery) {
  const limit = query.limit ?? 50;
  const rows = await repository.listNetworks(db, {
    kind: query.kind,
    parent: query.parent,
    topic: query.topic,
    includeArchived: query.include === 'archived',
    updatedSince: query.updatedSince,
    limit,
    after: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
  });
  const page = toPage(rows, limit, (row) =>
    query.updatedSince ? [row.updated_key, row.id] : [row.sort_key, row.id],
  );
  return { items: page.items.map(toNetwork), nextCursor: page.nextCursor };
}

/** A network with its place in the tree, its topics, its member organisations and its posts. */
export async function getNetworkDetail(db: Kysely<DB>, id: string): Promise<NetworkDetail> {
  const row = await repository.findNetwork(db, id);
  if (!row) throw notFound('The network');
  const [parent, children, topics, members, postCount] = await Promise.all([
    row.parent_id ? repository.findNetworkSummary(db, row.parent_id) : undefined,
    repository.listChildren(db, id),
    repository.listTopics(db, id),
    repository.listMembers(db, id),
    repository.countPosts(db, id),
  ]);
  return {
    ...toNetwork(row),
    parent: parent ? toSummary(parent) : null,
    children: children.map(toSummary),
    topics: topics.map((t) => ({
      id: t.id,
      key: t.key,
      kind: t.kind,
      nameSv: t.name_sv,
      nameEn: t.name_en,
    })),
    organisations: members.map((m) => ({
      id: m.id,
      name: m.name,
      shortName: m.short_name,
      kind: m.kind,
      validFrom: m.valid_from,
      validTo: m.valid_to,
    })),
    postCount,
  };
}
