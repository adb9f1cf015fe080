import type { Network, Organisation, Role, Topic } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, type Page } from '../../../lib/api-client';

/** Stops a misbehaving cursor from looping forever; far above the catalogue's real size. */
const maxPages = 50;
const pageSize = 500;
/** The catalogues change seldom: kept for a few minutes instead of fetched on every form. */
const catalogueStaleTime = 5 * 60_000;

/** Every item of a list endpoint, following `nextCursor` to the last page. */
export async function fetchAll<T>(
  path: string,
  query: Record<string, string | undefined>,
  signal?: AbortSignal,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result: Page<T> = await apiFetch<Page<T>>(path, {
      query: { ...query, limit: pageSize, cursor },
      signal,
    });
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** Organisations in use (not archived): what the pickers offer. */
export const editingOrganisationsQueryOptions = () =>
  queryOptions({
    queryKey: ['editing', 'catalogue', 'organisations'] as const,
    queryFn: ({ signal }) => fetchAll<Organisation>('/organisations', {}, signal),
    staleTime: catalogueStaleTime,
  });

export function useEditingOrganisations() {
  return useQuery(editingOrganisationsQueryOptions());
}

export function useEditingRoles() {
  return useQuery({
    queryKey: ['editing', 'catalogue', 'roles'] as const,
    queryFn: ({ signal }) => fetchAll<Role>('/roles', {}, signal),
    staleTime: catalogueStaleTime,
  });
}

export function useEditingNetworks() {
  return useQuery({
    queryKey: ['editing', 'catalogue', 'networks'] as const,
    queryFn: ({ signal }) => fetchAll<Network>('/networks', {}, signal),
    staleTime: catalogueStaleTime,
  });
}

export function useEditingTopics() {
  return useQuery({
    queryKey: ['editing', 'catalogue', 'topics'] as const,
    queryFn: ({ signal }) => fetchAll<Topic>('/topics', {}, signal),
    staleTime: catalogueStaleTime,
  });
}

export interface CatalogueEntries {
  roles: Role[];
  networks: Network[];
  topics: Topic[];
}

/** The whole catalogue, archived entries too: what the catalogue page lists. */
export const catalogueEntriesQueryOptions = () =>
  queryOptions({
    queryKey: ['editing', 'catalogue', 'all'] as const,
    queryFn: async ({ signal }): Promise<CatalogueEntries> => {
      const query = { include: 'archived' };
      const [roles, networks, topics] = await Promise.all([
        fetchAll<Role>('/roles', query, signal),
        fetchAll<Network>('/networks', query, signal),
        fetchAll<Topic>('/topics', query, signal),
      ]);
      return { roles, networks, topics };
    },
  });

export function useCatalogueEntries() {
  return useQuery(catalogueEntriesQueryOptions());
}
