import type { Import } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { importQueryKey } from './get-import';

/** Reverses a committed import as a whole, unless something it touched was edited since. */
export function undoImport(id: string): Promise<Import> {
  return apiFetch<Import>(`/imports/${encodeURIComponent(id)}/undo`, {
    method: 'POST',
    body: {},
  });
}

export function useUndoImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: undoImport,
    onSuccess: async (result) => {
      queryClient.setQueryData(importQueryKey(result.id), result);
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'admin' && query.queryKey[0] !== 'me',
      });
    },
  });
}
