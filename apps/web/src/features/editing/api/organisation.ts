import type {
  CreateOrganisationBody,
  Organisation,
  OrganisationDetail,
  UpdateOrganisationBody,
} from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { editingRequest, type Versioned } from './editing-request';

const organisationPath = (id: string) => `/organisations/${encodeURIComponent(id)}`;

/** The form's copy with its ETag; see `personForEditQueryOptions` for why it is never cached. */
export const organisationForEditQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['editing', 'organisation', id] as const,
    queryFn: ({ signal }) => editingRequest<OrganisationDetail>(organisationPath(id), { signal }),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });

export function useOrganisationForEdit(id: string | null) {
  return useQuery({ ...organisationForEditQueryOptions(id ?? ''), enabled: Boolean(id) });
}

export function createOrganisation(body: CreateOrganisationBody): Promise<Versioned<Organisation>> {
  return editingRequest<Organisation>('/organisations', { method: 'POST', body });
}

export function updateOrganisation(
  id: string,
  body: UpdateOrganisationBody,
  etag: string,
): Promise<Versioned<Organisation>> {
  return editingRequest<Organisation>(organisationPath(id), {
    method: 'PATCH',
    body,
    ifMatch: etag,
  });
}
