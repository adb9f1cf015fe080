import { affiliationKindCoding, organizationRoleSystem, uuidIdentifier } from '../code-systems';
import type { AffiliationRow } from '../repository';
import type { OrganizationAffiliation } from '../types';

/**
 * A catchment or partner link, or a network membership, as an OrganizationAffiliation. Networks
 * are not organisations in the directory, so a membership names its network by identifier
 * (a logical reference) and carries the core `member` role next to ours.
 */
export function toOrganizationAffiliation(
  base: string,
  row: AffiliationRow,
): OrganizationAffiliation {
  const period = {
    ...(row.valid_from ? { start: row.valid_from } : {}),
    ...(row.valid_to ? { end: row.valid_to } : {}),
  };
  return {
    resourceType: 'OrganizationAffiliation',
    id: row.id,
    meta: {
      ...(row.version !== null ? { versionId: String(row.version) } : {}),
      lastUpdated: new Date(row.last_updated).toISOString(),
    },
    active: row.active,
    ...(Object.keys(period).length > 0 ? { period } : {}),
    ...(row.primary_id
      ? {
          organization: {
            reference: `Organization/${row.primary_id}`,
            ...(row.primary_name ? { display: row.primary_name } : {}),
          },
        }
      : {}),
    participatingOrganization: {
      reference: `Organization/${row.participating_id}`,
      display: row.participating_name,
    },
    ...(row.network_id
      ? {
          network: [
            {
              identifier: uuidIdentifier(row.network_id),
              ...(row.network_name ? { display: row.network_name } : {}),
            },
          ],
        }
      : {}),
    code: [
      {
        coding: [
          affiliationKindCoding(base, row.kind),
          ...(row.kind === 'network-member'
            ? [{ system: organizationRoleSystem, code: 'member', display: 'Member' }]
            : []),
        ],
      },
    ],
  };
}
