import type { Role } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAll } from './fetch-all';

/** The role catalogue with what each role does, not archived. */
export function getRoles(signal?: AbortSignal): Promise<Role[]> {
  return fetchAll<Role>('/roles', {}, signal);
}

export const rolesQueryOptions = () =>
  queryOptions({
    queryKey: ['roles', 'list'] as const,
    queryFn: ({ signal }) => getRoles(signal),
    staleTime: 10 * 60_000,
  });

export function useRoles() {
  return useQuery(rolesQueryOptions());
}
