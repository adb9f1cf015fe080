import { randomUUID } from 'node:crypto';
import { cursorParam } from './search-params';
import type { Bundle, Resource } from './types';

export interface SearchResult {
  matches: Resource[];
  includes: Resource[];
  /** Left out where counting would cost a query of its own on a large table. */
  total?: number;
  nextCursor: string | null;
}

/**
 * The page of a search as a `searchset` Bundle. The `next` link repeats the request's own
 * parameters with the opaque cursor of the next page, so a client only ever follows it.
 */
export function searchsetBundle(
  base: string,
  type: string,
  rawQuery: string,
  result: SearchResult,
): Bundle {
  const params = new URLSearchParams(rawQuery);
  const self = `${base}/${type}${rawQuery ? `?${rawQuery}` : ''}`;
  const link: Bundle['link'] = [{ relation: 'self', url: self }];
  if (result.nextCursor) {
    params.delete(cursorParam);
    params.set(cursorParam, result.nextCursor);
    link.push({ relation: 'next', url: `${base}/${type}?${params.toString()}` });
  }
  const entry = (mode: 'match' | 'include') => (resource: Resource) => ({
    fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
    resource,
    search: { mode },
  });
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    meta: { lastUpdated: new Date().toISOString() },
    type: 'searchset',
    ...(result.total !== undefined ? { total: result.total } : {}),
    link,
    entry: [...result.matches.map(entry('match')), ...result.includes.map(entry('include'))],
  };
}
