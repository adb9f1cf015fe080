import type { DB } from '@nk/db';
import type { Kysely } from 'kysely';
import type { Access } from '../../lib/access';
import { AppError } from '../../lib/app-error';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { todayInSweden } from '../../lib/dates';
import { findOrganisation } from '../organisations/repository';
import { findPeople } from '../people/repository';
import { listRoles } from '../roles/repository';
import type { SearchResult } from './bundle';
import {
  type CodeSystemId,
  codeSystem,
  codeSystemIds,
  codesIn,
  hsaSystem,
  isAffiliationKind,
  isOrganisationKind,
  isOurSystem,
  municipalityCodePath,
  uuidFromIdentifier,
  uuidSystem,
} from './code-systems';
import { badRequest, resourceNotFound } from './operation-outcome';
import * as repository from './repository';
import { toOrganization } from './resources/organization';
import { toOrganizationAffiliation } from './resources/organization-affiliation';
import { toPractitioner } from './resources/practitioner';
import { toPractitionerRole } from './resources/practitioner-role';
import {
  criteriaOf,
  isUuid,
  type ParsedSearch,
  type ResourceType,
  type Token,
} from './search-params';
import type { Resource } from './types';

/** What every facade call needs to know about the request. */
export interface FhirContext {
  db: Kysely<DB>;
  /** The facade's base URL, e.g. `https://host/fhir/r4`: canonical URLs live under it. */
  base: string;
  /** Loaded only by the resources that carry personal data. */
  access: () => Promise<Access>;
}

const membershipId = /^[0-9a-f]{64}$/;

/** Which ids can name a resource of the type at all; others are unknown without asking. */
function isPossibleId(type: ResourceType, id: string): boolean {
  if (type === 'CodeSystem') return (codeSystemIds as readonly string[]).includes(id);
  if (type === 'OrganizationAffiliation') return isUuid(id) || membershipId.test(id);
  return isUuid(id);
}

const hexToUuid = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

function cursorValues(search: ParsedSearch, length: number): (string | number)[] | undefined {
  if (!search.cursor) return undefined;
  try {
    return decodeCursor(search.cursor, length);
  } catch (error) {
    if (error instanceof AppError) {
      throw badRequest(
        'The _cursor is not one this server issued; follow the next link.',
        '_cursor',
      );
    }
    throw error;
  }
}

const idsOf = (search: ParsedSearch, type: ResourceType) =>
  criteriaOf(search, '_id', 'id').map((c) => c.ids.filter((id) => isPossibleId(type, id)));
const referencesOf = (search: ParsedSearch, name: string) =>
  criteriaOf(search, name, 'reference').map((c) => c.ids);
const activeOf = (search: ParsedSearch) =>
  criteriaOf(search, 'active', 'boolean').map((c) => c.value);
const lastUpdatedOf = (search: ParsedSearch) => criteriaOf(search, '_lastUpdated', 'date');
const namesOf = (search: ParsedSearch) => criteriaOf(search, 'name', 'string');

function identifiersOf(search: ParsedSearch): repository.IdentifierMatch[] {
  return criteriaOf(search, 'identifier', 'token').map((c) => {
    const match: repository.IdentifierMatch = { ids: [], hsaIds: [], municipalityCodes: [] };
    for (const { system, code } of c.values) {
      const anySystem = system === undefined;
      const uuid = uuidFromIdentifier(code);
      if (uuid && (anySystem || system === uuidSystem)) match.ids.push(uuid);
      if (anySystem || system === hsaSystem) match.hsaIds.push(code);
      if (anySystem || (system && isOurSystem(system, municipalityCodePath))) {
        match.municipalityCodes.push(code);
      }
    }
    return match;
  });
}

const tokensOf = (search: ParsedSearch, name: string): Token[][] =>
  criteriaOf(search, name, 'token').map((c) => c.values);

function page<T>(rows: T[], limit: number, cursorOf: (row: T) => (string | number)[]) {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? encodeCursor(cursorOf(last)) : null };
}

