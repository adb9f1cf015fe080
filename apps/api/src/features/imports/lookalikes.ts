/**
 * Possible duplicates: people of the organisation whose name resembles a name the file would
 * add. Names are folded (case, accents: Öberg = oberg) and compared by trigram similarity, the
 * measure pg_trgm uses, among the people who share the given or the family name, so a typo in
 * either half is caught and the work stays small however large the organisation.
 */

export interface NamedPerson {
  id: string;
  given_name: string;
  family_name: string;
}

const letters: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l' };

export const foldName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæßđł]/g, (char) => letters[char] ?? char)
    .replace(/\s+/g, ' ')
    .trim();

/** pg_trgm's trigrams: each word padded with two spaces before and one after. */
function trigrams(folded: string): Set<string> {
  const found = new Set<string>();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) found.add(padded.slice(i, i + 3));
  }
  return found;
}

export function similarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / (x.size + y.size - shared);
}

/** The same threshold as a search's fuzzy stage would find too similar to be a coincidence. */
const threshold = 0.6;

export function lookalikeFinder(people: readonly NamedPerson[]) {
  const byGiven = new Map<string, NamedPerson[]>();
  const byFamily = new Map<string, NamedPerson[]>();
  const add = (index: Map<string, NamedPerson[]>, key: string, person: NamedPerson) => {
    const list = index.get(key);
    if (list) list.push(person);
    else index.set(key, [person]);
  };
  for (const person of people) {
    add(byGiven, foldName(person.given_name), person);
    add(byFamily, foldName(person.family_name), person);
  }
  return (givenName: string, familyName: string): NamedPerson | undefined => {
    const given = foldName(givenName);
    const family = foldName(familyName);
    const full = `${given} ${family}`;
    let best: { person: NamedPerson; score: number } | undefined;
    for (const person of [...(byFamily.get(family) ?? []), ...(byGiven.get(given) ?? [])]) {
      const score = similarity(full, foldName(`${person.given_name} ${person.family_name}`));
      if (score >= threshold && (!best || score > best.score)) best = { person, score };
    }
    return best?.person;
  };
}
