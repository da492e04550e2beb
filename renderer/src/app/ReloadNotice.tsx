import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reopened } from './reload-session.ts';

/** After a reload (F5): which project came back, whether its changes are still unsaved, and that undo starts afresh. */
export function ReloadNotice({ reopened }: { reopened: Reopened | null }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(reopened !== null);
  if (!shown || reopened === null) return null;
  return (
    <div className="notice notice--info" role="status" data-testid="reload-notice">
      <div className="notice__body">
        <strong className="notice__title">{t('app.reloaded.title', { title: reopened.title })}</strong>
        <p className="notice__detail">
          {t(reopened.dirty ? 'app.reloaded.unsaved' : 'app.reloaded.saved')} {t('app.reloaded.undo')}
        </p>
      </div>
      <button type="button" className="btn btn--quiet" onClick={() => setShown(false)}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
