import { useTranslation } from 'react-i18next';
import { useStore, useStoreState } from './context.tsx';
import { CallErrorNotice } from './CallErrorNotice.tsx';

/** Calls whose plan is not the one open here (a new file, an opened file): their issue paths point elsewhere. */
const PLAN_FROM_ELSEWHERE = new Set<string>(['project.create', 'project.open', 'project.openSample', 'plan.validate']);

/** The last failed project action, in the user's language (CallErrorNotice), until dismissed. */
export function ErrorNotice() {
  const { t } = useTranslation();
  const store = useStore();
  const { error, session } = useStoreState();
  if (error === null) return null;
  return (
    <CallErrorNotice
      error={error}
      testId="error-notice"
      plan={PLAN_FROM_ELSEWHERE.has(error.call) ? null : (session?.plan ?? null)}
    >
      <button type="button" className="btn btn--quiet" onClick={() => store.dismissError()}>
        {t('errors.dismiss')}
      </button>
    </CallErrorNotice>
  );
}
