import { useTranslation } from 'react-i18next';
import { useStore, useStoreState } from './context.tsx';
import { ErrorDetail } from './ErrorDetail.tsx';

/** The last failed operation, in the user's language: its title by code, then why (ErrorDetail). */
export function ErrorNotice() {
  const { t } = useTranslation();
  const store = useStore();
  const { error } = useStoreState();
  if (error === null) return null;
  return (
    <div className="notice notice--error" role="alert" data-testid="error-notice">
      <div className="notice__body">
        <strong className="notice__title">{t(`errors.${error.code}`)}</strong>
        <ErrorDetail message={error.message} details={error.details} reason={error.reason} />
      </div>
      <button type="button" className="btn btn--quiet" onClick={() => store.dismissError()}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
