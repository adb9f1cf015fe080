import type { PersonMerge } from '@nk/shared';
import { useMutation } from '@tanstack/react-query';
import { useInvalidateAfterMerge } from './merge-people';
import { post } from './versioned-request';

/** Puts both entries back as they were before the merge (refused if either changed since). */
export function undoMerge(mergeId: string): Promise<PersonMerge> {
  return post<PersonMerge>(`/merges/${encodeURIComponent(mergeId)}/undo`);
}

export function useUndoMerge() {
  const invalidate = useInvalidateAfterMerge();
  return useMutation({ mutationFn: undoMerge, onSuccess: invalidate });
}
