import fc from 'fast-check';

/**
 * fast-check arbitraries derived from the JSON Schemas of an OpenAPI 3.1 document: mostly valid
 * values (so requests get past validation into the services and the database), mixed with
 * boundary and hostile ones. Real ids are drawn lazily from pools that grow while the fuzzer runs.
 */

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  additionalProperties?: boolean | JsonSchema;
}

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** As the document names it, e.g. `/api/v1/people/{id}`. */
  path: string;
  parameters: Parameter[];
  /** The JSON body schema, when the operation takes one. */
  body?: JsonSchema;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
}

/** Every path × method of the document, with its parameters and JSON body schema. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      ...(op.requestBody?.content['application/json']
        ? { body: op.requestBody.content['application/json'].schema }
        : {}),
    })),
  );
}

/** A real id chosen when the request is sent: the `pick`-th of the pool (modulo its size). */
export class IdRef {
  constructor(
    readonly pool: string,
    readonly pick: number,
  ) {}
}

/** Values joined into one string once resolved (a comma-separated id list). */
export class Joined {
  constructor(
    readonly parts: unknown[],
    readonly separator: string,
  ) {}
}

export type Pools = Record<string, string[]>;

/** A uuid that exists nowhere, the same for the same pick. */
export const unknownId = (pick: number) =>
  `00000000-0000-4000-8000-${(pick % 0xffffffffffff).toString(16).padStart(12, '0')}`;

/** Replaces every IdRef/Joined inside a generated value by the real value it stands for. */
export function resolveRefs(value: unknown, pools: Pools): unknown {
  if (value instanceof IdRef) {
    const pool =
      value.pool === 'any' ? Object.values(pools).flat() : (pools[value.pool] ?? ([] as string[]));
    return pool.length > 0 ? pool[value.pick % pool.length] : unknownId(value.pick);
  }
  if (value instanceof Joined) {
    return value.parts.map((p) => String(resolveRefs(p, pools))).join(value.separator);
  }
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, pools));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, pools)]));
  }
  return value;
}

export interface SchemaContext {
  /** The pool of real ids a uuid field or parameter of this name draws from (`any` if none). */
  poolFor(name: string): string;
  /** Real values for a string field the schema alone describes too loosely (role keys, codes). */
  known(name: string): readonly string[] | undefined;
  /** A generator of the caller's own for a field, used instead of the schema's (or undefined). */
  special?(name: string, schema: JsonSchema): fc.Arbitrary<unknown> | undefined;
}

const swedishWords = [
  'Anna',
  'Åsa Öberg',
  'Sjöqvist',
  'Närvårdskoordinator',
  'Kullbergska sjukhuset',
  'Vingåker',
  'Processledare',
  'Eskilstuna kommun',
  'Mälarsjukhuset',
  'Hälsofrämjande',
  'Ärende',
  'Gnesta',
  'Region Sörmland',
  'Nära vård',
];

/** Strings that have broken parsers, LIKE patterns, SQL and encodings elsewhere. */
export const hostileStrings = [
  '',
  ' ',
  '\t\n',
  '%',
  '_',
  '\\',
  '%_%',
  '\\%',
  "'",
  '"',
  '`',
  "O'Brien",
  "'; DROP TABLE people; --",
  "' OR '1'='1",
  '1) OR (1=1',
  '$1',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'a\udfffb',
  '\udc00\ud800',
  '💥🇸🇪',
  'Z\u0301\u0308\u0327',
  '\u202eevil',
  '\ufeffBOM',
  '<script>alert(1)</script>',
  '{{7*7}}',
  `$${'{'}7*7}`,
  '../../etc/passwd',
  '=HYPERLINK("http://x")',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  'true',
  '[]',
  '{}',
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '0000-00-00',
  '0001-01-01',
  '9999-12-31',
  '99999-01-01',
  '2024-1-1',
  '2024-02-30T25:61:00Z',
  '1969-12-31T23:59:59.999999999Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  'SE',
  'ÅÄÖ',
];

const hostileNonStrings: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -2147483649,
  2147483648,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  [],
  [null],
  {},
  { $ne: null },
  [1, 'a', null],
];

/** Wrong types, boundaries and injection attempts, whatever the schema says. */
export function hostileValue(schema: JsonSchema = {}): fc.Arbitrary<unknown> {
  const over = (schema.maxLength ?? 200) + 1;
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...hostileStrings) },
    { weight: 3, arbitrary: fc.constantFrom(...hostileNonStrings) },
    { weight: 1, arbitrary: fc.integer({ min: over, max: over + 5000 }).map((n) => 'å'.repeat(n)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.nat().map((n) => new IdRef('any', n)) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

/** A text of the schema's length that looks like the directory's data most of the time. */
function textArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  const fits = (s: string) => s.length >= min && s.length <= max && (min === 0 || /\S/.test(s));
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.constantFrom(...swedishWords) },
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.constantFrom(...swedishWords), fc.nat(99_999))
          .map(([w, n]) => `${w} ${n}`),
      },
      { weight: 2, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, 40) }) },
      { weight: 1, arbitrary: fc.constant('x'.repeat(Math.min(max, 5000))) },
    )
    .filter(fits);
}

