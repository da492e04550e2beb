import { useTranslation } from 'react-i18next';
import { useStore, useStoreState } from './context.tsx';
import { ErrorDetail } from './ErrorDetail.tsx';
import { PlanIssues } from './PlanIssues.tsx';

/** Calls whose plan is not the one open here (a new file, an opened file): their issue paths point elsewhere. */
const PLAN_FROM_ELSEWHERE = new Set<string>(['project.create', 'project.open', 'project.openSample', 'plan.validate']);

/**
 * The last failed operation, in the user's language: its title by code, then why. A refused
 * plan lists its problems, each where (in words) and what (PlanIssues); any other error says
 * its reason (ErrorDetail). The host's English text stays folded away for support.
 */
export function ErrorNotice() {
  const { t } = useTranslation();
  const store = useStore();
  const { error, session } = useStoreState();
  if (error === null) return null;
  const issues = error.code === 'PLAN_INVALID' && error.details !== undefined && error.details.length > 0 ? error.details : null;
  return (
    <div className="notice notice--error" role="alert" data-testid="error-notice">
      <div className="notice__body">
        <strong className="notice__title">{t(`errors.${error.code}`)}</strong>
        {issues === null ? (
          <ErrorDetail message={error.message} details={error.details} reason={error.reason} />
        ) : (
          <>
            <PlanIssues issues={issues} plan={PLAN_FROM_ELSEWHERE.has(error.call) ? null : (session?.plan ?? null)} />
            <details className="notice__technical">
              <summary>{t('errors.technical')}</summary>
              <p className="notice__detail" lang="en">
                {error.message}
              </p>
            </details>
          </>
        )}
      </div>
      <button type="button" className="btn btn--quiet" onClick={() => store.dismissError()}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
