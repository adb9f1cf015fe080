import { badRequest, notSupported } from './operation-outcome';

/** The resource types the facade serves. */
export const resourceTypes = [
  'Organization',
  'Practitioner',
  'PractitionerRole',
  'OrganizationAffiliation',
  'CodeSystem',
] as const;
export type ResourceType = (typeof resourceTypes)[number];

/** How a parameter's value is read; `type` is what the CapabilityStatement calls it. */
type ParseAs = 'id' | 'string' | 'token' | 'reference' | 'date' | 'boolean' | 'uri';

export interface ParamDefinition {
  name: string;
  type: 'token' | 'string' | 'reference' | 'date' | 'uri';
  parseAs: ParseAs;
  /** Standard definition, for the CapabilityStatement. */
  definition?: string;
  documentation: string;
  /** The referenced type, for reference parameters. */
  target?: 'Organization' | 'Practitioner';
}

const idParam: ParamDefinition = {
  name: '_id',
  type: 'token',
  parseAs: 'id',
  definition: 'http://hl7.org/fhir/SearchParameter/Resource-id',
  documentation: 'Logical id; several ids separated by commas.',
};

const lastUpdatedParam: ParamDefinition = {
  name: '_lastUpdated',
  type: 'date',
  parseAs: 'date',
  definition: 'http://hl7.org/fhir/SearchParameter/Resource-lastUpdated',
  documentation:
    'When the resource last changed; prefixes eq (default), gt, ge, lt, le; repeat the ' +
    'parameter for a range. Dates without a time zone are read as UTC.',
};

const activeParam = (documentation: string, definition: string): ParamDefinition => ({
  name: 'active',
  type: 'token',
  parseAs: 'boolean',
  definition,
  documentation,
});

const organizationRef = (
  name: string,
  documentation: string,
  definition: string,
): ParamDefinition => ({
  name,
  type: 'reference',
  parseAs: 'reference',
  target: 'Organization',
  definition,
  documentation,
});

const nameDocumentation =
  'Diacritic- and case-insensitive: by default any word of the name starts with the value ' +
  '(sjoqvist finds Sjöqvist); :contains matches anywhere; :exact matches the whole name ' +
  'exactly as written.';

