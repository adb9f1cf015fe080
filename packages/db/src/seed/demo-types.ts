import type {
  AssignmentKindValue,
  OrganisationKindValue,
  UserRoleValue,
  Visibility,
} from '../schema';

/**
 * The demo network as plain data. Entities refer to each other by `ref` (organisations, networks,
 * people, posts) or `key` (roles, topics); the seeder turns refs into generated ids.
 */
export interface DemoOrganisation {
  ref: string;
  name: string;
  shortName?: string;
  kind: OrganisationKindValue;
  parent?: string;
  municipalityCode?: string;
  hsaId?: string;
  email?: string;
  phone?: string;
  website?: string;
  streetAddress?: string;
  postalCode?: string;
  city?: string;
  description?: string;
}

export interface DemoOrganisationLink {
  kind: 'serves' | 'partner';
  from: string;
  to: string;
}

export interface DemoTopic {
  key: string;
  kind: 'focus_area' | 'national_mission' | 'other';
  nameSv: string;
  nameEn: string;
  descriptionSv: string;
  descriptionEn: string;
}

export interface DemoRole {
  key: string;
  nameSv: string;
  nameEn: string;
  descriptionSv: string;
  descriptionEn: string;
  synonyms: string[];
}

export interface DemoRoleCounterpart {
  a: string;
  b: string;
  descriptionSv: string;
  descriptionEn: string;
}

export interface DemoNetwork {
  ref: string;
  name: string;
  shortName?: string;
  kind: 'network' | 'programme_area' | 'project' | 'forum';
  parent?: string;
  description: string;
  topics: string[];
  organisations: string[];
}

export interface DemoPerson {
  ref: string;
  organisation: string;
  givenName: string;
  familyName: string;
  title: string;
  email: string;
  phone?: string;
  mobile?: string;
  phoneVisibility?: Visibility;
  mobileVisibility?: Visibility;
  bio?: string;
  languages?: string[];
  topics?: string[];
  /** ISO date; people verified long ago feed the review queue. */
  lastVerifiedAt?: string;
}

export interface DemoPost {
  ref: string;
  role: string;
  organisation: string;
  network?: string;
  title?: string;
  functionalEmail?: string;
  functionalPhone?: string;
  required?: boolean;
}

export interface DemoAssignment {
  post: string;
  person: string;
  kind?: AssignmentKindValue;
  validFrom: string;
  validTo?: string;
}

export interface DemoUser {
  email: string;
  displayName: string;
  role: UserRoleValue;
  scope?: string[];
  person?: string;
}

export interface DemoNetworkData {
  organisations: DemoOrganisation[];
  organisationLinks: DemoOrganisationLink[];
  topics: DemoTopic[];
  roles: DemoRole[];
  roleCounterparts: DemoRoleCounterpart[];
  networks: DemoNetwork[];
  people: DemoPerson[];
  posts: DemoPost[];
  assignments: DemoAssignment[];
  users: DemoUser[];
}
