/** Lower case without diacritics: "Närvårdskoordinator" → "narvardskoordinator". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

interface Searchable {
  label: string;
  hint?: string;
  keywords?: readonly string[];
}

/**
 * The options whose name, hint or keywords contain every word typed, in their given order;
 * "kull sjuk" finds Kullbergska sjukhuset and "nvk" finds Närvårdskoordinator by its synonym.
 */
export function filterOptions<T extends Searchable>(options: readonly T[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((option) => {
    const haystack = fold([option.label, option.hint ?? '', ...(option.keywords ?? [])].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
