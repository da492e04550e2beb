import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDiff } from '../../../../core/diff/schema.ts';
import { useClient, useStore } from '../../app/context.tsx';
import { DiffView } from './DiffView.tsx';

/**
 * "Compare versions": the reviewer picks the earlier file (a native dialog in Electron, a path
 * field in the browser host) and sees what changed from it to the project open here.
 */
export function ComparePanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const store = useStore();
  const [path, setPath] = useState('');
  const [running, setRunning] = useState(false);
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  const ids = { path: useId(), hint: useId(), title: useId() };

  const compare = async (other: string) => {
    setRunning(true);
    try {
      setDiff(await client.call('review.compare', { project_id: projectId, other_path: other }));
    } catch (error) {
      store.reportError(error);
    } finally {
      setRunning(false);
    }
  };

  const browse = async () => {
    try {
      const picked = await client.call('dialog.openProject', {});
      if (picked.supported && picked.path !== null) {
        setPath(picked.path);
        await compare(picked.path);
      }
    } catch (error) {
      store.reportError(error);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (path.trim() !== '') void compare(path.trim());
  };

  return (
    <section className="section review-compare" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('review.compare.title')}</h2>
      <p className="page__intro">{t('review.compare.intro')}</p>
      <form className="review-compare__form" onSubmit={submit}>
        {client.shell === 'electron' && (
          <button type="button" className="btn" disabled={running} onClick={() => void browse()}>
            {t('review.compare.browse')}
          </button>
        )}
        <label className="field review-compare__path" htmlFor={ids.path}>
          <span className="field__label">{t('review.compare.pathLabel')}</span>
          <input
            id={ids.path}
            className="input input--mono"
            type="text"
            spellCheck={false}
            autoComplete="off"
            maxLength={4096}
            value={path}
            onChange={(e) => setPath(e.target.value)}
          />
        </label>
        <button type="submit" className="btn btn--primary" disabled={running || path.trim() === ''}>
          {running ? t('review.compare.running') : t('review.compare.action')}
        </button>
      </form>
      {diff !== null && <DiffView diff={diff} />}
    </section>
  );
}
