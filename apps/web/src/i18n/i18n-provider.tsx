import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { languageStorageKey } from '../config/app';
import {
  defaultLanguage,
  isLanguage,
  type Language,
  loadLanguage,
  locales,
  type TFunction,
  translate,
} from './dictionaries';

export interface I18nContextValue {
  language: Language;
  /** BCP 47 locale for Intl formatting, e.g. `sv-SE`. */
  locale: string;
  setLanguage: (language: Language) => Promise<void>;
  t: TFunction;
}

export const I18nContext = createContext<I18nContextValue | null>(null);

/** The remembered choice, or Swedish. Storage may be unavailable (private mode, policy). */
export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback(async (next: Language) => {
    // Remembered at once, so a page opened the next moment is already in the chosen language.
    try {
      window.localStorage.setItem(languageStorageKey, next);
    } catch {
      // The choice then lasts for this visit only.
    }
    await loadLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({
      language,
      locale: locales[language],
      setLanguage,
      t: (key, vars) => translate(language, key, vars),
    }),
    [language, setLanguage],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}
