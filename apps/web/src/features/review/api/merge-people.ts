import type { MergeableField, MergePeopleBody, PersonMerge } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, etagOf } from '../../../lib/api-client';
import { reviewKey } from './get-review-queue';

export interface MergePeopleRequest {
  survivorId: string;
  /** The survivor's version as it was read: a change since then is refused (412). */
  survivorVersion: number;
  duplicateId: string;
  take: MergeableField[];
}

/** Merges the duplicate into the survivor; the duplicate is archived. Undone by `undoMerge`. */
export function mergePeople(request: MergePeopleRequest): Promise<PersonMerge> {
  const body: MergePeopleBody = { duplicateId: request.duplicateId, take: request.take };
  return apiFetch<PersonMerge>(`/people/${encodeURIComponent(request.survivorId)}/merge`, {
    method: 'POST',
    body,
    ifMatch: etagOf(request.survivorVersion),
  });
}

/** After a merge or its undo, every list and profile that shows either person may be stale. */
export function useInvalidateAfterMerge() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [reviewKey, ['people'], ['search']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useMergePeople() {
  const invalidate = useInvalidateAfterMerge();
  return useMutation({ mutationFn: mergePeople, onSuccess: invalidate });
}
