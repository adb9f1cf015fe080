import type { Organisation } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { organisationPageSize } from '../../../config/app';
import { apiFetch, type Page } from '../../../lib/api-client';
import { reviewKey } from './get-review-queue';

const maxPages = 50;

/** Every organisation, for the administrator's "show only this organisation" filter. */
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

export const reviewOrganisationsQueryOptions = () =>
  queryOptions({
    queryKey: [...reviewKey, 'organisations'] as const,
    queryFn: ({ signal }) => getOrganisations(signal),
    staleTime: 5 * 60_000,
  });

export function useReviewOrganisations(enabled: boolean) {
  return useQuery({ ...reviewOrganisationsQueryOptions(), enabled });
}
