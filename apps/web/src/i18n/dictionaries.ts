import { en } from './en';
import { sv, type TranslationKey } from './sv';

export type Language = 'sv' | 'en';
export const languages: readonly Language[] = ['sv', 'en'];
export const defaultLanguage: Language = 'sv';

export const dictionaries: Record<Language, Record<TranslationKey, string>> = { sv, en };

/** Locale for dates, numbers and sorting: dates read "1 juli 2025" / "1 July 2025". */
export const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export type TranslationVars = Record<string, string | number>;
export type TFunction = (key: TranslationKey, vars?: TranslationVars) => string;

/** Looks a key up and fills `{placeholders}`; an unknown placeholder is left visible on purpose. */
export function translate(language: Language, key: TranslationKey, vars?: TranslationVars) {
  const text = dictionaries[language][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}
