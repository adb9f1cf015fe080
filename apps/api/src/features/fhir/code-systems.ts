import type { OrganisationKindValue } from '@nk/db';
import type { Token } from './search-params';
import type { CodeSystem, CodeSystemConcept, Coding, Identifier } from './types';

/**
 * Systems and code systems of the facade. Our own canonical URLs live under the facade's base
 * URL (`https://host/fhir/r4`), so every code system is published at its canonical URL:
 * `GET <url>` answers with the CodeSystem. Clients that reach the server under another name
 * still match: our systems are recognised by their path.
 */
export const uuidSystem = 'urn:ietf:rfc:3986';
/** HSA-id, the Swedish national directory's identifier (HL7 Sweden base profiles). */
export const hsaSystem = 'urn:oid:1.2.752.29.4.19';
export const municipalityCodePath = 'sid/scb-municipality-code';
export const bcp47System = 'urn:ietf:bcp:47';
export const organizationRoleSystem = 'http://hl7.org/fhir/organization-role';

export type CodeSystemId =
  | 'roles'
  | 'organisation-kinds'
  | 'assignment-kinds'
  | 'affiliation-kinds';
export const codeSystemIds: readonly CodeSystemId[] = [
  'roles',
  'organisation-kinds',
  'assignment-kinds',
  'affiliation-kinds',
];

export const codeSystemUrl = (base: string, id: CodeSystemId) => `${base}/CodeSystem/${id}`;

/** True when `system` names our code system or naming system at `path` (any host). */
export function isOurSystem(system: string, path: string): boolean {
  return system === path || system.endsWith(`/fhir/r4/${path}`);
}

export const uuidIdentifier = (id: string): Identifier => ({
  system: uuidSystem,
  value: `urn:uuid:${id}`,
});

/** The uuid in an `urn:uuid:` identifier value (or a bare uuid), lower-cased. */
export function uuidFromIdentifier(value: string): string | null {
  const id = value.replace(/^urn:uuid:/i, '').toLowerCase();
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id) ? id : null;
}

interface StaticConcept {
  code: string;
  sv: string;
  en: string;
  definition: string;
}

const organisationKinds: Record<OrganisationKindValue, StaticConcept> = {
  region: { code: 'region', sv: 'Region', en: 'Region', definition: 'A county region.' },
  municipality: {
    code: 'municipality',
    sv: 'Kommun',
    en: 'Municipality',
    definition: 'A municipality (kommun), identified by its SCB code.',
  },
  hospital: { code: 'hospital', sv: 'Sjukhus', en: 'Hospital', definition: 'A hospital.' },
  division: {
    code: 'division',
    sv: 'Division',
    en: 'Division',
    definition: 'A division of a region.',
  },
  unit: { code: 'unit', sv: 'Enhet', en: 'Unit', definition: 'A unit within an organisation.' },
  primary_care: {
    code: 'primary_care',
    sv: 'Primärvård',
    en: 'Primary care',
    definition: 'A primary care provider (vårdcentral).',
  },
  research: {
    code: 'research',
    sv: 'Forskning och utveckling',
    en: 'Research and development',
    definition: 'A research and development organisation.',
  },
  civil_society: {
    code: 'civil_society',
    sv: 'Civilsamhälle',
    en: 'Civil society',
    definition: 'An association or other civil society organisation.',
  },
  other: { code: 'other', sv: 'Övrigt', en: 'Other', definition: 'Any other organisation.' },
};

export type AssignmentKindCode = 'holder' | 'interim' | 'deputy';
const assignmentKinds: Record<AssignmentKindCode, StaticConcept> = {
  holder: {
    code: 'holder',
    sv: 'Innehavare',
    en: 'Holder',
    definition: 'Holds the post.',
  },
  interim: {
    code: 'interim',
    sv: 'Tillförordnad',
    en: 'Interim',
    definition: 'Holds the post for the time being, while it has no holder or the holder is away.',
  },
  deputy: {
    code: 'deputy',
    sv: 'Ersättare',
    en: 'Deputy',
    definition: 'Stands in for the holder when needed.',
  },
};

export type AffiliationKindCode = 'serves' | 'partner' | 'network-member';
const affiliationKinds: Record<AffiliationKindCode, StaticConcept> = {
  serves: {
    code: 'serves',
    sv: 'Upptagningsområde',
    en: 'Serves (catchment)',
    definition:
      'The organization (a hospital) serves the participating organization (a municipality): ' +
      'its catchment.',
  },
  partner: {
    code: 'partner',
    sv: 'Samarbetspartner',
    en: 'Partner',
    definition: 'The two organisations work together as partners.',
  },
  'network-member': {
    code: 'network-member',
    sv: 'Deltar i nätverket',
    en: 'Network member',
    definition: 'The participating organization takes part in the network.',
  },
};