async function searchOrganizations(ctx: FhirContext, search: ParsedSearch): Promise<SearchResult> {
  const after = cursorValues(search, 2);
  const { rows, total } = await repository.searchOrganizations(ctx.db, {
    ids: idsOf(search, 'Organization'),
    names: namesOf(search),
    identifiers: identifiersOf(search),
    partOf: referencesOf(search, 'partof'),
    kinds: tokensOf(search, 'type').map((tokens) =>
      codesIn(tokens, 'organisation-kinds').filter(isOrganisationKind),
    ),
    active: activeOf(search),
    lastUpdated: lastUpdatedOf(search),
    after,
    limit: search.count,
    withTotal: true,
  });
  const { items, nextCursor } = page(rows, search.count, (r) => [r.sort_key, r.id]);
  return {
    matches: items.map((r) => toOrganization(ctx.base, r)),
    includes: [],
    total,
    nextCursor,
  };
}

async function searchPractitioners(ctx: FhirContext, search: ParsedSearch): Promise<SearchResult> {
  const access = await ctx.access();
  const after = cursorValues(search, 2);
  const rows = await repository.searchPractitioners(ctx.db, {
    ids: idsOf(search, 'Practitioner'),
    names: namesOf(search),
    identifiers: identifiersOf(search),
    active: activeOf(search),
    lastUpdated: lastUpdatedOf(search),
    includeProtected: access.isAdmin,
    after,
    limit: search.count,
  });
  const { items, nextCursor } = page(rows, search.count, (r) => [r.sort_key, r.id]);
  return {
    matches: items.map((r) => toPractitioner(access, r)),
    includes: [],
    // Counting people would be a second scan of a possibly large table: only when it is free.
    ...(!search.cursor && !nextCursor ? { total: items.length } : {}),
    nextCursor,
  };
}

async function searchPractitionerRoles(
  ctx: FhirContext,
  search: ParsedSearch,
): Promise<SearchResult> {
  const access = await ctx.access();
  const after = cursorValues(search, 1);
  const rows = await repository.searchPractitionerRoles(ctx.db, {
    ids: idsOf(search, 'PractitionerRole'),
    practitioners: referencesOf(search, 'practitioner'),
    organizations: referencesOf(search, 'organization'),
    roleKeys: tokensOf(search, 'role').map((tokens) => codesIn(tokens, 'roles')),
    active: activeOf(search),
    lastUpdated: lastUpdatedOf(search),
    includeProtected: access.isAdmin,
    today: todayInSweden(),
    after: after ? String(after[0]) : undefined,
    limit: search.count,
  });
  const { items, nextCursor } = page(rows, search.count, (r) => [r.id]);
  const distinct = (ids: string[]) => [...new Set(ids)];
  const [people, organisations] = await Promise.all([
    search.includes.includes('PractitionerRole:practitioner')
      ? findPeople(ctx.db, distinct(items.map((r) => r.person_id)))
      : Promise.resolve([]),
    search.includes.includes('PractitionerRole:organization')
      ? repository.findOrganizations(ctx.db, distinct(items.map((r) => r.organisation_id)))
      : Promise.resolve([]),
  ]);
  return {
    matches: items.map((r) => toPractitionerRole(ctx.base, access, r)),
    includes: [
      ...people.map((p) => toPractitioner(access, p)),
      ...organisations.map((o) => toOrganization(ctx.base, o)),
    ],
    ...(!search.cursor && !nextCursor ? { total: items.length } : {}),
    nextCursor,
  };
}

