import type { Organisation, OrganisationDetail } from '@nk/shared';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { fetchAll } from './fetch-all';

/** One organisation today: ancestors, children, catchment and partner links, posts and holders. */
export function getOrganisation(id: string, signal?: AbortSignal): Promise<OrganisationDetail> {
  return apiFetch<OrganisationDetail>(`/organisations/${encodeURIComponent(id)}`, { signal });
}

/** Same key as the organisation page's query, so the two share one cache entry. */
export const organisationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['organisations', 'detail', id, null] as const,
    queryFn: ({ signal }) => getOrganisation(id, signal),
  });

/** The whole organisation register (not archived). */
export function getOrganisations(signal?: AbortSignal): Promise<Organisation[]> {
  return fetchAll<Organisation>('/organisations', {}, signal);
}

/** Same key as the organisation list's query, so the two share one cache entry. */
export const organisationsQueryOptions = () =>
  queryOptions({
    queryKey: ['organisations', 'list'] as const,
    queryFn: ({ signal }) => getOrganisations(signal),
  });
