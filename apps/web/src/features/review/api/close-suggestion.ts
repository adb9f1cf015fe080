import type { CloseSuggestionBody, Suggestion } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { reviewKey } from './get-review-queue';

export type CloseAction = 'resolve' | 'dismiss';

export interface CloseSuggestionRequest {
  id: string;
  action: CloseAction;
  /** To the reporter and the other stewards; left out when blank. */
  note?: string;
}

/** Resolves ("corrected") or dismisses ("nothing to change") an open "this is wrong" report. */
export function closeSuggestion({ id, action, note }: CloseSuggestionRequest): Promise<Suggestion> {
  const body: CloseSuggestionBody = note?.trim() ? { note: note.trim() } : {};
  return apiFetch<Suggestion>(`/suggestions/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body,
  });
}

export function useCloseSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeSuggestion,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewKey }),
        // The administration's home counts open reports under its own key.
        queryClient.invalidateQueries({ queryKey: ['admin', 'suggestions'] }),
      ]);
    },
  });
}
