import type { Organisation } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { organisationPageSize } from '../../../config/app';
import { apiFetch, type Page } from '../../../lib/api-client';

/** Stops a misbehaving cursor from looping forever; far above the register's real size. */
const maxPages = 50;

/**
 * Every organisation that is not archived, for the pickers (import target, editor scope) and to
 * name organisations in the audit log and the user list.
 */
export async function getAdminOrganisations(signal?: AbortSignal): Promise<Organisation[]> {
  const items: Organisation[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const data: Page<Organisation> = await apiFetch<Page<Organisation>>('/organisations', {
      query: { limit: organisationPageSize, cursor },
      signal,
    });
    items.push(...data.items);
    cursor = data.nextCursor;
    if (!cursor) break;
  }
  return items;
}

export const adminOrganisationsQueryOptions = () =>
  queryOptions({
    queryKey: ['admin', 'organisations'] as const,
    queryFn: ({ signal }) => getAdminOrganisations(signal),
    staleTime: 5 * 60_000,
  });

export function useAdminOrganisations() {
  return useQuery(adminOrganisationsQueryOptions());
}