/** Every search parameter the facade supports, per resource type: nothing else is accepted. */
export const searchParameters: Record<ResourceType, readonly ParamDefinition[]> = {
  Organization: [
    idParam,
    lastUpdatedParam,
    {
      name: 'name',
      type: 'string',
      parseAs: 'string',
      definition: 'http://hl7.org/fhir/SearchParameter/Organization-name',
      documentation: `Name or short name. ${nameDocumentation}`,
    },
    {
      name: 'identifier',
      type: 'token',
      parseAs: 'token',
      definition: 'http://hl7.org/fhir/SearchParameter/Organization-identifier',
      documentation:
        'system|value or value: the id as urn:ietf:rfc:3986|urn:uuid:<id>, the SCB municipality ' +
        'code or the HSA id (urn:oid:1.2.752.29.4.19).',
    },
    organizationRef(
      'partof',
      'The direct parent organisation.',
      'http://hl7.org/fhir/SearchParameter/Organization-partof',
    ),
    {
      name: 'type',
      type: 'token',
      parseAs: 'token',
      definition: 'http://hl7.org/fhir/SearchParameter/Organization-type',
      documentation: 'The kind of organisation, a code of CodeSystem/organisation-kinds.',
    },
    activeParam(
      'false for archived organisations.',
      'http://hl7.org/fhir/SearchParameter/Organization-active',
    ),
  ],
  Practitioner: [
    idParam,
    lastUpdatedParam,
    {
      name: 'name',
      type: 'string',
      parseAs: 'string',
      definition: 'http://hl7.org/fhir/SearchParameter/Practitioner-name',
      documentation: `Given and family name. ${nameDocumentation}`,
    },
    {
      name: 'identifier',
      type: 'token',
      parseAs: 'token',
      definition: 'http://hl7.org/fhir/SearchParameter/Practitioner-identifier',
      documentation:
        'system|value or value: the id as urn:ietf:rfc:3986|urn:uuid:<id> or the HSA id ' +
        '(urn:oid:1.2.752.29.4.19).',
    },
    activeParam(
      'false for archived people.',
      'http://hl7.org/fhir/SearchParameter/Practitioner-active',
    ),
  ],
  PractitionerRole: [
    idParam,
    lastUpdatedParam,
    {
      name: 'practitioner',
      type: 'reference',
      parseAs: 'reference',
      target: 'Practitioner',
      definition: 'http://hl7.org/fhir/SearchParameter/PractitionerRole-practitioner',
      documentation: 'The person holding the post.',
    },
    organizationRef(
      'organization',
      "The post's organisation.",
      'http://hl7.org/fhir/SearchParameter/PractitionerRole-organization',
    ),
    {
      name: 'role',
      type: 'token',
      parseAs: 'token',
      definition: 'http://hl7.org/fhir/SearchParameter/PractitionerRole-role',
      documentation: 'The role of the post, a code of CodeSystem/roles (the role key).',
    },
    activeParam(
      'true while the assignment runs today (Swedish time) and the post is not archived.',
      'http://hl7.org/fhir/SearchParameter/PractitionerRole-active',
    ),
  ],
  OrganizationAffiliation: [
    idParam,
    lastUpdatedParam,
    organizationRef(
      'primary-organization',
      'The serving organisation of a catchment link, or the first of a partnership.',
      'http://hl7.org/fhir/SearchParameter/OrganizationAffiliation-primary-organization',
    ),
    organizationRef(
      'participating-organization',
      'The served or partner organisation, or the member of a network.',
      'http://hl7.org/fhir/SearchParameter/OrganizationAffiliation-participating-organization',
    ),
    {
      name: 'role',
      type: 'token',
      parseAs: 'token',
      definition: 'http://hl7.org/fhir/SearchParameter/OrganizationAffiliation-role',
      documentation: 'serves, partner or network-member (CodeSystem/affiliation-kinds).',
    },
    activeParam(
      'true while the period includes today and nothing involved is archived.',
      'http://hl7.org/fhir/SearchParameter/OrganizationAffiliation-active',
    ),
  ],
  CodeSystem: [
    idParam,
    {
      name: 'url',
      type: 'uri',
      parseAs: 'uri',
      definition: 'http://hl7.org/fhir/SearchParameter/conformance-url',
      documentation: 'The canonical URL of the code system.',
    },
  ],
};

/** `_include` values per resource type (`Source:param`). */
export const includeValues: Record<ResourceType, readonly string[]> = {
  Organization: [],
  Practitioner: [],
  PractitionerRole: ['PractitionerRole:practitioner', 'PractitionerRole:organization'],
  OrganizationAffiliation: [
    'OrganizationAffiliation:primary-organization',
    'OrganizationAffiliation:participating-organization',
  ],
  CodeSystem: [],
};

export const defaultCount = 20;
export const maxCount = 100;
/** The opaque paging parameter of `next` links. */
export const cursorParam = '_cursor';

export interface Token {
  /** undefined: any system; null: no system (`|code`). */
  system: string | null | undefined;
  code: string;
}

export type DatePrefix = 'eq' | 'gt' | 'ge' | 'lt' | 'le';

export type Criterion =
  | { kind: 'id'; ids: string[] }
  | { kind: 'string'; modifier: 'starts' | 'contains' | 'exact'; values: string[] }
  | { kind: 'token'; values: Token[] }
  | { kind: 'reference'; ids: string[] }
  | { kind: 'date'; prefix: DatePrefix; start: Date; end: Date }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'uri'; values: string[] };

export interface ParsedSearch {
  /** Per parameter, one criterion per occurrence: occurrences AND, values inside one OR. */
  criteria: Map<string, Criterion[]>;
  count: number;
  includes: string[];
  cursor?: string;
}

