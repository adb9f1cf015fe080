import type { Topic } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAll } from './fetch-all';

/** Every topic (focus areas, national missions and others), not archived. */
export function getTopics(signal?: AbortSignal): Promise<Topic[]> {
  return fetchAll<Topic>('/topics', {}, signal);
}

export const topicsQueryOptions = () =>
  queryOptions({
    queryKey: ['topics', 'list'] as const,
    queryFn: ({ signal }) => getTopics(signal),
    staleTime: 10 * 60_000,
  });

export function useTopics() {
  return useQuery(topicsQueryOptions());
}
