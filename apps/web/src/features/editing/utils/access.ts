import type { Me } from '@nk/shared';

/** Editors (stewards of their organisations) and administrators change the directory. */
export const canEdit = (me: Me): boolean => me.role === 'admin' || me.role === 'editor';

/**
 * Whether the user may change what belongs to this organisation, as the API decides: an admin
 * anything, an editor what is in the scope (`scope` already holds the organisations below).
 */
export function canWriteOrganisation(me: Me, organisationId: string | null | undefined): boolean {
  if (me.role === 'admin') return true;
  return me.role === 'editor' && Boolean(organisationId) && me.scope.includes(organisationId ?? '');
}

/**
 * Roles, networks and topics belong to no organisation: the whole network shares them, so only
 * administrators change them (the API's `adminOnly`).
 */
export const canEditCatalogue = (me: Me): boolean => me.role === 'admin';