export const organisationKindCoding = (base: string, kind: OrganisationKindValue): Coding => ({
  system: codeSystemUrl(base, 'organisation-kinds'),
  code: kind,
  display: organisationKinds[kind].sv,
});

export const assignmentKindCoding = (base: string, kind: AssignmentKindCode): Coding => ({
  system: codeSystemUrl(base, 'assignment-kinds'),
  code: kind,
  display: assignmentKinds[kind].sv,
});

export const affiliationKindCoding = (base: string, kind: AffiliationKindCode): Coding => ({
  system: codeSystemUrl(base, 'affiliation-kinds'),
  code: kind,
  display: affiliationKinds[kind].sv,
});

export const isAffiliationKind = (code: string): code is AffiliationKindCode =>
  Object.hasOwn(affiliationKinds, code);
export const isOrganisationKind = (code: string): code is OrganisationKindValue =>
  Object.hasOwn(organisationKinds, code);

/**
 * The codes among `tokens` that belong to our code system `id` (a token without a system
 * matches any system, `|code` none of ours).
 */
export function codesIn(tokens: Token[], id: CodeSystemId): string[] {
  return tokens
    .filter(
      (t) =>
        t.system === undefined || (t.system !== null && isOurSystem(t.system, `CodeSystem/${id}`)),
    )
    .map((t) => t.code);
}

export interface RoleConceptRow {
  key: string;
  name_sv: string;
  name_en: string;
  description_sv: string | null;
  archived_at: Date | null;
  updated_at: Date;
}

const inactiveProperty = {
  code: 'inactive',
  uri: 'http://hl7.org/fhir/concept-properties#inactive',
  description: 'True for codes no longer in use (archived).',
  type: 'boolean' as const,
};

function staticConcepts(concepts: Record<string, StaticConcept>): CodeSystemConcept[] {
  return Object.values(concepts).map((c) => ({
    code: c.code,
    display: c.sv,
    definition: c.definition,
    designation: [{ language: 'en', value: c.en }],
  }));
}

const descriptions: Record<CodeSystemId, { name: string; title: string; description: string }> = {
  roles: {
    name: 'NatverkskatalogenRoles',
    title: 'Nätverkskatalogen: roller',
    description:
      "The role catalogue of the Nära vård network: the code is the role's key, the display " +
      'its Swedish name (English as a designation). Used in PractitionerRole.code.',
  },
  'organisation-kinds': {
    name: 'NatverkskatalogenOrganisationKinds',
    title: 'Nätverkskatalogen: organisationstyper',
    description: 'Kinds of organisation in the directory. Used in Organization.type.',
  },
  'assignment-kinds': {
    name: 'NatverkskatalogenAssignmentKinds',
    title: 'Nätverkskatalogen: uppdragstyper',
    description: 'How a person holds a post. Used in PractitionerRole.code next to the role.',
  },
  'affiliation-kinds': {
    name: 'NatverkskatalogenAffiliationKinds',
    title: 'Nätverkskatalogen: relationer mellan organisationer',
    description:
      'Catchment and partner links between organisations, and membership of a network. Used ' +
      'in OrganizationAffiliation.code.',
  },
};

/** One of our code systems as a CodeSystem resource; `roles` come from the catalogue. */
export function codeSystem(base: string, id: CodeSystemId, roles: RoleConceptRow[]): CodeSystem {
  const concept: CodeSystemConcept[] =
    id === 'roles'
      ? roles.map((r) => ({
          code: r.key,
          display: r.name_sv,
          ...(r.description_sv ? { definition: r.description_sv } : {}),
          designation: [{ language: 'en', value: r.name_en }],
          ...(r.archived_at ? { property: [{ code: 'inactive', valueBoolean: true }] } : {}),
        }))
      : staticConcepts(
          id === 'organisation-kinds'
            ? organisationKinds
            : id === 'assignment-kinds'
              ? assignmentKinds
              : affiliationKinds,
        );
  const lastUpdated =
    id === 'roles' && roles.length > 0
      ? new Date(Math.max(...roles.map((r) => r.updated_at.getTime()))).toISOString()
      : undefined;
  return {
    resourceType: 'CodeSystem',
    id,
    ...(lastUpdated ? { meta: { lastUpdated } } : {}),
    url: codeSystemUrl(base, id),
    ...descriptions[id],
    status: 'active',
    experimental: false,
    publisher: 'Nätverkskatalogen',
    caseSensitive: true,
    content: 'complete',
    count: concept.length,
    ...(id === 'roles' ? { property: [inactiveProperty] } : {}),
    concept,
  };
}
