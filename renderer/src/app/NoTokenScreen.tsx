import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

/** Shown in the browser host when the page was opened without its token. */
export function NoTokenScreen() {
  const { t } = useTranslation();
  return (
    <div className="shell shell--bare">
      <header className="topbar">
        <span className="topbar__brand">{t('app.name')}</span>
        <div className="topbar__spacer" />
        <LanguageSwitcher />
      </header>
      <main className="notice-page" id="main">
        <h1>{t('app.noToken.title')}</h1>
        <p>{t('app.noToken.body')}</p>
      </main>
    </div>
  );
}
