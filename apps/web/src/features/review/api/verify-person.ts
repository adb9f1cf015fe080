import type { Person } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { reviewKey } from './get-review-queue';

/** "Still correct": confirms the entry as it stands, in one click (no version needed). */
export function verifyPerson(id: string): Promise<Person> {
  return apiFetch<Person>(`/people/${encodeURIComponent(id)}/verify`, { method: 'POST', body: {} });
}

export function useVerifyPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyPerson,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewKey }),
        queryClient.invalidateQueries({ queryKey: ['people'] }),
      ]);
    },
  });
}
