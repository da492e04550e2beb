import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage } from '../i18n/index.ts';

/** Two buttons, each language named in itself; the pressed one is the current language. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t('topbar.language')}>
      {LANGUAGES.map((l) => (
        <button
          key={l.code}
          type="button"
          lang={l.code}
          className="segmented__item"
          aria-pressed={i18n.language === l.code}
          onClick={() => void changeLanguage(l.code)}
        >
          {l.label}
        </button>
      ))}
    </div>
  );
}
