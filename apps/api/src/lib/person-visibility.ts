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
