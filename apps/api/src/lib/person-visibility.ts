import type { Access } from './access';

export interface ContactFields {
  organisationId: string;
  phone: string | null;
  mobile: string | null;
  phoneVisibility: 'network' | 'organisation';
  mobileVisibility: 'network' | 'organisation';
  protected: boolean;
}

/** People with a protected identity (skyddad identitet) are visible to admins only. */
export function canSeePerson(access: Access, person: Pick<ContactFields, 'protected'>): boolean {
  return !person.protected || access.isAdmin;
}

/** The phone numbers the caller may see; restricted ones come back as null. */
export function visibleNumbers(access: Access, person: ContactFields) {
  const inside = access.isAdmin || access.inside.has(person.organisationId);
  return {
    phone: person.phoneVisibility === 'network' || inside ? person.phone : null,
    mobile: person.mobileVisibility === 'network' || inside ? person.mobile : null,
  };
}

/**
 * What the caller is shown of these people, as a key: two callers with the same key see the same
 * of each of them, so an answer made for one may be given to the other. Only admins see protected
 * people, and a restricted number shows only to those inside its holder's organisation.
 */
export function visibilityKey(access: Access, people: Iterable<ContactFields>): string {
  if (access.isAdmin) return 'admin';
  const insideOf = new Set<string>();
  for (const person of people) {
    const restricted =
      person.phoneVisibility !== 'network' || person.mobileVisibility !== 'network';
    if (restricted && access.inside.has(person.organisationId)) insideOf.add(person.organisationId);
  }
  return `inside ${[...insideOf].sort().join(' ')}`;
}
