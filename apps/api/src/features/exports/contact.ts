import type { AssignmentKind, Person } from '@nk/shared';

/** A post the person holds on the export's date, as a contact card describes it. */
export interface ContactPost {
  kind: AssignmentKind;
  roleName: string;
  organisationName: string;
  networkName: string | null;
  validFrom: string;
  validTo: string | null;
}

/** One person as the caller may see them (restricted numbers already null), with their posts. */
export interface ContactCard {
  person: Person;
  posts: ContactPost[];
}
