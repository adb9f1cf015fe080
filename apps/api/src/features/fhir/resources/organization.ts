import type { findOrganisation } from '../../organisations/repository';
import {
  hsaSystem,
  municipalityCodePath,
  organisationKindCoding,
  uuidIdentifier,
} from '../code-systems';
import type { ContactPoint, Organization } from '../types';

export type OrganisationRow = NonNullable<Awaited<ReturnType<typeof findOrganisation>>>;

/** An organisation as a FHIR Organization: identifiers, kind, hierarchy and contact details. */
export function toOrganization(base: string, row: OrganisationRow): Organization {
  const telecom: ContactPoint[] = [
    ...(row.phone ? [{ system: 'phone' as const, value: row.phone, use: 'work' as const }] : []),
    ...(row.email ? [{ system: 'email' as const, value: row.email, use: 'work' as const }] : []),
    ...(row.website ? [{ system: 'url' as const, value: row.website, use: 'work' as const }] : []),
  ];
  const hasAddress = row.street_address || row.postal_code || row.city;
  return {
    resourceType: 'Organization',
    id: row.id,
    meta: { versionId: String(row.version), lastUpdated: row.updated_at.toISOString() },
    identifier: [
      { use: 'official', ...uuidIdentifier(row.id) },
      ...(row.municipality_code
        ? [{ system: `${base}/${municipalityCodePath}`, value: row.municipality_code }]
        : []),
      ...(row.hsa_id ? [{ system: hsaSystem, value: row.hsa_id }] : []),
    ],
    active: row.archived_at === null,
    type: [{ coding: [organisationKindCoding(base, row.kind)] }],
    name: row.name,
    ...(row.short_name ? { alias: [row.short_name] } : {}),
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(hasAddress
      ? {
          address: [
            {
              use: 'work' as const,
              ...(row.street_address ? { line: [row.street_address] } : {}),
              ...(row.postal_code ? { postalCode: row.postal_code } : {}),
              ...(row.city ? { city: row.city } : {}),
              country: 'SE',
            },
          ],
        }
      : {}),
    ...(row.parent_id ? { partOf: { reference: `Organization/${row.parent_id}` } } : {}),
  };
}