async function searchAffiliations(
  ctx: FhirContext,
  search: ParsedSearch,
  withTotal = true,
): Promise<SearchResult> {
  const after = cursorValues(search, 1);
  const { rows, total } = await repository.searchAffiliations(ctx.db, {
    ids: idsOf(search, 'OrganizationAffiliation').map((ids) => ({
      links: ids.filter(isUuid),
      memberships: ids
        .filter((id) => membershipId.test(id))
        .map((id): [string, string] => [hexToUuid(id.slice(0, 32)), hexToUuid(id.slice(32))]),
    })),
    primary: referencesOf(search, 'primary-organization'),
    participating: referencesOf(search, 'participating-organization'),
    kinds: tokensOf(search, 'role').map((tokens) =>
      codesIn(tokens, 'affiliation-kinds').filter(isAffiliationKind),
    ),
    active: activeOf(search),
    lastUpdated: lastUpdatedOf(search),
    today: todayInSweden(),
    after: after ? String(after[0]) : undefined,
    limit: search.count,
    withTotal,
  });
  const { items, nextCursor } = page(rows, search.count, (r) => [r.id]);
  const wanted = new Set<string>();
  for (const row of items) {
    if (
      search.includes.includes('OrganizationAffiliation:primary-organization') &&
      row.primary_id
    ) {
      wanted.add(row.primary_id);
    }
    if (search.includes.includes('OrganizationAffiliation:participating-organization')) {
      wanted.add(row.participating_id);
    }
  }
  const organisations = await repository.findOrganizations(ctx.db, [...wanted]);
  return {
    matches: items.map((r) => toOrganizationAffiliation(ctx.base, r)),
    includes: organisations.map((o) => toOrganization(ctx.base, o)),
    total,
    nextCursor,
  };
}

/** The whole role catalogue, archived roles included: their codes stay valid in history. */
async function roleConcepts(db: Kysely<DB>) {
  return listRoles(db, { includeArchived: true, limit: 10_000 });
}

async function searchCodeSystems(ctx: FhirContext, search: ParsedSearch): Promise<SearchResult> {
  const after = cursorValues(search, 1);
  const idGroups = idsOf(search, 'CodeSystem');
  const urlGroups = criteriaOf(search, 'url', 'uri').map((c) => c.values);
  const ids = [...codeSystemIds]
    .sort()
    .filter(
      (id) =>
        idGroups.every((group) => group.includes(id)) &&
        urlGroups.every((urls) => urls.some((url) => isOurSystem(url, `CodeSystem/${id}`))) &&
        (after === undefined || id > String(after[0])),
    );
  const { items, nextCursor } = page(ids, search.count, (id) => [id]);
  const roles = items.includes('roles') ? await roleConcepts(ctx.db) : [];
  return {
    matches: items.map((id) => codeSystem(ctx.base, id, roles)),
    includes: [],
    ...(!search.cursor ? { total: ids.length } : {}),
    nextCursor,
  };
}

const searches: Record<
  ResourceType,
  (ctx: FhirContext, search: ParsedSearch) => Promise<SearchResult>
> = {
  Organization: searchOrganizations,
  Practitioner: searchPractitioners,
  PractitionerRole: searchPractitionerRoles,
  OrganizationAffiliation: searchAffiliations,
  CodeSystem: searchCodeSystems,
};

export function search(ctx: FhirContext, type: ResourceType, parsed: ParsedSearch) {
  return searches[type](ctx, parsed);
}

/** One resource by id; unknown ids, and people the caller may not see, are 404. */
export async function read(ctx: FhirContext, type: ResourceType, rawId: string): Promise<Resource> {
  const id = rawId.toLowerCase();
  if (!isPossibleId(type, id)) throw resourceNotFound(type, rawId);
  if (type === 'Organization') {
    const row = await findOrganisation(ctx.db, id);
    if (!row) throw resourceNotFound(type, rawId);
    return toOrganization(ctx.base, row);
  }
  if (type === 'CodeSystem') {
    const codeSystemId = id as CodeSystemId;
    return codeSystem(
      ctx.base,
      codeSystemId,
      codeSystemId === 'roles' ? await roleConcepts(ctx.db) : [],
    );
  }
  const byId: ParsedSearch = {
    criteria: new Map([['_id', [{ kind: 'id', ids: [id] }]]]),
    count: 1,
    includes: [],
  };
  const result =
    type === 'OrganizationAffiliation'
      ? await searchAffiliations(ctx, byId, false)
      : await search(ctx, type, byId);
  const [resource] = result.matches;
  if (!resource) throw resourceNotFound(type, rawId);
  return resource;
}
