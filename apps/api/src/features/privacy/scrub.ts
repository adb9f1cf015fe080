import type { Needles, Pseudonym } from './repository';

/**
 * Finding and replacing one person's data inside stored texts and JSON snapshots (audit events,
 * import rows, change suggestions), for erasure. Pure functions: no database here.
 */

export interface ErasureSubject {
  personId: string;
  userId: string | null;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  hsaId: string | null;
  userEmail: string | null;
  userDisplayName: string | null;
}

export interface Replacements {
  pseudonym: Pseudonym;
  /** The address the detached user account gets. */
  userEmail: string;
}

const removed = '[borttaget]';

/** `Borttagen` / `person 7F3A`: stable for the person, says nothing about them. */
export function pseudonymFor(personId: string): Pseudonym {
  return {
    givenName: 'Borttagen',
    familyName: `person ${personId.replaceAll('-', '').slice(0, 4).toUpperCase()}`,
  };
}

export const fullName = (p: Pseudonym) => `${p.givenName} ${p.familyName}`;

/** The address a detached account gets: unique, and in a domain that can never receive mail. */
export const erasedUserEmail = (userId: string) => `borttagen-${userId}@erased.invalid`;

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A phone number's digits in national form, as `nk_phone_digits` has them. */
export function nationalDigits(phone: string): string {
  return phone
    .replace(/[^0-9+]/g, '')
    .replace(/^(\+|00)46/, '0')
    .replace(/[^0-9]/g, '');
}

/**
 * A pattern that finds the number however it was written: `070-174 06 17`, `0701740617`,
 * `+46 70 174 06 17`. The same text works as a JavaScript and a PostgreSQL regular expression.
 */
export function phonePattern(phone: string): string | null {
  const digits = nationalDigits(phone);
  if (digits.length < 6) return null;
  const separator = '[ ()-]*';
  const national = digits.startsWith('0');
  const rest = (national ? digits.slice(1) : digits).split('').join(separator);
  const prefix = national ? `(\\+46|0046|0)${separator}(\\(0\\)${separator})?` : '';
  return `(?<![0-9])${prefix}${rest}(?![0-9])`;
}

interface TextRule {
  pattern: RegExp;
  replacement: string;
}

const words = (name: string) => name.trim().split(/\s+/).map(escapeRegExp).join('\\s+');

function textRules(subject: ErasureSubject, replacements: Replacements): TextRule[] {
  const name = fullName(replacements.pseudonym);
  const rules: TextRule[] = [];
  const add = (source: string, replacement: string) =>
    rules.push({ pattern: new RegExp(source, 'giu'), replacement });
  const given = words(subject.givenName);
  const family = words(subject.familyName);
  add(`${given}\\s+${family}`, name);
  add(`${family},?\\s+${given}`, name);
  if (subject.email) add(escapeRegExp(subject.email), removed);
  if (subject.userEmail) add(escapeRegExp(subject.userEmail), replacements.userEmail);
  if (subject.userDisplayName && subject.userDisplayName.trim().length >= 3) {
    add(words(subject.userDisplayName), name);
  }
  if (subject.hsaId) add(escapeRegExp(subject.hsaId), removed);
  for (const phone of [subject.phone, subject.mobile]) {
    const pattern = phone && phonePattern(phone);
    if (pattern) rules.push({ pattern: new RegExp(pattern, 'g'), replacement: removed });
  }
  return rules;
}

/** What to look for in the database to find the texts worth rewriting. */
export function needlesFor(subject: ErasureSubject): Needles {
  const texts = [
    `${subject.givenName} ${subject.familyName}`,
    `${subject.familyName} ${subject.givenName}`,
    `${subject.familyName}, ${subject.givenName}`,
    subject.email,
    subject.userEmail,
    subject.userDisplayName && subject.userDisplayName.trim().length >= 3
      ? subject.userDisplayName
      : null,
    subject.hsaId,
  ].filter((t): t is string => Boolean(t?.trim()));
  const patterns = [subject.phone, subject.mobile]
    .map((phone) => (phone ? phonePattern(phone) : null))
    .filter((p): p is string => p !== null);
  const ids = [subject.personId, ...(subject.userId ? [subject.userId] : [])];
  return { texts: [...new Set(texts)], patterns, ids };
}

/** Keys whose value is personal data when the object is (or is about) the person. */
const givenKeys = new Set(['givenName', 'given_name']);
const familyKeys = new Set(['familyName', 'family_name']);
const clearedKeys = new Set([
  'title',
  'email',
  'phone',
  'mobile',
  'bio',
  'hsaId',
  'hsa_id',
  'phoneDigits',
  'mobileDigits',
]);
const emptiedKeys = new Set(['languages', 'topicIds']);

export type About = 'root' | 'all' | false;

export interface Scrubber {
  /** The text with every mention of the person replaced. */
  text(value: string): string;
  /**
   * The JSON value with the person's fields pseudonymised wherever an object is the person (its
   * `id` or `personId` is theirs) or the account, and every mention in a text replaced. `about`
   * says the document is about the person even where no id says so: `'root'` for its top level
   * (an audit event about them, whose snapshot may be a bare `{ phone }`), `'all'` for every
   * level (an import line about them, with the file's values nested inside).
   */
  json(value: unknown, about?: About): unknown;
}

export function scrubberFor(subject: ErasureSubject, replacements: Replacements): Scrubber {
  const rules = textRules(subject, replacements);
  const { pseudonym } = replacements;

  const text = (value: string) =>
    rules.reduce((result, rule) => result.replace(rule.pattern, rule.replacement), value);

  /** A personal field's new value, also inside `{ from, to }` change records. */
  const personal = (key: string, value: unknown): unknown => {
    if (value === null || value === undefined) return value;
    if (Array.isArray(value)) {
      return emptiedKeys.has(key) ? [] : value.map((v) => personal(key, v));
    }
    if (typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, personal(key, v)]),
      );
    }
    if (typeof value !== 'string') return value;
    if (givenKeys.has(key)) return pseudonym.givenName;
    if (familyKeys.has(key)) return pseudonym.familyName;
    if (key === 'displayName' || key === 'display_name') return fullName(pseudonym);
    return clearedKeys.has(key) ? null : text(value);
  };

  const isPersonal = (key: string) =>
    givenKeys.has(key) || familyKeys.has(key) || clearedKeys.has(key) || emptiedKeys.has(key);

  const json = (value: unknown, about: About = false): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.map((v) => json(v, about));
    if (value === null || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    const below: About = about === 'all' ? 'all' : false;
    const isPerson =
      about !== false ||
      object.id === subject.personId ||
      object.personId === subject.personId ||
      object.person_id === subject.personId;
    const isAccount = subject.userId !== null && object.id === subject.userId;
    return Object.fromEntries(
      Object.entries(object).map(([key, v]) => {
        if (isPerson && isPersonal(key)) return [key, personal(key, v)];
        if (isAccount && key === 'email' && typeof v === 'string') {
          return [key, replacements.userEmail];
        }
        if (isAccount && (key === 'displayName' || key === 'display_name')) {
          return [key, v === null ? null : fullName(pseudonym)];
        }
        return [key, json(v, below)];
      }),
    );
  };

  return { text, json };
}
