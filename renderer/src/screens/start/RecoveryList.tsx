import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../core/api/contract.ts';
import { useClient, useStore, useStoreState } from '../../app/context.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { formatDateTime } from '../../format/numbers.ts';
import type { Loaded } from '../../app/use-loaded.ts';

/** Work a crashed or killed session left unsaved. Only shown when there is some. */
export function RecoveryList({
  loaded,
  onChanged,
}: {
  loaded: Loaded<ResponseOf<'project.recoverable'>>;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const store = useStore();
  const { busy } = useStoreState();
  if (loaded.state !== 'ready' || loaded.value.length === 0) return null;
  const locale = currentLocale(i18n.language);

  const discard = async (id: string, title: string) => {
    if (!window.confirm(t('start.recovery.discardConfirm', { title }))) return;
    try {
      await client.call('project.discardRecovery', { recovery_id: id });
    } catch (error) {
      store.reportError(error);
    }
    onChanged();
  };

  return (
    <section className="section section--attention" aria-labelledby="start-recovery">
      <h2 id="start-recovery">{t('start.recovery.title')}</h2>
      <p className="muted">{t('start.recovery.body')}</p>
      <ul className="file-list">
        {loaded.value.map((r) => (
          <li key={r.recovery_id} className="file-list__item">
            <div className="file-list__open file-list__open--static">
              <span className="file-list__title">{r.title}</span>
              <span className="file-list__path">{r.path ?? t('start.recovery.notSaved')}</span>
            </div>
            <span className="file-list__meta">{t('start.recovery.editedAt', { time: formatDateTime(r.edited_at, locale) })}</span>
            <div className="file-list__actions">
              <button
                type="button"
                className="btn btn--primary"
                disabled={busy}
                onClick={() => void store.load((c) => c.call('project.recover', { recovery_id: r.recovery_id }))}
              >
                {t('start.recovery.recover')}
              </button>
              <button
                type="button"
                className="btn btn--quiet"
                disabled={busy}
                onClick={() => void discard(r.recovery_id, r.title)}
              >
                {t('start.recovery.discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
