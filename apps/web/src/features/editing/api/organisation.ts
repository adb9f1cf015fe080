import type {
  CreateOrganisationBody,
  CreateOrganisationLinkBody,
  Organisation,
  OrganisationDetail,
  OrganisationLink,
  UpdateOrganisationBody,
} from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetchVersioned, type Versioned } from '../../../lib/api-client';

const organisationPath = (id: string) => `/organisations/${encodeURIComponent(id)}`;

/** The form's copy with its ETag; see `personForEditQueryOptions` for why it is never cached. */
export const organisationForEditQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['editing', 'organisation', id] as const,
    queryFn: ({ signal }) =>
      apiFetchVersioned<OrganisationDetail>(organisationPath(id), { signal }),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });

export function useOrganisationForEdit(id: string | null) {
  return useQuery({ ...organisationForEditQueryOptions(id ?? ''), enabled: Boolean(id) });
}

export function createOrganisation(body: CreateOrganisationBody): Promise<Versioned<Organisation>> {
  return apiFetchVersioned<Organisation>('/organisations', { method: 'POST', body });
}

export function updateOrganisation(
  id: string,
  body: UpdateOrganisationBody,
  etag: string,
): Promise<Versioned<Organisation>> {
  return apiFetchVersioned<Organisation>(organisationPath(id), {
    method: 'PATCH',
    body,
    ifMatch: etag,
  });
}

/** Links the organisation to another: its catchment (`serves`) or a partnership. */
export async function addOrganisationLink(
  organisationId: string,
  body: CreateOrganisationLinkBody,
): Promise<Versioned<OrganisationLink>> {
  return apiFetchVersioned<OrganisationLink>(`${organisationPath(organisationId)}/links`, {
    method: 'POST',
    body,
  });
}

/** Removes a link for real; the audit log keeps what it was. */
export async function removeOrganisationLink(
  organisationId: string,
  linkId: string,
): Promise<void> {
  await apiFetchVersioned<null>(
    `${organisationPath(organisationId)}/links/${encodeURIComponent(linkId)}`,
    { method: 'DELETE' },
  );
}