const dateArbitrary = fc
  .date({ min: new Date('2019-01-01'), max: new Date('2031-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const dateTimeArbitrary = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());

const emailArbitrary = fc.oneof(
  fc
    .tuple(fc.constantFrom('anna', 'åsa.öberg', 'per', 'fuzz'), fc.nat(99_999))
    .map(([n, i]) => `${n}.${i}@fuzz.example`),
  fc.emailAddress(),
);

const uuidListPattern = /a-fA-F\]\{8\}/;

/** A value the schema accepts (with real ids and domain values where the context knows them). */
export function validValue(
  schema: JsonSchema,
  name: string,
  context: SchemaContext,
): fc.Arbitrary<unknown> {
  const special = context.special?.(name, schema);
  if (special) return special;
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    return fc.oneof(
      ...branches.map((branch) => ({
        weight: branch.type === 'null' ? 1 : 4,
        arbitrary: validValue(branch, name, context),
      })),
    );
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1_000_000;
      const max = schema.maximum ?? 1_000_000;
      return fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max }));
    }
    case 'array': {
      const items = schema.items ?? {};
      return fc.array(validValue(items, singular(name), context), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, 5),
      });
    }
    case 'object':
      return objectArbitrary(schema, context);
    default:
      return stringArbitrary(schema, name, context);
  }
}

function stringArbitrary(
  schema: JsonSchema,
  name: string,
  context: SchemaContext,
): fc.Arbitrary<unknown> {
  const known = context.known(name);
  const fromSchema = ((): fc.Arbitrary<unknown> => {
    switch (schema.format) {
      case 'uuid':
        return fc.oneof(
          { weight: 9, arbitrary: fc.nat().map((n) => new IdRef(context.poolFor(name), n)) },
          { weight: 1, arbitrary: fc.uuid() },
        );
      case 'date':
        return dateArbitrary;
      case 'date-time':
        return dateTimeArbitrary;
      case 'email':
        return emailArbitrary.filter((e) => e.length <= (schema.maxLength ?? 254));
      case 'uri':
        return fc.oneof(fc.constant('https://www.regionsormland.se/nara-vard'), fc.webUrl());
    }
    if (schema.pattern && uuidListPattern.test(schema.pattern)) {
      return fc
        .array(
          fc.nat().map((n) => new IdRef(context.poolFor(name), n)),
          { minLength: 1, maxLength: 5 },
        )
        .map((ids) => new Joined(ids, ','));
    }
    if (schema.pattern && schema.pattern !== '\\S') {
      const max = schema.maxLength ?? Number.POSITIVE_INFINITY;
      const min = schema.minLength ?? 0;
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length >= min && s.length <= max);
    }
    return textArbitrary(schema);
  })();
  return known && known.length > 0
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, fromSchema)
    : fromSchema;
}

const singular = (name: string) => name.replace(/Ids$/, 'Id').replace(/s$/, '');

function objectArbitrary(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const record = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, validValue(property, key, context)]),
  );
  const requiredKeys = (schema.required ?? []).filter((k) => k in properties);
  const object = fc.record(record, { requiredKeys });
  const minProperties = schema.minProperties ?? 0;
  return minProperties > 0 ? object.filter((o) => Object.keys(o).length >= minProperties) : object;
}

/** A JSON body: as it is sent (JSON value) or, for broken bodies, the exact text. */
export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; text: string | Buffer };

const malformedJson = [
  '{',
  '{"a":',
  "{'a': 1}",
  '{"a": 1,}',
  '[1, 2',
  'undefined',
  '\u0000',
  '\ufeff{}',
  '{"a": "\\ud800"}',
  '{"a": 1e999999}',
  '{"a": 01}',
  'nul',
  '"',
  '{"__proto__": {"role": "admin"}}',
  '{"constructor": {"prototype": {"role": "admin"}}}',
];

