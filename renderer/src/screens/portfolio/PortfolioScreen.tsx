import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../core/api/contract.ts';
import { PORTFOLIO_TEXT, aggregatePathway, refusalText } from '../../../../core/portfolio/index.ts';
import { useClient, useStore } from '../../app/context.tsx';
import { usePolledJob } from '../../state/use-polled-job.ts';
import { EChart } from '../../charts/EChart.tsx';
import { pickSavePath } from '../../api/save-dialog.ts';
import { PortfolioTable } from './PortfolioTable.tsx';
import { aggregateOption } from './portfolio-chart.ts';
import { CallErrorNotice } from '../../app/CallErrorNotice.tsx';

type Job = ResponseOf<'portfolio.status'>;

/**
 * The province's view of many parks (园区总览): reachable from the Start screen, needs no open
 * project. Files and folders come from the desktop app's dialog (opaque handles) or, in the
 * browser host, as paths inside its project folder; the host reads them read-only.
 */
export function PortfolioScreen({ onBack }: { onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const store = useStore();
  const lang = i18n.language === 'zh-CN' ? 'zh' : 'en';
  const [typed, setTyped] = useState(client.shell === 'browser');
  const [pathsText, setPathsText] = useState('');
  const [exportPath, setExportPath] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const { job, setJob, follow } = usePolledJob<Job>({
    status: (job_id) => client.call('portfolio.status', { job_id }),
    intervalMs: 200,
    onError: (e) => store.reportError(e),
  });
  const start = async (paths: string[]) => {
    setNotice(null);
    try {
      follow(await client.call('portfolio.start', { paths }));
    } catch (e) {
      store.reportError(e);
    }
  };
  const choose = async () => {
    try {
      const picked = await client.call('dialog.openPortfolio', {});
      if (!picked.supported) setTyped(true);
      else if (picked.paths !== null) await start(picked.paths);
    } catch (e) {
      store.reportError(e);
    }
  };
  const cancel = async () => {
    if (job === null) return;
    try {
      setJob(await client.call('portfolio.cancel', { job_id: job.job_id }));
    } catch (e) {
      store.reportError(e);
    }
  };
  const exportAs = async (format: 'xlsx' | 'pdf') => {
    if (job === null) return;
    try {
      const path = typed
        ? exportPath.trim().replace(/\.(xlsx|pdf)$/i, '') + `.${format}`
        : await pickSavePath(client, format, t('portfolio.title'));
      if (path === null || path === `.${format}`) return;
      const r = await client.call('portfolio.export', { job_id: job.job_id, format, lang, path });
      setNotice(t('portfolio.exported', { path: r.path }));
    } catch (e) {
      store.reportError(e);
    }
  };

  const paths = pathsText
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const result = job?.result ?? null;
  return (
    <div className="page" data-testid="portfolio-screen">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('portfolio.title')}</h1>
        <p className="page__intro">{t('portfolio.intro')}</p>
        <div className="section__actions">
          <button type="button" className="btn" onClick={onBack}>
            {t('portfolio.back')}
          </button>
        </div>
      </header>
      <section className="card">
        {typed ? (
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              if (paths.length > 0) void start(paths.slice(0, 500));
            }}
          >
            <label className="field">
              <span className="field__label">{t('portfolio.pathsLabel')}</span>
              <textarea
                className="input input--mono"
                data-testid="portfolio-paths"
                rows={3}
                spellCheck={false}
                value={pathsText}
                onChange={(e) => setPathsText(e.target.value)}
              />
            </label>
            <p className="field__hint">{t('portfolio.pathsHint')}</p>
            <button type="submit" className="btn btn--primary" disabled={paths.length === 0 || job?.state === 'running'}>
              {t('portfolio.run')}
            </button>
          </form>
        ) : (
          <button type="button" className="btn btn--primary" disabled={job?.state === 'running'} onClick={() => void choose()}>
            {t('portfolio.choose')}
          </button>
        )}
        {job !== null && job.state === 'running' && (
          <p role="status" data-testid="portfolio-progress">
            <progress max={Math.max(1, job.total)} value={job.done} />{' '}
            {t('portfolio.progress', { done: job.done, total: job.total })}{' '}
            <button type="button" className="btn" onClick={() => void cancel()}>
              {t('portfolio.cancel')}
            </button>
          </p>
        )}
        {job?.state === 'cancelled' && <p role="status">{t('portfolio.cancelled')}</p>}
        {job?.state === 'failed' && (
          <CallErrorNotice error={job.error ?? { code: 'INTERNAL', message: '' }} testId="portfolio-failed" />
        )}
      </section>
      {result !== null && (
        <>
          <p role="status" data-testid="portfolio-summary">
            {PORTFOLIO_TEXT[lang].summary(result.rows.length, result.refused.length)}
          </p>
          {(result.empty_folders ?? []).map((f) => (
            <p key={f.path} className="notice notice--info notice--inline" data-testid="portfolio-empty-folder">
              {PORTFOLIO_TEXT[lang].emptyFolder(f.folder)}
            </p>
          ))}
          {result.rows.length === 0 ? (
            <p className="muted">{t('portfolio.empty')}</p>
          ) : (
            <PortfolioTable portfolio={result} lang={lang} />
          )}
          {result.refused.length > 0 && (
            <section aria-labelledby="portfolio-refused">
              <h2 id="portfolio-refused">{PORTFOLIO_TEXT[lang].refused}</h2>
              <ul data-testid="portfolio-refused">
                {result.refused.map((r) => (
                  <li key={r.path}>
                    <strong>{r.file}</strong>: {refusalText(r, lang)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {result.rows.length > 0 && (
            <section aria-labelledby="portfolio-chart">
              <h2 id="portfolio-chart">{t('portfolio.chart')}</h2>
              <EChart
                option={aggregateOption(aggregatePathway(result.rows), lang === 'zh')}
                revision={0}
                label={t('portfolio.chart')}
                testId="portfolio-chart"
                summary={{ parks: result.rows.length }}
              />
            </section>
          )}
          <section className="card">
            {typed && (
              <label className="field">
                <span className="field__label">{t('portfolio.exportPath')}</span>
                <input
                  className="input input--mono"
                  data-testid="portfolio-export-path"
                  maxLength={4096}
                  value={exportPath}
                  onChange={(e) => setExportPath(e.target.value)}
                />
              </label>
            )}
            <button type="button" className="btn" data-testid="portfolio-export-xlsx" onClick={() => void exportAs('xlsx')}>
              {t('portfolio.exportXlsx')}
            </button>{' '}
            <button type="button" className="btn" data-testid="portfolio-export-pdf" onClick={() => void exportAs('pdf')}>
              {t('portfolio.exportPdf')}
            </button>
            {notice !== null && <p role="status">{notice}</p>}
          </section>
        </>
      )}
    </div>
  );
}
