import type { SearchHitType } from '@nk/shared';
import { type SearchFilterParam, type SearchParams, searchFilterParams } from '../../../lib/paths';

/**
 * The kinds of hit, in the order their groups are listed when they match equally well. Kept
 * here rather than imported from @nk/shared so the browser bundle does not load its schemas.
 */
export const hitTypes = [
  'person',
  'post',
  'role',
  'organisation',
  'network',
] as const satisfies readonly SearchHitType[];

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const municipalityPattern = /^\d{4}$/;

function isHitType(value: string): value is SearchHitType {
  return (hitTypes as readonly string[]).includes(value);
}

function validFilter(name: SearchFilterParam, value: string | null): string | undefined {
  if (!value) return undefined;
  switch (name) {
    case 'type':
      return isHitType(value) ? value : undefined;
    case 'municipality':
      return municipalityPattern.test(value) ? value : undefined;
    default:
      return uuidPattern.test(value) ? value : undefined;
  }
}

/**
 * Reads a search page's address. Values the API would reject (a mangled id in a shared link)
 * are dropped, so a bad link still shows a working search instead of an error.
 */
export function readSearchParams(query: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  const q = query.get('q');
  if (q) params.q = q;
  for (const name of searchFilterParams) {
    const value = validFilter(name, query.get(name));
    if (value) params[name] = value;
  }
  const former = query.get('former');
  if (former === '1' || former === 'true') params.former = true;
  return params;
}

/** The filters that narrow the search (all but `type`, which only picks among the hits). */
export const narrowingFilters = searchFilterParams.filter(
  (name): name is Exclude<SearchFilterParam, 'type'> => name !== 'type',
);

/** True when the API has something to search for: words, or at least one narrowing filter. */
export function canSearch(params: SearchParams): boolean {
  return Boolean(params.q?.trim()) || narrowingFilters.some((name) => Boolean(params[name]));
}

/** True when any filter (including the kind of hit or "include former") is set. */
export function hasFilters(params: SearchParams): boolean {
  return searchFilterParams.some((name) => Boolean(params[name])) || Boolean(params.former);
}
