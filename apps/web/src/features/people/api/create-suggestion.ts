import type { CreateSuggestionBody, Suggestion } from '@nk/shared';
import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** "This is wrong": the report goes to the stewards of the organisation that owns the entry. */
export function createSuggestion(body: CreateSuggestionBody): Promise<Suggestion> {
  return apiFetch<Suggestion>('/suggestions', { method: 'POST', body });
}

export function useCreateSuggestion() {
  return useMutation({ mutationFn: createSuggestion });
}
