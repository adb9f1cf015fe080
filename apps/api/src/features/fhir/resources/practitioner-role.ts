import type { Access } from '../../../lib/access';
import {
  type AssignmentKindCode,
  assignmentKindCoding,
  codeSystemUrl,
  uuidIdentifier,
} from '../code-systems';
import type { ContactPoint, PractitionerRole } from '../types';
import { personTelecom } from './practitioner';

export interface AssignmentRow {
  id: string;
  kind: AssignmentKindCode;
  valid_from: string;
  valid_to: string | null;
  person_id: string;
  post_title: string | null;
  functional_email: string | null;
  functional_phone: string | null;
  organisation_id: string;
  organisation_name: string;
  role_key: string;
  role_name_sv: string;
  given_name: string;
  family_name: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  phone_visibility: 'network' | 'organisation';
  mobile_visibility: 'network' | 'organisation';
  person_organisation_id: string;
  protected: boolean;
  active: boolean;
  last_updated: Date | string;
}

/**
 * One assignment as a PractitionerRole: who, where, which role and how (holder, interim,
 * deputy), for which period. Telecom lists the post's functional mailbox and phone first (they
 * outlive the holder), then the holder's own work contacts as the caller may see them.
 */
export function toPractitionerRole(
  base: string,
  access: Access,
  row: AssignmentRow,
): PractitionerRole {
  const functional: ContactPoint[] = [
    ...(row.functional_phone
      ? [{ system: 'phone' as const, value: row.functional_phone, use: 'work' as const, rank: 1 }]
      : []),
    ...(row.functional_email
      ? [{ system: 'email' as const, value: row.functional_email, use: 'work' as const, rank: 1 }]
      : []),
  ];
  const telecom = [
    ...functional,
    ...personTelecom(access, { ...row, organisation_id: row.person_organisation_id }),
  ];
  return {
    resourceType: 'PractitionerRole',
    id: row.id,
    meta: { lastUpdated: new Date(row.last_updated).toISOString() },
    identifier: [{ use: 'official', ...uuidIdentifier(row.id) }],
    active: row.active,
    period: { start: row.valid_from, ...(row.valid_to ? { end: row.valid_to } : {}) },
    practitioner: {
      reference: `Practitioner/${row.person_id}`,
      display: `${row.given_name} ${row.family_name}`,
    },
    organization: {
      reference: `Organization/${row.organisation_id}`,
      display: row.organisation_name,
    },
    code: [
      {
        coding: [
          { system: codeSystemUrl(base, 'roles'), code: row.role_key, display: row.role_name_sv },
        ],
        text: row.post_title ?? row.role_name_sv,
      },
      { coding: [assignmentKindCoding(base, row.kind)] },
    ],
    ...(telecom.length > 0 ? { telecom } : {}),
  };
}