/** The criteria given for a parameter, typed by how it is read. */
export function criteriaOf<K extends Criterion['kind']>(
  search: ParsedSearch,
  name: string,
  kind: K,
): Extract<Criterion, { kind: K }>[] {
  return (search.criteria.get(name) ?? []).filter(
    (c): c is Extract<Criterion, { kind: K }> => c.kind === kind,
  );
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => uuid.test(value);

/** Splits on a separator not escaped with a backslash, and unescapes (FHIR search escaping). */
function splitEscaped(value: string, separator: ',' | '|'): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    if (char === '\\' && i + 1 < value.length) {
      const next = value[i + 1] as string;
      // Keep escapes of the other separator for the next split.
      current += next === separator ? next : char + next;
      i++;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

const unescapeValue = (value: string) => value.replace(/\\([\\,|$])/g, '$1');

function parseToken(raw: string): Token {
  const parts = splitEscaped(raw, '|');
  if (parts.length === 1) return { system: undefined, code: unescapeValue(parts[0] as string) };
  if (parts.length !== 2) throw badRequest(`"${raw}" is not a token: use system|code or code.`);
  const [system, code] = parts as [string, string];
  return { system: system === '' ? null : unescapeValue(system), code: unescapeValue(code) };
}

/** `Organization/<id>`, a full URL ending so, or a bare id; ids that are not ours match nothing. */
function parseReference(raw: string, target: string): string | null {
  const match = new RegExp(`^(?:.*/)?${target}/([^/]+?)(?:/_history/[^/]+)?$`).exec(raw);
  const id = match ? (match[1] as string) : raw.includes('/') ? null : raw;
  if (id === null) {
    throw badRequest(`"${raw}" does not refer to a ${target}.`);
  }
  return isUuid(id) ? id.toLowerCase() : null;
}

const datePattern =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Midnight UTC of a day; months and days past their end roll over (Date.UTC reads 0050 as 1950). */
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** A FHIR date or dateTime as the half-open interval [start, end) its precision covers. */
export function parseDateInterval(raw: string): { start: Date; end: Date } {
  // An unencoded `+02:00` arrives as ` 02:00` (form decoding); read it as meant.
  const m = datePattern.exec(raw.replace(/ (\d{2}:\d{2})$/, '+$1'));
  if (!m) throw badRequest(`"${raw}" is not a FHIR date or dateTime.`);
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const year = Number(y);
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  const check = utcDay(year, month, day);
  if (
    month < 1 ||
    month > 12 ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59))
  ) {
    throw badRequest(`"${raw}" is not a valid date.`);
  }
  if (h === undefined) {
    const start = utcDay(year, month, day);
    const end = utcDay(year + (mo ? 0 : 1), month + (mo && !d ? 1 : 0), day + (d ? 1 : 0));
    return { start, end };
  }
  const millis = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  const offset = !zone || zone === 'Z' ? 'Z' : zone;
  const text = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}.${String(millis).padStart(3, '0')}${offset}`;
  const start = new Date(text);
  const step = fraction ? 1 : s !== undefined ? 1000 : 60_000;
  return { start, end: new Date(start.getTime() + step) };
}

function parseDate(raw: string): Extract<Criterion, { kind: 'date' }> {
  const prefixMatch = /^(eq|ne|gt|ge|lt|le|sa|eb|ap)?(.*)$/.exec(raw);
  const prefix = (prefixMatch?.[1] ?? 'eq') as DatePrefix | 'ne' | 'sa' | 'eb' | 'ap';
  if (prefix === 'ne' || prefix === 'sa' || prefix === 'eb' || prefix === 'ap') {
    throw notSupported(`The date prefix "${prefix}" is not supported; use eq, gt, ge, lt or le.`);
  }
  return { kind: 'date', prefix, ...parseDateInterval(prefixMatch?.[2] ?? '') };
}

const formats = ['json', 'application/json', 'application/fhir+json'];

/**
 * Reads a search's query string strictly: a parameter, modifier or value this facade does not
 * understand is a 400 OperationOutcome rather than being silently ignored (which would return
 * more than the client asked for).
 */
export function parseSearch(
  type: ResourceType,
  query: Record<string, string | string[] | undefined>,
): ParsedSearch {
  const definitions = new Map(searchParameters[type].map((d) => [d.name, d]));
  const criteria = new Map<string, Criterion[]>();
  let count = defaultCount;
  const includes: string[] = [];
  let cursor: string | undefined;

  for (const [key, rawValue] of Object.entries(query)) {
    const values = (Array.isArray(rawValue) ? rawValue : [rawValue ?? '']).filter((v) => v !== '');
    const [name = '', modifier, ...rest] = key.split(':');
    if (values.length === 0 && !name.startsWith('_')) continue;

    if (name === '_count' && modifier === undefined) {
      if (values.length !== 1 || !/^\d+$/.test(values[0] as string) || Number(values[0]) < 1) {
        throw badRequest('_count must be one whole number of at least 1.', '_count');
      }
      count = Math.min(Number(values[0]), maxCount);
      continue;
    }
    if (name === '_include' && modifier === undefined) {
      for (const value of values) {
        const [source, param, target] = value.split(':');
        const known = includeValues[type].includes(`${source}:${param}`);
        if (!known) {
          throw notSupported(
            `_include=${value} is not supported on ${type}` +
              (includeValues[type].length > 0
                ? `; supported: ${includeValues[type].join(', ')}.`
                : '.'),
            '_include',
          );
        }
        const definition = definitions.get(param as string);
        if (target !== undefined && target !== definition?.target) {
          throw notSupported(`_include=${value}: ${param} refers to ${definition?.target}.`);
        }
        includes.push(`${source}:${param}`);
      }
      continue;
    }
    if (name === cursorParam && modifier === undefined) {
      if (values.length !== 1) throw badRequest(`${cursorParam} must be given once.`);
      cursor = values[0];
      continue;
    }
    if (name === '_format' && modifier === undefined) {
      if (!values.every((v) => formats.includes(v))) {
        throw notSupported('This server speaks JSON only (_format=json).', '_format');
      }
      continue;
    }

    const definition = definitions.get(name);
    if (!definition || rest.length > 0) {
      throw notSupported(
        `The search parameter "${key}" is not supported on ${type}; supported: ` +
          `${[...definitions.keys(), '_count', '_include', '_format'].join(', ')}.`,
        key,
      );
    }
    const list = criteria.get(name) ?? [];
    criteria.set(name, list);
    for (const value of values) list.push(parseCriterion(definition, modifier, value, key));
  }
  return { criteria, count, includes, cursor };
}

function parseCriterion(
  definition: ParamDefinition,
  modifier: string | undefined,
  value: string,
  key: string,
): Criterion {
  const refuseModifier = () =>
    notSupported(`The modifier :${modifier} is not supported on ${definition.name}.`, key);
  switch (definition.parseAs) {
    case 'string': {
      if (modifier !== undefined && modifier !== 'contains' && modifier !== 'exact') {
        throw refuseModifier();
      }
      return {
        kind: 'string',
        modifier: modifier === 'contains' ? 'contains' : modifier === 'exact' ? 'exact' : 'starts',
        values: splitEscaped(value, ',').map(unescapeValue),
      };
    }
    case 'token': {
      if (modifier !== undefined) throw refuseModifier();
      return { kind: 'token', values: splitEscaped(value, ',').map(parseToken) };
    }
    case 'id': {
      if (modifier !== undefined) throw refuseModifier();
      // Which ids can exist depends on the resource type; the service drops the others.
      return {
        kind: 'id',
        ids: splitEscaped(value, ',').map((id) => unescapeValue(id).toLowerCase()),
      };
    }
    case 'reference': {
      const target = definition.target as string;
      if (modifier !== undefined && modifier !== target) throw refuseModifier();
      const ids = splitEscaped(value, ',').map((v) => parseReference(unescapeValue(v), target));
      return { kind: 'reference', ids: ids.filter((id): id is string => id !== null) };
    }
    case 'date': {
      if (modifier !== undefined) throw refuseModifier();
      if (splitEscaped(value, ',').length > 1) {
        throw notSupported(`${key}: give one date per parameter; repeat it for a range.`, key);
      }
      return parseDate(value);
    }
    case 'boolean': {
      if (modifier !== undefined) throw refuseModifier();
      if (value !== 'true' && value !== 'false') {
        throw badRequest(`${key} must be true or false.`, key);
      }
      return { kind: 'boolean', value: value === 'true' };
    }
    case 'uri': {
      if (modifier !== undefined) throw refuseModifier();
      return { kind: 'uri', values: splitEscaped(value, ',').map(unescapeValue) };
    }
  }
}
