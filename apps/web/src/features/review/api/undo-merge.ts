import type { PersonMerge } from '@nk/shared';
import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useInvalidateAfterMerge } from './merge-people';

/** Puts both entries back as they were before the merge (refused if either changed since). */
export function undoMerge(mergeId: string): Promise<PersonMerge> {
  return apiFetch<PersonMerge>(`/merges/${encodeURIComponent(mergeId)}/undo`, {
    method: 'POST',
    body: {},
  });
}

export function useUndoMerge() {
  const invalidate = useInvalidateAfterMerge();
  return useMutation({ mutationFn: undoMerge, onSuccess: invalidate });
}
