import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useStore } from '../../app/context.tsx';
import { ApiCallError } from '../../api/client.ts';
import { pickSavePath } from '../../api/save-dialog.ts';
import { PathForm } from './PathForm.tsx';

const CONCLUSIONS = ['pass', 'pass_with_changes', 'fail'] as const;
type Conclusion = (typeof CONCLUSIONS)[number];

/** Export the review memo (Markdown or PDF) to a path; the host writes it and answers the Markdown for a preview. */
export function MemoPanel({ projectId, reviewer }: { projectId: string; reviewer: string }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const store = useStore();
  const [path, setPath] = useState('');
  const [written, setWritten] = useState<{ path: string; markdown: string } | null>(null);
  const [running, setRunning] = useState(false);
  const [exists, setExists] = useState<string | null>(null);
  const [format, setFormat] = useState<'md' | 'pdf'>('md');
  // The reviewer's own conclusion: chosen, never preset, so no memo says "pass" by default.
  const [conclusion, setConclusion] = useState<Conclusion | ''>('');
  // The memo is written in the language the reviewer is reading the app in.
  const lang = i18n.language === 'zh-CN' ? 'zh' : 'en';
  const ids = { title: useId(), format: useId(), conclusion: useId() };

  const write = async (target: string, overwrite: boolean) => {
    if (conclusion === '') return;
    setRunning(true);
    setExists(null);
    try {
      const res = await client.call('review.memo', {
        project_id: projectId,
        reviewer,
        conclusion,
        path: target,
        overwrite,
        format,
        lang,
      });
      setWritten({ path: res.path ?? target, markdown: res.markdown });
    } catch (error) {
      // An existing file is a question for the person, not an error.
      if (error instanceof ApiCallError && error.code === 'FILE_EXISTS') setExists(target);
      else store.reportError(error);
    } finally {
      setRunning(false);
    }
  };

  const submit = async (target: string) => {
    const ext = `.${format}`;
    const typed = target.toLowerCase().endsWith(ext) ? target : `${target}${ext}`;
    if (client.shell !== 'electron') return write(typed, false);
    // The desktop host writes only paths chosen in its save dialog (issue 14); the typed name
    // is the dialog's suggestion, and the dialog itself asks before replacing a file.
    const picked = await pickSavePath(client, format, typed);
    if (picked !== null) await write(picked, true);
  };

  return (
    <section className="section review-memo" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('review.memo.title')}</h2>
      <p className="page__intro">{t('review.memo.intro')}</p>
      <PathForm
        label={t('review.memo.pathLabel')}
        path={path}
        onPathChange={setPath}
        onSubmit={(p) => void submit(p).catch((e: unknown) => store.reportError(e))}
        submitLabel={t('review.memo.action')}
        busy={running}
        canSubmit={reviewer !== '' && conclusion !== ''}
      >
        <label className="field" htmlFor={ids.conclusion}>
          <span className="field__label">{t('review.memo.conclusion')}</span>
          <select
            id={ids.conclusion}
            className="input"
            value={conclusion}
            data-testid="memo-conclusion"
            onChange={(e) => setConclusion(e.target.value as Conclusion | '')}
          >
            <option value="">{t('review.memo.chooseConclusion')}</option>
            {CONCLUSIONS.map((c) => (
              <option key={c} value={c}>
                {t(`review.memo.conclusions.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={ids.format}>
          <span className="field__label">{t('review.memo.format')}</span>
          <select id={ids.format} className="input" value={format} onChange={(e) => setFormat(e.target.value as 'md' | 'pdf')}>
            <option value="md">{t('review.memo.md')}</option>
            <option value="pdf">{t('review.memo.pdf')}</option>
          </select>
        </label>
      </PathForm>
      {reviewer === '' && <p className="field__hint">{t('review.form.needName')}</p>}
      {conclusion === '' && <p className="field__hint">{t('review.memo.needConclusion')}</p>}
      {exists !== null && (
        <p role="alert" className="review-memo__exists">
          {t('review.memo.exists', { path: exists })}{' '}
          <button type="button" className="btn" disabled={running} onClick={() => void write(exists, true)}>
            {t('review.memo.replace')}
          </button>
        </p>
      )}
      {written !== null && (
        <>
          <p role="status" className="notice notice--inline">
            {t('review.memo.done', { path: written.path })}
          </p>
          <pre className="review-memo__preview" aria-label={t('review.memo.preview')}>
            {written.markdown}
          </pre>
        </>
      )}
    </section>
  );
}
