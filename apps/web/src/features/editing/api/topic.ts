import type { CreateTopicBody, Topic, UpdateTopicBody } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetchVersioned, type Versioned } from '../../../lib/api-client';

const topicPath = (id: string) => `/topics/${encodeURIComponent(id)}`;

/** The form's copy with its ETag; see `personForEditQueryOptions` for why it is never cached. */
export const topicForEditQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['editing', 'topic', id] as const,
    queryFn: ({ signal }) => apiFetchVersioned<Topic>(topicPath(id), { signal }),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });

export function useTopicForEdit(id: string | null) {
  return useQuery({ ...topicForEditQueryOptions(id ?? ''), enabled: Boolean(id) });
}

export function createTopic(body: CreateTopicBody): Promise<Versioned<Topic>> {
  return apiFetchVersioned<Topic>('/topics', { method: 'POST', body });
}

export function updateTopic(id: string, body: UpdateTopicBody, etag: string) {
  return apiFetchVersioned<Topic>(topicPath(id), { method: 'PATCH', body, ifMatch: etag });
}
