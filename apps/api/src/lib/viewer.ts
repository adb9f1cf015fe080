import type { DB } from '@nk/db';
import { type Kysely, sql } from 'kysely';
import type { AuthUser } from '../plugins/auth';

/**
 * What the caller may see of people: admins see everything; stewards (editors) see restricted
 * contact fields of people employed in their scope; everyone sees them within their own employer.
 */
export interface Viewer {
  user: AuthUser;
  /** Organisations whose restricted fields the viewer may read. */
  insideOrganisations: ReadonlySet<string>;
}

export async function loadViewer(db: Kysely<DB>, user: AuthUser): Promise<Viewer> {
  if (user.role === 'admin') return { user, insideOrganisations: new Set() };
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE inside AS (
      SELECT organisation_id AS id FROM user_scopes WHERE user_id = ${user.id}
      UNION
      SELECT organisation_id FROM people WHERE id = ${user.personId}
      UNION
      SELECT o.id FROM organisations o JOIN inside i ON o.parent_id = i.id
    )
    SELECT id FROM inside`.execute(db);
  return { user, insideOrganisations: new Set(rows.rows.map((r) => r.id)) };
}

export interface ContactFields {
  organisationId: string;
  phone: string | null;
  mobile: string | null;
  phoneVisibility: 'network' | 'organisation';
  mobileVisibility: 'network' | 'organisation';
  protected: boolean;
}

export function canSeePerson(viewer: Viewer, person: Pick<ContactFields, 'protected'>): boolean {
  return !person.protected || viewer.user.role === 'admin';
}

/** The phone numbers the viewer may see; the others come back as null. */
export function visibleNumbers(viewer: Viewer, person: ContactFields) {
  const inside =
    viewer.user.role === 'admin' || viewer.insideOrganisations.has(person.organisationId);
  return {
    phone: person.phoneVisibility === 'network' || inside ? person.phone : null,
    mobile: person.mobileVisibility === 'network' || inside ? person.mobile : null,
  };
}
