import type { Organisation } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { organisationPageSize } from '../../../config/app';
import { apiFetch, type Page } from '../../../lib/api-client';

/** Stops a misbehaving cursor from looping forever; far above the register's real size. */
const maxPages = 50;

/** The whole organisation register (not archived), following `nextCursor` to the last page. */
export async function getOrganisations(signal?: AbortSignal): Promise<Organisation[]> {
  const items: Organisation[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result: Page<Organisation> = await apiFetch<Page<Organisation>>('/organisations', {
      query: { limit: organisationPageSize, cursor },
      signal,
    });
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}

export const organisationsQueryOptions = () =>
  queryOptions({
    queryKey: ['organisations', 'list'] as const,
    queryFn: ({ signal }) => getOrganisations(signal),
  });

export function useOrganisations() {
  return useQuery(organisationsQueryOptions());
}
