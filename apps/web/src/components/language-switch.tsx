import { languages } from '../i18n/dictionaries';
import { useI18n } from '../i18n/use-t';

/**
 * Two toggle buttons in a fieldset named by its legend. Each language is named in itself ("Svenska",
 * "English") and marked with its `lang`, so screen readers pronounce it right.
 */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-option"
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </fieldset>
  );
}
