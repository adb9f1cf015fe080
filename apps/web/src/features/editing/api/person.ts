import type { CreatePersonBody, Person, PersonDetail, UpdatePersonBody } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetchVersioned, type Versioned } from '../../../lib/api-client';

const personPath = (id: string) => `/people/${encodeURIComponent(id)}`;

/**
 * A form's copy of the person with its ETag. Never served from an old cache and never fetched
 * again behind the form's back: the form compares against exactly what it read.
 */
export const personForEditQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['editing', 'person', id] as const,
    queryFn: ({ signal }) => apiFetchVersioned<PersonDetail>(personPath(id), { signal }),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });

export function usePersonForEdit(id: string | null) {
  return useQuery({ ...personForEditQueryOptions(id ?? ''), enabled: Boolean(id) });
}

export function createPerson(body: CreatePersonBody): Promise<Versioned<Person>> {
  return apiFetchVersioned<Person>('/people', { method: 'POST', body });
}

/** Sends only the changed fields, with the ETag they were read at. */
export function updatePerson(
  id: string,
  body: UpdatePersonBody,
  etag: string,
): Promise<Versioned<Person>> {
  return apiFetchVersioned<Person>(personPath(id), { method: 'PATCH', body, ifMatch: etag });
}
