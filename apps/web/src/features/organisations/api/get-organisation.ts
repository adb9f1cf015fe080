import type { OrganisationDetail } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/**
 * One organisation with its ancestors, children, catchment links and posts with their holders,
 * as of `asOf` (`YYYY-MM-DD`) or today.
 */
export function getOrganisation(
  id: string,
  asOf?: string,
  signal?: AbortSignal,
): Promise<OrganisationDetail> {
  return apiFetch<OrganisationDetail>(`/organisations/${encodeURIComponent(id)}`, {
    query: { asOf },
    signal,
  });
}

export const organisationQueryOptions = (id: string, asOf?: string) =>
  queryOptions({
    queryKey: ['organisations', 'detail', id, asOf ?? null] as const,
    queryFn: ({ signal }) => getOrganisation(id, asOf, signal),
  });

export function useOrganisation(id: string, asOf?: string) {
  return useQuery(organisationQueryOptions(id, asOf));
}
