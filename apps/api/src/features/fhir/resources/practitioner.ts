import type { Access } from '../../../lib/access';
import { visibleNumbers } from '../../../lib/person-visibility';
import { bcp47System, hsaSystem, uuidIdentifier } from '../code-systems';
import type { ContactPoint, Practitioner } from '../types';

/** The person columns the facade reads (the people repository's `personColumns`). */
export interface PersonRow {
  id: string;
  organisation_id: string;
  given_name: string;
  family_name: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  phone_visibility: 'network' | 'organisation';
  mobile_visibility: 'network' | 'organisation';
  languages: string[];
  hsa_id: string | null;
  protected: boolean;
  archived_at: Date | null;
  updated_at: Date;
  version: number;
}

/** The person's own contact points, numbers the caller may not see left out. */
export function personTelecom(
  access: Access,
  person: Pick<
    PersonRow,
    | 'organisation_id'
    | 'email'
    | 'phone'
    | 'mobile'
    | 'phone_visibility'
    | 'mobile_visibility'
    | 'protected'
  >,
): ContactPoint[] {
  const { phone, mobile } = visibleNumbers(access, {
    organisationId: person.organisation_id,
    phone: person.phone,
    mobile: person.mobile,
    phoneVisibility: person.phone_visibility,
    mobileVisibility: person.mobile_visibility,
    protected: person.protected,
  });
  return [
    ...(person.email
      ? [{ system: 'email' as const, value: person.email, use: 'work' as const }]
      : []),
    ...(phone ? [{ system: 'phone' as const, value: phone, use: 'work' as const }] : []),
    ...(mobile ? [{ system: 'phone' as const, value: mobile, use: 'mobile' as const }] : []),
  ];
}

/** A person as a FHIR Practitioner, as this caller may see them. */
export function toPractitioner(access: Access, row: PersonRow): Practitioner {
  const telecom = personTelecom(access, row);
  return {
    resourceType: 'Practitioner',
    id: row.id,
    meta: { versionId: String(row.version), lastUpdated: row.updated_at.toISOString() },
    identifier: [
      { use: 'official', ...uuidIdentifier(row.id) },
      ...(row.hsa_id ? [{ system: hsaSystem, value: row.hsa_id }] : []),
    ],
    active: row.archived_at === null,
    name: [
      {
        use: 'official',
        text: `${row.given_name} ${row.family_name}`,
        family: row.family_name,
        given: [row.given_name],
      },
    ],
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(row.languages.length > 0
      ? {
          communication: row.languages.map((language) => ({
            coding: [{ system: bcp47System, code: language }],
          })),
        }
      : {}),
  };
}
