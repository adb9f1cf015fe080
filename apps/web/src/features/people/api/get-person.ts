import type { PersonDetail } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiBase } from '../../../config/app';
import { apiFetch } from '../../../lib/api-client';

/**
 * A person's profile as of `asOf` (`YYYY-MM-DD`) or today: current posts, history, upcoming
 * posts, networks and topics, with contact fields as the caller may see them.
 */
export function getPerson(id: string, asOf?: string, signal?: AbortSignal): Promise<PersonDetail> {
  return apiFetch<PersonDetail>(`/people/${encodeURIComponent(id)}`, { query: { asOf }, signal });
}

export const personQueryOptions = (id: string, asOf?: string) =>
  queryOptions({
    queryKey: ['people', 'detail', id, asOf ?? null] as const,
    queryFn: ({ signal }) => getPerson(id, asOf, signal),
  });

export function usePerson(id: string, asOf?: string) {
  return useQuery(personQueryOptions(id, asOf));
}

/** The person as a vCard 4.0 file, for "add to contacts" on a phone or in Outlook. */
export function personVcardHref(id: string): string {
  return `${apiBase}/people/${encodeURIComponent(id)}/vcard`;
}
