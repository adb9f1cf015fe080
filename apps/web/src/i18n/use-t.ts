import { useContext } from 'react';
import type { TFunction } from './dictionaries';
import { I18nContext, type I18nContextValue } from './i18n-provider';

/** The whole i18n context: language, locale and the setter for the language switch. */
export function useI18n(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}

/** The translate function for the current language: `t('auth.submit')`. */
export function useT(): TFunction {
  return useI18n().t;
}
