import { useTranslation } from 'react-i18next';

/** Only screens that exist get an entry; new screens are added here as they are built. */
export const SCREENS = [
  'park',
  'scenarios',
  'measures',
  'targets',
  'factors',
  'results',
  'compare',
  'optimise',
  'risk',
  'report',
  'review',
] as const;
export type ScreenId = (typeof SCREENS)[number];

export function NavRail({ current, onNavigate }: { current: ScreenId; onNavigate: (screen: ScreenId) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul className="nav__list">
        {SCREENS.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="nav__item"
              aria-current={current === id ? 'page' : undefined}
              onClick={() => onNavigate(id)}
            >
              <span className={`nav__icon nav__icon--${id}`} aria-hidden="true" />
              {t(`nav.${id}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
