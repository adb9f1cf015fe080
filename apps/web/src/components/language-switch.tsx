import { languages } from '../i18n/dictionaries';
import { useI18n } from '../i18n/use-t';

/**
 * Two toggle buttons in a labelled group. Each language is named in itself ("Svenska",
 * "English") and marked with its `lang`, so screen readers pronounce it right.
 */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
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
    </div>
  );
}
