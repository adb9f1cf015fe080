import type { DB } from '@nk/db';
import type { ListRolesQuery, Role, RoleCounterpart, RoleDetail, RoleRef } from '@nk/shared';
import type { Kysely } from 'kysely';
import { notFound } from '../../lib/app-error';
import { decodeCursor, toPage } from '../../lib/cursor';
import { todayInSweden } from '../../lib/dates';
import * as repository from './repository';

type RoleRow = NonNullable<Awaited<ReturnType<typeof repository.findRole>>>;
type CounterpartRow = Awaited<ReturnType<typeof repository.listCounterparts>>[number];

export function toRole(row: RoleRow): Role {
  return {
    id: row.id,
    key: row.key,
    nameSv: row.name_sv,
    nameEn: row.name_en,
    descriptionSv: row.description_sv,
    descriptionEn: row.description_en,
    synonyms: row.synonyms,
    archivedAt: row.archived_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export function toCounterpart(row: CounterpartRow): RoleCounterpart {
  return {
    id: row.id,
    role: {
      id: row.role_id,
      key: row.role_key,
      nameSv: row.role_name_sv,
      nameEn: row.role_name_en,
    },
    descriptionSv: row.description_sv,
    descriptionEn: row.description_en,
  };
}

export async function listRoles(db: Kysely<DB>, query: ListRolesQuery) {
  const limit = query.limit ?? 50;
  const rows = await repository.listRoles(db, {
    includeArchived: query.include === 'archived',
    updatedSince: query.updatedSince,
    limit,
    after: query.cursor ? decodeCursor(query.cursor, 2) : undefined,
  });
  const page = toPage(rows, limit, (row) =>
    query.updatedSince ? [row.updated_key, row.id] : [row.sort_key, row.id],
  );
  return { items: page.items.map(toRole), nextCursor: page.nextCursor };
}

/** A role with its counterparts (from either end of each pair) and how many hold it today. */
export async function getRoleDetail(db: Kysely<DB>, id: string): Promise<RoleDetail> {
  const row = await repository.findRole(db, id);
  if (!row) throw notFound('The role');
  const [counterparts, holderCount] = await Promise.all([
    repository.listCounterparts(db, id),
    repository.countHolders(db, id, todayInSweden()),
  ]);
  return { ...toRole(row), counterparts: counterparts.map(toCounterpart), holderCount };
}

/** A counterpart pair as stored (both ends): the object its audit events record. */
export interface CounterpartPair {
  id: string;
  roleA: RoleRef;
  roleB: RoleRef;
  descriptionSv: string | null;
  descriptionEn: string | null;
}

type PairRow = NonNullable<Awaited<ReturnType<typeof repository.findCounterpartPair>>>;

export function toCounterpartPair(row: PairRow): CounterpartPair {
  return {
    id: row.id,
    roleA: { id: row.a_id, key: row.a_key, nameSv: row.a_name_sv, nameEn: row.a_name_en },
    roleB: { id: row.b_id, key: row.b_key, nameSv: row.b_name_sv, nameEn: row.b_name_en },
    descriptionSv: row.description_sv,
    descriptionEn: row.description_en,
  };
}

/** The pair as role `roleId` sees it: `role` is the other end. */
export function seenFrom(pair: CounterpartPair, roleId: string): RoleCounterpart {
  return {
    id: pair.id,
    role: pair.roleA.id === roleId ? pair.roleB : pair.roleA,
    descriptionSv: pair.descriptionSv,
    descriptionEn: pair.descriptionEn,
  };
}

/** One counterpart pair as seen from role `id` (404 when the pair does not involve it). */
export async function getCounterpart(
  db: Kysely<DB>,
  id: string,
  pairId: string,
): Promise<RoleCounterpart> {
  const row = await repository.findCounterpartPair(db, pairId);
  if (!row || (row.a_id !== id && row.b_id !== id)) throw notFound('The counterpart pair');
  return seenFrom(toCounterpartPair(row), id);
}
