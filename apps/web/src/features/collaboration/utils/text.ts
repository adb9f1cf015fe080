import type { TFunction } from '../../../i18n/dictionaries';

/**
 * A name put inside a sentence: "Sjukhuskoordinator" → "sjukhuskoordinator". Abbreviations
 * ("MAS", "LPO …") keep their capitals.
 */
export function lowerFirst(text: string): string {
  const [first = '', second = ''] = text;
  if (second && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return first.toLowerCase() + text.slice(1);
}

export type CountNoun = 'people' | 'organisations' | 'posts' | 'vacancies';

/** "1 person", "12 personer": the count with its noun in the right number. */
export function countText(t: TFunction, noun: CountNoun, count: number): string {
  return count === 1
    ? t(`collaboration.count.${noun}.one`)
    : t(`collaboration.count.${noun}.many`, { count });
}
