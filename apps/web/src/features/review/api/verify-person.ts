import type { Person } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reviewKey } from './get-review-queue';
import { post } from './versioned-request';

/** "Still correct": confirms the entry as it stands, in one click (no version needed). */
export function verifyPerson(id: string): Promise<Person> {
  return post<Person>(`/people/${encodeURIComponent(id)}/verify`);
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
