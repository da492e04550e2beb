import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDiff } from '../../../../core/diff/schema.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { useClient, useStore } from '../../app/context.tsx';
import { DiffView } from './DiffView.tsx';
import { PathForm } from './PathForm.tsx';

/**
 * "Compare versions": the reviewer picks the earlier file (a native dialog in Electron, a path
 * field in the browser host) and sees what changed from it to the project open here.
 */
export function ComparePanel({ projectId, plan }: { projectId: string; plan: Plan }) {
  const { t } = useTranslation();
  const client = useClient();
  const store = useStore();
  const [path, setPath] = useState('');
  const [running, setRunning] = useState(false);
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  const titleId = useId();

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

  return (
    <section className="section review-compare" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('review.compare.title')}</h2>
      <p className="page__intro">{t('review.compare.intro')}</p>
      <PathForm
        label={t('review.compare.pathLabel')}
        path={path}
        onPathChange={setPath}
        onSubmit={(p) => void compare(p)}
        submitLabel={running ? t('review.compare.running') : t('review.compare.action')}
        busy={running}
        browseLabel={t('review.compare.browse')}
        onBrowse={() => void browse()}
      />
      {diff !== null && <DiffView diff={diff} plan={plan} />}
    </section>
  );
}
