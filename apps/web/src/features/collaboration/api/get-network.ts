import type { Coverage, NetworkDetail } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** A network with its parent, sub-networks, topics and member organisations. */
export function getNetwork(id: string, signal?: AbortSignal): Promise<NetworkDetail> {
  return apiFetch<NetworkDetail>(`/networks/${encodeURIComponent(id)}`, { signal });
}

export const networkQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['networks', 'detail', id] as const,
    queryFn: ({ signal }) => getNetwork(id, signal),
  });

export function useNetwork(id: string) {
  return useQuery(networkQueryOptions(id));
}

/** Cells hold this many posts at most; a region with more posts has its own page. */
const perCell = 5;

/** The network's coverage grid (member organisations × roles) as of `asOf` or today. */
export function getCoverage(id: string, asOf?: string, signal?: AbortSignal): Promise<Coverage> {
  return apiFetch<Coverage>(`/networks/${encodeURIComponent(id)}/coverage`, {
    query: { asOf, perCell },
    signal,
  });
}

export const coverageQueryOptions = (id: string, asOf?: string) =>
  queryOptions({
    queryKey: ['networks', 'coverage', id, asOf ?? null] as const,
    queryFn: ({ signal }) => getCoverage(id, asOf, signal),
  });

/** Keeps showing the previous date's grid while another date loads, so the table does not jump. */
export function useCoverage(id: string, asOf?: string) {
  return useQuery({
    ...coverageQueryOptions(id, asOf),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === id ? previous : undefined,
  });
}
