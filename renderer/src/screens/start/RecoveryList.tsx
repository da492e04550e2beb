import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../app/Modal.tsx';
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
  const [confirming, setConfirming] = useState<{ id: string; title: string } | null>(null);
  const titleId = useId();
  if (loaded.state !== 'ready' || loaded.value.length === 0) return null;
  const locale = currentLocale(i18n.language);

  const discard = async (id: string) => {
    setConfirming(null);
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
              {r.path !== null ? (
                <span className="file-list__path">{r.path}</span>
              ) : (
                <span className="file-list__meta">{t('start.recovery.notSaved')}</span>
              )}
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
                onClick={() => setConfirming({ id: r.recovery_id, title: r.title })}
              >
                {t('start.recovery.discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <Modal open={confirming !== null} titleId={titleId} onCancel={() => setConfirming(null)}>
        {confirming !== null && (
          <div className="modal__body">
            <h2 id={titleId}>{t('start.recovery.discardConfirm', { title: confirming.title })}</h2>
            <div className="modal__actions">
              <button type="button" className="btn btn--quiet" autoFocus onClick={() => setConfirming(null)}>
                {t('file.cancel')}
              </button>
              <button type="button" className="btn btn--danger" onClick={() => void discard(confirming.id)}>
                {t('start.recovery.discard')}
              </button>
            </div>
          </div>
        )}
      </Modal>
    </section>
  );
}
