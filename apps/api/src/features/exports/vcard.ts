import type { ContactCard, ContactPost } from './contact';

/*
 * vCard 4.0 (RFC 6350), written here rather than with ical.js: ical.js folds continuation lines
 * to 76 octets (the leading space on top of 75), over the limit of RFC 6350 §3.2.
 */

const CRLF = '\r\n';
const maxOctets = 75;

// C0 controls other than tab, and DEL, are not allowed in vCard text (RFC 6350 §3.3 VALUE-CHAR).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * A text value escaped per RFC 6350 §3.3–3.4: backslash, comma and line breaks. A semicolon is
 * escaped only inside a compound value (see `escapeComponent`): the `text` grammar has no `\;`, so
 * parsers that follow it (ical.js among them) would keep the backslash.
 */
export function escapeText(value: string): string {
  return value
    .replace(controlCharacters, '')
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** One field of a compound value (N, ORG): as text, and its semicolons escaped too. */
export const escapeComponent = (value: string) => escapeText(value).replace(/;/g, '\\;');

/** A compound value: each field escaped, joined by semicolons. */
const structured = (components: string[]) => components.map(escapeComponent).join(';');

const octets = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 6350 §3.2), the leading
 * space of a continuation line included. Splits only between code points, so a multibyte
 * character is never cut in two.
 */
export function foldLine(line: string): string {
  let folded = '';
  let used = 0;
  for (const character of line) {
    const size = octets(character.codePointAt(0) as number);
    if (used + size > maxOctets) {
      folded += `${CRLF} `;
      used = 1;
    }
    folded += character;
    used += size;
  }
  return folded;
}

/**
 * A phone number as a `tel:` URI (RFC 3966): Swedish national numbers (`016-10 23 45`) become
 * global (`tel:+4616102345`); anything else keeps its digits with the Swedish context.
 */
export function telUri(number: string): string | null {
  const digits = number.replace(/\D/g, '');
  if (digits === '') return null;
  const trimmed = number.trim();
  if (trimmed.startsWith('+')) return `tel:+${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `tel:+46${digits.slice(1)}`;
  return `tel:${digits};phone-context=+46`;
}

/** `2026-11-22T09:00:00.123Z` → `20261122T090000Z`, the timestamp form of REV. */
export function timestamp(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

const kindLabels: Record<ContactPost['kind'], string> = {
  holder: '',
  interim: 'tf. ',
  deputy: 'ersättare, ',
};

/** One line of the NOTE: `Närvårdskoordinator – Flens kommun (LPO Äldres hälsa), sedan 2024-03-01`. */
export function describePost(post: ContactPost): string {
  const network = post.networkName ? ` (${post.networkName})` : '';
  const until = post.validTo ? ` t.o.m. ${post.validTo}` : '';
  return `${post.roleName} – ${post.organisationName}${network}, ${kindLabels[post.kind]}sedan ${post.validFrom}${until}`;
}

/** The role names of the posts the person holds (holders and interims first), each once. */
export function roleNames(posts: ContactPost[]): string[] {
  return [...new Set(posts.map((p) => p.roleName))];
}

/** One vCard 4.0 (BEGIN to END, CRLF after every line) with what the caller may see. */
export function toVcard({ person, posts }: ContactCard): string {
  const lines: string[] = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `UID:urn:uuid:${person.id}`,
    'KIND:individual',
    `N:${structured([person.familyName, person.givenName, '', '', ''])}`,
    `FN:${escapeText(`${person.givenName} ${person.familyName}`)}`,
    `ORG:${structured([person.organisation.name])}`,
  ];
  const titles = roleNames(posts);
  if (titles.length > 0) lines.push(`TITLE:${escapeText(titles.join(', '))}`);
  if (person.title) lines.push(`ROLE:${escapeText(person.title)}`);
  if (person.email) lines.push(`EMAIL;TYPE=work:${escapeText(person.email)}`);
  const phone = person.phone ? telUri(person.phone) : null;
  if (phone) lines.push(`TEL;VALUE=uri;TYPE=work:${phone}`);
  const mobile = person.mobile ? telUri(person.mobile) : null;
  if (mobile) lines.push(`TEL;VALUE=uri;TYPE=cell:${mobile}`);
  if (posts.length > 0) lines.push(`NOTE:${escapeText(posts.map(describePost).join('\n'))}`);
  lines.push(`REV:${timestamp(person.updatedAt)}`, 'END:VCARD');
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

/** Several cards in one `.vcf` file, one after the other. */
export const toVcards = (cards: ContactCard[]) => cards.map(toVcard).join('');

/**
 * A file name from a person's name: diacritics folded, lower case, hyphens (`ake-lindstrom`),
 * so it is safe in a Content-Disposition header and on every file system.
 */
export function fileNameOf(givenName: string, familyName: string): string {
  const folded = `${givenName} ${familyName}`
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return folded.slice(0, 80).replace(/-+$/, '') || 'contact';
}
