import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../core/api/contract.ts';
import { useStore, useStoreState } from '../../app/context.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { formatDateTime } from '../../format/numbers.ts';
import type { Loaded } from '../../app/use-loaded.ts';

export function RecentFiles({ loaded }: { loaded: Loaded<ResponseOf<'project.recent'>> }) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { busy } = useStoreState();
  const locale = currentLocale(i18n.language);
  return (
    <section className="section" aria-labelledby="start-recent">
      <h2 id="start-recent">{t('start.recent.title')}</h2>
      {loaded.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {loaded.state === 'failed' && <p className="muted">{t(`errors.${loaded.error.code}`)}</p>}
      {loaded.state === 'ready' && loaded.value.length === 0 && <p className="muted">{t('start.recent.empty')}</p>}
      {loaded.state === 'ready' && loaded.value.length > 0 && (
        <ul className="file-list">
          {loaded.value.map((f) => (
            <li key={f.path} className="file-list__item">
              <button
                type="button"
                className="file-list__open"
                disabled={busy}
                onClick={() => void store.load((c) => c.call('project.open', { path: f.path }))}
              >
                <span className="file-list__title">{f.title}</span>
                <span className="file-list__path">{f.path}</span>
              </button>
              <span className="file-list__meta">{t('start.recent.openedAt', { time: formatDateTime(f.opened_at, locale) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
