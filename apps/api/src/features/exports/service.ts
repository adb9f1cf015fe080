import type { DB } from '@nk/db';
import {
  type ExportFilters,
  exportLimit,
  type PeopleCsvQuery,
  type PersonAssignment,
} from '@nk/shared';
import type { Kysely } from 'kysely';
import type { Access } from '../../lib/access';
import { currentCatalogue } from '../../lib/catalogue';
import { todayInSweden } from '../../lib/dates';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import { findPeople } from '../people/repository';
import { forCaller, getPersonDetail, isVisibleTo, toPerson } from '../people/service';
import { scopeOf, search } from '../search/service';
import type { ContactCard, ContactPost } from './contact';
import { toCsv } from './csv';
import * as repository from './repository';
import { fileNameOf, toVcard, toVcards } from './vcard';

/** With `q`, an export holds what the search finds: its best hundred people. */
export const textSearchLimit = 100;

export interface ExportFile {
  fileName: string;
  body: string;
  count: number;
  /** More people matched than the file holds. */
  capped: boolean;
}

const fromAssignment = (a: PersonAssignment): ContactPost => ({
  kind: a.kind,
  roleName: a.role.nameSv,
  organisationName: a.organisation.name,
  networkName: a.network?.name ?? null,
  validFrom: a.validFrom,
  validTo: a.validTo,
});

/** One person's card, with the posts they hold on `asOf`; 404 for anyone the caller may not see. */
export async function personVcard(
  db: Kysely<DB>,
  access: Access,
  id: string,
  asOf: string | undefined,
  actor: ActorContext,
): Promise<ExportFile> {
  const detail = await getPersonDetail(db, access, id, asOf);
  const body = toVcard({ person: detail, posts: detail.currentPosts.map(fromAssignment) });
  await appendAuditEvent(db, actor, {
    action: 'export.vcard',
    entityType: 'person',
    entityId: id,
    after: { filters: { asOf: detail.asOf }, count: 1 },
  });
  return {
    fileName: `${fileNameOf(detail.givenName, detail.familyName)}.vcf`,
    body,
    count: 1,
    capped: false,
  };
}

/**
 * Who the filters select: with `q`, the people hits of the search itself (ranking, typos and
 * all); without, everyone the filters select, up to the export limit. `ids` narrows either.
 */
async function selectPeople(
  db: Kysely<DB>,
  access: Access,
  filters: ExportFilters,
  asOf: string,
): Promise<{ ids: string[]; capped: boolean }> {
  const only = filters.ids ? [...new Set(filters.ids.toLowerCase().split(','))] : undefined;
  if (filters.q?.trim()) {
    const { ids: _ids, ...searchFilters } = filters;
    const result = await search(db, access, {
      ...searchFilters,
      asOf,
      type: 'person',
      limit: textSearchLimit,
    });
    const found = result.items.filter((hit) => hit.type === 'person').map((hit) => hit.id);
    return {
      ids: only ? found.filter((id) => only.includes(id)) : found,
      capped: result.capped || found.length >= textSearchLimit,
    };
  }
  const scope = scopeOf(await currentCatalogue(db), access, filters, asOf);
  const found = await repository.peopleMatching(db, scope, only, exportLimit + 1);
  return { ids: found.slice(0, exportLimit), capped: found.length > exportLimit };
}

/** The cards of these people in Swedish name order, each as the caller may see it. */
async function loadCards(
  db: Kysely<DB>,
  access: Access,
  ids: string[],
  asOf: string,
): Promise<ContactCard[]> {
  const [rows, posts] = await Promise.all([
    findPeople(db, ids),
    repository.currentPostsOf(db, ids, asOf),
  ]);
  const postsOf = new Map<string, ContactPost[]>();
  for (const row of posts) {
    const list = postsOf.get(row.person_id) ?? [];
    list.push({
      kind: row.kind,
      roleName: row.role_name,
      organisationName: row.organisation_name,
      networkName: row.network_name,
      validFrom: row.valid_from,
      validTo: row.valid_to,
    });
    postsOf.set(row.person_id, list);
  }
  return rows
    .filter((row) => isVisibleTo(access, row))
    .sort((a, b) =>
      a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : a.id < b.id ? -1 : 1,
    )
    .map((row) => ({
      person: forCaller(access, toPerson(row)),
      posts: postsOf.get(row.id) ?? [],
    }));
}

async function exportPeople(
  db: Kysely<DB>,
  access: Access,
  filters: ExportFilters,
  actor: ActorContext,
  action: string,
): Promise<{ cards: ContactCard[]; capped: boolean }> {
  const asOf = filters.asOf ?? todayInSweden();
  const selected = await selectPeople(db, access, filters, asOf);
  const cards = await loadCards(db, access, selected.ids, asOf);
  // Who exported whom: the ids let a register extract show a person every list they were in.
  await appendAuditEvent(db, actor, {
    action,
    entityType: 'export',
    entityId: null,
    after: {
      filters: { ...filters, asOf },
      count: cards.length,
      capped: selected.capped,
      personIds: cards.map((c) => c.person.id),
    },
  });
  return { cards, capped: selected.capped };
}

/** A `.vcf` with one card per person the filters select. */
export async function contactsVcf(
  db: Kysely<DB>,
  access: Access,
  filters: ExportFilters,
  actor: ActorContext,
): Promise<ExportFile> {
  const { cards, capped } = await exportPeople(db, access, filters, actor, 'export.contacts_vcf');
  return { fileName: 'contacts.vcf', body: toVcards(cards), count: cards.length, capped };
}

/** The people the filters select as a spreadsheet. */
export async function peopleCsv(
  db: Kysely<DB>,
  access: Access,
  query: PeopleCsvQuery,
  actor: ActorContext,
): Promise<ExportFile> {
  const { separator = 'comma', ...filters } = query;
  const { cards, capped } = await exportPeople(db, access, filters, actor, 'export.people_csv');
  return { fileName: 'people.csv', body: toCsv(cards, separator), count: cards.length, capped };
}
