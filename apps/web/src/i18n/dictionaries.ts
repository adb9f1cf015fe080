import { sv, type TranslationKey } from './sv';

export type Language = 'sv' | 'en';
export const languages: readonly Language[] = ['sv', 'en'];
export const defaultLanguage: Language = 'sv';

/**
 * Swedish, the default, is in the first download; English is fetched when it is first chosen
 * (`loadLanguage`), which keeps the initial JavaScript within B9's budget.
 */
export const dictionaries: Partial<Record<Language, Record<TranslationKey, string>>> = { sv };

/** Makes `language` available to `translate`; resolves at once when it already is. */
export async function loadLanguage(language: Language): Promise<void> {
  if (dictionaries[language]) return;
  if (language === 'en') dictionaries.en = (await import('./en')).en;
}

/** Locale for dates, numbers and sorting: dates read "1 juli 2025" / "1 July 2025". */
export const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export type TranslationVars = Record<string, string | number>;
export type TFunction = (key: TranslationKey, vars?: TranslationVars) => string;

/** Looks a key up and fills `{placeholders}`; an unknown placeholder is left visible on purpose. */
export function translate(language: Language, key: TranslationKey, vars?: TranslationVars) {
  // Until English has arrived (a moment after it is chosen), Swedish stands in.
  const text = (dictionaries[language] ?? sv)[key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}
