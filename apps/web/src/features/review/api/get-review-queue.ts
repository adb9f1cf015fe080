import type { ReviewQueue } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** Every query of this feature starts with this key, so one invalidation refreshes them all. */
export const reviewKey = ['review'] as const;

/** Items per section at first, and after "show all" (the API's maximum). */
export const reviewPageSize = 20;
export const reviewMaxSize = 200;

export interface ReviewQueueRequest {
  /** Only this organisation and those below it. */
  organisation?: string;
  limit?: number;
}

/**
 * What needs a steward's attention in their organisations (an admin's: everywhere): people not
 * confirmed for a year, missing contact details, likely duplicates, vacancies, open reports.
 */
export function getReviewQueue(
  request: ReviewQueueRequest,
  signal?: AbortSignal,
): Promise<ReviewQueue> {
  return apiFetch<ReviewQueue>('/review', {
    query: { organisation: request.organisation, limit: request.limit ?? reviewPageSize },
    signal,
  });
}

export const reviewQueueQueryOptions = (request: ReviewQueueRequest = {}) =>
  queryOptions({
    queryKey: [
      ...reviewKey,
      'queue',
      { organisation: request.organisation ?? null, limit: request.limit ?? reviewPageSize },
    ] as const,
    queryFn: ({ signal }) => getReviewQueue(request, signal),
  });

export function useReviewQueue(request: ReviewQueueRequest = {}, options = { enabled: true }) {
  return useQuery({ ...reviewQueueQueryOptions(request), enabled: options.enabled });
}
