/*
 * The API's limits on what a form may send, as its TypeBox schemas in @nk/shared state them.
 * Copied as numbers, not read from the schemas at run time, so the browser bundle does not carry
 * the schema library; `limits.test.ts` fails as soon as a schema and this file disagree.
 */

export const personLimits = {
  givenName: 100,
  familyName: 100,
  title: 200,
  email: 254,
  phone: 40,
  mobile: 40,
  bio: 2000,
  languages: 20,
} as const;

export const organisationLimits = {
  name: 200,
  shortName: 60,
  email: 254,
  phone: 40,
  website: 500,
  streetAddress: 200,
  postalCode: 20,
  city: 100,
  description: 4000,
} as const;

export const postLimits = {
  title: 200,
  functionalEmail: 254,
  functionalPhone: 40,
  note: 4000,
} as const;

export const handoverLimits = { note: 4000 } as const;

/** Roles, topics and networks share their name and description limits. */
export const roleLimits = {
  nameSv: 200,
  nameEn: 200,
  descriptionSv: 4000,
  descriptionEn: 4000,
} as const;

/** Each synonym, and how many a role may have. */
export const synonymLimits = { length: 60, count: 30 } as const;

export const topicLimits = roleLimits;

export const networkLimits = {
  name: 200,
  shortName: 60,
  description: 4000,
  website: 500,
} as const;

export const counterpartLimits = { descriptionSv: 4000, descriptionEn: 4000 } as const;

export const linkLimits = { note: 1000 } as const;

export const assignmentLimits = { note: 4000 } as const;

/** Patterns as the schemas write them (JSON Schema regular expressions). */
export const patterns = {
  hsaId: '^SE[0-9A-Za-z-]{1,60}$',
  municipalityCode: '^[0-9]{4}$',
  language: '^[a-z]{2,3}$',
  catalogueKey: '^[a-z0-9][a-z0-9-]{0,62}$',
} as const;

/**
 * Ajv's `email` format (ajv-formats, "fast" mode), so the form accepts exactly what the API does.
 */
export const emailPattern =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
