import type { Import } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { importQueryKey } from './get-import';

/**
 * Applies exactly the previewed rows. `validRowsOnly` leaves rows with errors out; without it a
 * preview with errors is refused.
 */
export function commitImport(input: { id: string; validRowsOnly: boolean }): Promise<Import> {
  return apiFetch<Import>(`/imports/${encodeURIComponent(input.id)}/commit`, {
    method: 'POST',
    body: input.validRowsOnly ? { validRowsOnly: true } : {},
  });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitImport,
    onSuccess: async (result) => {
      queryClient.setQueryData(importQueryKey(result.id), result);
      // People, posts and search results now read differently.
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'admin' && query.queryKey[0] !== 'me',
      });
    },
  });
}
