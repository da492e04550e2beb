import { useTranslation } from 'react-i18next';
import { useStore, useStoreState } from './context.tsx';

/** The last failed operation, in the user's language, with the host's own message as detail. */
export function ErrorNotice() {
  const { t } = useTranslation();
  const store = useStore();
  const { error } = useStoreState();
  if (error === null) return null;
  return (
    <div className="notice notice--error" role="alert">
      <div className="notice__body">
        <strong className="notice__title">{t(`errors.${error.code}`)}</strong>
        {error.message !== '' && (
          <p className="notice__detail">
            {t('errors.detail')}: {error.message}
          </p>
        )}
        {error.details !== undefined && error.details.length > 0 && (
          <ul className="notice__issues">
            {error.details.map((d) => (
              <li key={`${d.path}:${d.message}`}>
                <code>{d.path}</code> {d.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="btn btn--quiet" onClick={() => store.dismissError()}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
