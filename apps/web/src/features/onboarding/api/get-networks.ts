import type { Network } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAll } from './fetch-all';

/** Every network, programme area, forum and project, with its member organisations' ids. */
export function getNetworks(signal?: AbortSignal): Promise<Network[]> {
  return fetchAll<Network>('/networks', {}, signal);
}

export const networksQueryOptions = () =>
  queryOptions({
    queryKey: ['networks', 'list'] as const,
    queryFn: ({ signal }) => getNetworks(signal),
  });

export function useNetworks() {
  return useQuery(networksQueryOptions());
}