/** Bodies for a JSON operation: mostly valid, then one bad field, missing, extra or broken. */
export function bodyArbitrary(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<Body> {
  const valid = validValue(schema, 'body', context);
  const keys = Object.keys(schema.properties ?? {});
  const required = (schema.required ?? []).filter((k) => keys.includes(k));
  const json = (a: fc.Arbitrary<unknown>) => a.map((value): Body => ({ kind: 'json', value }));
  const asObject = (v: unknown) => (v ?? {}) as Record<string, unknown>;
  const variants: fc.WeightedArbitrary<Body>[] = [
    { weight: 14, arbitrary: json(valid) },
    {
      weight: 6,
      arbitrary: json(
        fc
          .tuple(valid, fc.constantFrom(...(keys.length > 0 ? keys : ['x'])), hostileValue())
          .map(([v, key, bad]) => ({ ...asObject(v), [key]: bad })),
      ),
    },
    {
      // A NUL byte inside an otherwise valid text: JSON carries it, PostgreSQL text cannot.
      weight: 2,
      arbitrary: json(
        fc.tuple(valid, fc.nat()).map(([v, pick]) => {
          const object = asObject(v);
          const texts = Object.keys(object).filter((k) => typeof object[k] === 'string');
          const key = texts[pick % Math.max(texts.length, 1)];
          return key === undefined ? object : { ...object, [key]: `${object[key]}\u0000` };
        }),
      ),
    },
    {
      weight: 1,
      arbitrary: json(
        fc
          .tuple(
            valid,
            fc.constantFrom('id', 'version', 'createdAt', 'role', 'isAdmin', 'tokenVersion', ''),
            hostileValue(),
          )
          .map(([v, key, extra]) => ({ ...asObject(v), [key]: extra })),
      ),
    },
    {
      weight: 1,
      arbitrary: json(
        valid.map((v) => Object.fromEntries(Object.keys(asObject(v)).map((k) => [k, null]))),
      ),
    },
    {
      weight: 1,
      arbitrary: json(fc.constantFrom(null, [], [{}], 'text', 42, true, {})),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...malformedJson).map((text): Body => ({ kind: 'raw', text })),
    },
    { weight: 1, arbitrary: fc.constant<Body>({ kind: 'none' }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          // Deep nesting, a body over the 1 MB limit, invalid UTF-8.
          () => `${'['.repeat(5000)}${']'.repeat(5000)}`,
          () => JSON.stringify({ name: 'x'.repeat(1_100_000) }),
          () => Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
        )
        .map((make): Body => ({ kind: 'raw', text: make() })),
    },
  ];
  if (required.length > 0) {
    variants.push({
      weight: 2,
      arbitrary: json(
        fc.tuple(valid, fc.constantFrom(...required)).map(([v, drop]) => {
          const { [drop]: _dropped, ...rest } = asObject(v);
          return rest;
        }),
      ),
    });
  }
  return fc.oneof(...variants);
}

const definedOnly = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

/**
 * A query: each required parameter, about half of the optional ones, all valid; or the same with
 * one parameter hostile, repeated, or (when required) missing.
 */
export function queryArbitrary(
  parameters: Parameter[],
  context: SchemaContext,
): fc.Arbitrary<Record<string, unknown>> {
  const query = parameters.filter((p) => p.in === 'query');
  const valid = fc
    .record(
      Object.fromEntries(
        query.map((p) => [
          p.name,
          fc.option(validValue(p.schema, p.name, context), {
            freq: p.required ? 1000 : 2,
            nil: undefined,
          }),
        ]),
      ),
    )
    .map(definedOnly);
  if (query.length === 0) return valid;
  const spoiled = fc.constantFrom(...query).chain((p) =>
    fc.tuple(
      fc.constant(p.name),
      fc.oneof(
        { weight: 4, arbitrary: hostileValue(p.schema) },
        {
          weight: 1,
          arbitrary: validValue(p.schema, p.name, context).map((v) =>
            typeof v === 'string' ? `${v}\u0000` : v,
          ),
        },
        {
          weight: 1,
          arbitrary: fc.array(validValue(p.schema, p.name, context), {
            minLength: 2,
            maxLength: 3,
          }),
        },
      ),
    ),
  );
  const variants: fc.WeightedArbitrary<Record<string, unknown>>[] = [
    { weight: 6, arbitrary: valid },
    {
      weight: 3,
      arbitrary: fc.tuple(valid, spoiled).map(([values, [name, bad]]) => ({
        ...values,
        [name]: bad,
      })),
    },
  ];
  const required = query.filter((p) => p.required).map((p) => p.name);
  if (required.length > 0) {
    variants.push({
      weight: 1,
      arbitrary: fc.tuple(valid, fc.constantFrom(...required)).map(([values, drop]) => {
        const { [drop]: _dropped, ...rest } = values;
        return rest;
      }),
    });
  }
  return fc.oneof(...variants);
}

/** Raw fragments appended to a query string: broken escapes, odd keys, prototype keys. */
export const hostileQuerySuffixes = [
  '&%',
  '&q=%zz',
  '&q=%00',
  '&q=%C0%AF',
  '&q=%ED%A0%80',
  '&q=%FF%FE',
  '&limit[]=1',
  '&__proto__[role]=admin',
  '&constructor[prototype][x]=1',
  '&&&=&',
  '&unknown=1',
  `&q=${'a'.repeat(9000)}`,
  `&${'x=1&'.repeat(500)}`,
];

/** Path segments that are not the id the route expects. */
export const hostilePathSegments = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '%00',
  '..',
  '%2e%2e%2f',
  'null',
  '-1',
  '1e9',
  '%27%3B%20select%201%3B--',
  '%25',
  '%ED%A0%80',
  '%',
  'x'.repeat(250),
  '%F0%9F%92%A5',
];

/** Encodes a query value; lone surrogates, which `encodeURIComponent` refuses, go as raw bytes. */
export function encodeQueryValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value]
      .map((ch) => {
        try {
          return encodeURIComponent(ch);
        } catch {
          const code = ch.charCodeAt(0);
          return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
        }
      })
      .join('');
  }
}

/** A string for a query string or a path: objects as JSON, everything else as text. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
