/**
 * The slice of FHIR R4 datatypes the facade emits. Only what we fill in is declared, so a typo
 * in a field name is a compile error rather than an "unexpected property" in a client.
 */

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface CodeableConcept {
  coding: Coding[];
  text?: string;
}

export interface Identifier {
  use?: 'official' | 'secondary';
  system: string;
  value: string;
}

export interface ContactPoint {
  system: 'phone' | 'email' | 'url';
  value: string;
  use?: 'work' | 'mobile';
  rank?: number;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Reference {
  reference?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Meta {
  versionId?: string;
  lastUpdated?: string;
}

export interface Address {
  use: 'work';
  line?: string[];
  postalCode?: string;
  city?: string;
  country: string;
}

export interface Organization {
  resourceType: 'Organization';
  id: string;
  meta: Meta;
  identifier: Identifier[];
  active: boolean;
  type: CodeableConcept[];
  name: string;
  alias?: string[];
  telecom?: ContactPoint[];
  address?: Address[];
  partOf?: Reference;
}

export interface HumanName {
  use: 'official';
  text: string;
  family: string;
  given: string[];
}

export interface Practitioner {
  resourceType: 'Practitioner';
  id: string;
  meta: Meta;
  identifier: Identifier[];
  active: boolean;
  name: HumanName[];
  telecom?: ContactPoint[];
  communication?: CodeableConcept[];
}

export interface PractitionerRole {
  resourceType: 'PractitionerRole';
  id: string;
  meta: Meta;
  identifier: Identifier[];
  active: boolean;
  period: Period;
  practitioner: Reference;
  organization: Reference;
  code: CodeableConcept[];
  telecom?: ContactPoint[];
}

export interface OrganizationAffiliation {
  resourceType: 'OrganizationAffiliation';
  id: string;
  meta: Meta;
  active: boolean;
  period?: Period;
  organization?: Reference;
  participatingOrganization: Reference;
  network?: Reference[];
  code: CodeableConcept[];
}

export interface CodeSystemConcept {
  code: string;
  display: string;
  definition?: string;
  designation?: { language: string; value: string }[];
  property?: { code: string; valueBoolean: boolean }[];
}

export interface CodeSystem {
  resourceType: 'CodeSystem';
  id: string;
  meta?: Meta;
  url: string;
  name: string;
  title: string;
  status: 'active';
  experimental: false;
  publisher: string;
  description: string;
  caseSensitive: true;
  content: 'complete';
  count: number;
  property?: { code: string; uri: string; description: string; type: 'boolean' }[];
  concept: CodeSystemConcept[];
}

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: {
    severity: 'fatal' | 'error' | 'warning' | 'information';
    code: string;
    diagnostics: string;
    expression?: string[];
  }[];
}

export type Resource =
  | Organization
  | Practitioner
  | PractitionerRole
  | OrganizationAffiliation
  | CodeSystem;

export interface BundleEntry {
  fullUrl: string;
  resource: Resource;
  search: { mode: 'match' | 'include' };
}

export interface Bundle {
  resourceType: 'Bundle';
  id: string;
  meta: Meta;
  type: 'searchset';
  total?: number;
  link: { relation: 'self' | 'next'; url: string }[];
  entry: BundleEntry[];
}
