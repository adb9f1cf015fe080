import type { DB } from '@nk/db';
import type { Post, ReviewPerson, ReviewQuery, ReviewQueue, Suggestion } from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { type Access, assertCanWrite } from '../../lib/access';
import { currentCatalogue } from '../../lib/catalogue';
import { todayInSweden } from '../../lib/dates';
import { addDays } from '../assignments/dates';
import { listPosts } from '../posts/service';
import { listSuggestions } from '../suggestions/service';
import * as repository from './repository';

/** Vacancies and open reports are few; past this many a steward has other problems. */
const listCap = 500;
const newVacancyDays = 90;

function toReviewPerson(row: repository.ReviewPersonRow): ReviewPerson {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    email: row.email,
    phone: row.phone,
    mobile: row.mobile,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    lastVerifiedAt: row.last_verified_at ? new Date(row.last_verified_at).toISOString() : null,
    version: row.version,
  };
}

/** Every page of a list, up to the cap, for each root organisation (or once, for all). */
async function collect<T extends { id: string }>(
  roots: (string | undefined)[],
  page: (
    organisation: string | undefined,
    cursor?: string,
  ) => Promise<{
    items: T[];
    nextCursor: string | null;
  }>,
): Promise<T[]> {
  const seen = new Map<string, T>();
  for (const root of roots) {
    let cursor: string | undefined;
    do {
      const result = await page(root, cursor);
      for (const item of result.items) seen.set(item.id, item);
      cursor = result.nextCursor ?? undefined;
    } while (cursor && seen.size < listCap);
  }
  return [...seen.values()];
}

const section = <T>(items: T[], limit: number) => ({
  count: items.length,
  items: items.slice(0, limit),
});

/**
 * What needs a steward's attention in their organisations (an admin's: everywhere): stale and
 * incomplete entries, likely duplicates, vacancies, open reports. "Still correct" is
 * `POST /people/:id/verify`.
 */
export async function getReviewQueue(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  query: ReviewQuery,
): Promise<ReviewQueue> {
  const limit = query.limit ?? 20;
  let roots: (string | undefined)[];
  let organisations: string[] | null;
  if (query.organisation) {
    assertCanWrite(request, access, [query.organisation]);
    roots = [query.organisation];
    organisations = [
      ...(await currentCatalogue(db)).organisationsWithin(query.organisation, undefined),
    ];
  } else {
    assertCanWrite(request, access, []);
    roots = access.isAdmin ? [undefined] : await repository.scopeRoots(db, access.user.id);
    organisations = access.isAdmin ? null : [...access.stewardOf];
  }
  const scope = { organisations, includeProtected: access.isAdmin };
  const [unverified, missingContact, duplicates, vacancies, suggestions] = await Promise.all([
    repository.unverifiedPeople(db, scope, limit),
    repository.peopleWithoutContact(db, scope, limit),
    repository.duplicateGroups(db, scope, limit),
    collect<Post>(roots, (organisation, cursor) =>
      listPosts(db, access, { vacant: true, organisation, cursor, limit: 200 }),
    ),
    collect<Suggestion>(roots, (organisation, cursor) =>
      listSuggestions(db, access, { status: 'open', organisation, cursor, limit: 200 }),
    ),
  ]);
  const since = addDays(todayInSweden(), -newVacancyDays);
  return {
    unverified: { count: unverified.count, items: unverified.rows.map(toReviewPerson) },
    missingContact: {
      count: missingContact.count,
      items: missingContact.rows.map(toReviewPerson),
    },
    duplicates: {
      count: duplicates.count,
      items: duplicates.groups.map((group) => group.map(toReviewPerson)),
    },
    vacancies: section(vacancies, limit),
    newVacancies: section(
      vacancies.filter((post) => post.vacantSince !== null && post.vacantSince >= since),
      limit,
    ),
    suggestions: section(suggestions, limit),
  };
}
