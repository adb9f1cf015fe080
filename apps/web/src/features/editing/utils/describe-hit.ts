import type { SearchHit } from '@nk/shared';

/** A person in a picker: the name, then their title (or first role) and employer. */
export function describePersonHit(hit: SearchHit, language: string) {
  const person = hit.person;
  if (!person) return { label: hit.label };
  const [first] = person.currentPosts;
  const role = first ? (language === 'sv' ? first.role.nameSv : first.role.nameEn) : null;
  return {
    label: `${person.givenName} ${person.familyName}`,
    detail: [person.title ?? role, person.organisation.name].filter(Boolean).join(', '),
  };
}
