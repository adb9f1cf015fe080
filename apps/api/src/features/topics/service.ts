import type { DB } from '@nk/db';
import type { ListTopicsQuery, Topic } from '@nk/shared';
import type { Kysely } from 'kysely';
import { notFound } from '../../lib/app-error';
import { decodeCursor, toPage } from '../../lib/cursor';
import * as repository from './repository';

type TopicRow = NonNullable<Awaited<ReturnType<typeof repository.findTopic>>>;

export function toTopic(row: TopicRow): Topic {
  return {
    id: row.id,
    key: row.key,
    kind: row.kind,
    nameSv: row.name_sv,
    nameEn: row.name_en,
    descriptionSv: row.description_sv,
    descriptionEn: row.description_en,
    archivedAt: row.archived_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export async function listTopics(db: Kysely<DB>, query: ListTopicsQuery) {
  const limit = query.limit ?? 50;
  const rows = await repository.listTopics(db, {
    kind: query.kind,
    includeArchived: query.include === 'archived',
    updatedSince: query.updatedSince,
    limit,
    after: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
  });
  const page = toPage(rows, limit, (row) =>
    query.updatedSince ? [row.updated_key, row.id] : [row.sort_key, row.id],
  );
  return { items: page.items.map(toTopic), nextCursor: page.nextCursor };
}

export async function getTopic(db: Kysely<DB>, id: string): Promise<Topic> {
  const row = await repository.findTopic(db, id);
  if (!row) throw notFound('The topic');
  return toTopic(row);
}
