import type { Assignment, CreateAssignmentBody, UpdateAssignmentBody } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Page } from '../../../lib/api-client';
import { apiFetchVersioned, type Versioned } from '../../../lib/api-client';

const assignmentPath = (id: string) => `/assignments/${encodeURIComponent(id)}`;
/** A post has a handful of assignments over the years; far below this. */
const postAssignmentLimit = 500;

/**
 * Every assignment of a post with its version (the post's timeline has the names but no
 * versions, and a change must send the version it read).
 */
export const postAssignmentsQueryOptions = (postId: string) =>
  queryOptions({
    queryKey: ['editing', 'post-assignments', postId] as const,
    queryFn: async ({ signal }) =>
      (
        await apiFetchVersioned<Page<Assignment>>('/assignments', {
          query: { post: postId, limit: postAssignmentLimit },
          signal,
        })
      ).data.items,
    staleTime: 0,
    refetchOnWindowFocus: false,
  });

export function usePostAssignments(postId: string) {
  return useQuery(postAssignmentsQueryOptions(postId));
}

export function createAssignment(body: CreateAssignmentBody): Promise<Versioned<Assignment>> {
  return apiFetchVersioned<Assignment>('/assignments', { method: 'POST', body });
}

/** Changes dates, kind or note; setting `validTo` ends the assignment on that day. */
export function updateAssignment(
  id: string,
  body: UpdateAssignmentBody,
  etag: string,
): Promise<Versioned<Assignment>> {
  return apiFetchVersioned<Assignment>(assignmentPath(id), {
    method: 'PATCH',
    body,
    ifMatch: etag,
  });
}

/** DELETE ends a current assignment yesterday; history is never removed. */
export function endAssignment(id: string, etag: string): Promise<Versioned<Assignment>> {
  return apiFetchVersioned<Assignment>(assignmentPath(id), { method: 'DELETE', ifMatch: etag });
}
