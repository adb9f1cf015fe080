import type { CreateNetworkBody, Network, NetworkDetail, UpdateNetworkBody } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetchVersioned, type Versioned } from '../../../lib/api-client';

const networkPath = (id: string) => `/networks/${encodeURIComponent(id)}`;

/** The form's copy with its ETag; see `personForEditQueryOptions` for why it is never cached. */
export const networkForEditQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['editing', 'network', id] as const,
    queryFn: ({ signal }) => apiFetchVersioned<NetworkDetail>(networkPath(id), { signal }),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });

export function useNetworkForEdit(id: string | null) {
  return useQuery({ ...networkForEditQueryOptions(id ?? ''), enabled: Boolean(id) });
}

export function createNetwork(body: CreateNetworkBody): Promise<Versioned<Network>> {
  return apiFetchVersioned<Network>('/networks', { method: 'POST', body });
}

/** Sends only the changed fields; `topicIds` and `organisationIds` replace the sets. */
export function updateNetwork(id: string, body: UpdateNetworkBody, etag: string) {
  return apiFetchVersioned<Network>(networkPath(id), { method: 'PATCH', body, ifMatch: etag });
}
