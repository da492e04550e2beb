import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../core/api/contract.ts';
import { ApiCallError } from '../../api/client.ts';
import { ErrorDetail } from '../../app/ErrorDetail.tsx';
import { errorParts, type ErrorParts } from '../../app/CallErrorNotice.tsx';
import { useClient, useStoreState } from '../../app/context.tsx';
import { pickSavePath } from '../../api/save-dialog.ts';
import { Modal } from '../../app/Modal.tsx';
import { formatNumber } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { defaultReportPath, pathProblem, withFormat, withLang, type ReportFormat, type ReportLang } from './export-path.ts';
import './export.css';
import { useLocalName } from '../../i18n/use-local-name.ts';

/**
 * "Export report…" in the top bar: PDF or Excel, Chinese or English, which scenarios, and the
 * file to write, then `report.export` on the host (about a second of work on a worker). In the
 * browser host the path is typed (the host keeps it inside its project folder); the desktop
 * host writes only paths chosen in its native save dialog, so there the typed path is only the
 * dialog's suggestion. An existing file is replaced only after the person confirms (issue 14).
 */
export function ExportReportButton() {
  const { t } = useTranslation();
  const { session } = useStoreState();
  const [open, setOpen] = useState(false);
  if (session === null) return null;
  return (
    <div className="topbar__group">
      <button type="button" className="btn btn--quiet" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('exportReport.open')}
      </button>
      {open && <ExportReportDialog onClose={() => setOpen(false)} />}
    </div>
  );
}

type Outcome =
  | { state: 'form' }
  | { state: 'working' }
  | { state: 'done'; result: ResponseOf<'report.export'> }
  | ({ state: 'failed' } & ErrorParts);

function ExportReportDialog({ onClose }: { onClose: () => void }) {
  const ln = useLocalName();
  const { t, i18n } = useTranslation();
  const client = useClient();
  const { session } = useStoreState();
  const titleId = useId();
  const pathId = useId();
  const hintId = useId();
  const errorId = useId();
  const locale = currentLocale(i18n.language);
  const plan = session?.plan;
  const meta = session?.meta;

  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [lang, setLang] = useState<ReportLang>(i18n.language === 'zh-CN' ? 'zh' : 'en');
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(plan?.scenarios.map((s) => s.id) ?? []));
  const [path, setPath] = useState(() =>
    defaultReportPath({
      projectPath: meta?.path ?? null,
      recentPath: null,
      parkName: plan?.park.name ?? '',
      format: 'pdf',
      lang,
    }),
  );
  const touched = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'form' });
  /** The path that exists already, while the person decides whether to replace it. */
  const [exists, setExists] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  // An untitled project has no folder of its own: suggest the last opened project's folder,
  // else the user's documents folder.
  useEffect(() => {
    if (meta?.path !== null) return;
    Promise.all([client.call('project.recent', {}), client.call('app.info', {})]).then(
      ([recent, info]) => {
        if (!alive.current || touched.current) return;
        const recentPath = recent[0]?.path ?? null;
        const parkName = plan?.park.name ?? '';
        setPath(
          defaultReportPath({ projectPath: null, recentPath, documentsDir: info.documents_dir ?? null, parkName, format, lang }),
        );
      },
      () => undefined, // no suggestion then; the person types the path
    );
    // Only once, when the dialog opens; later choices adjust the suggestion themselves.
  }, []);

  if (plan === undefined || meta === undefined) return null;
  const formatName = t(`exportReport.${format}`);

  const changeFormat = (next: ReportFormat) => {
    setFormat(next);
    setPath((p) => withFormat(p, next));
    setProblem(null);
  };
  const changeLang = (next: ReportLang) => {
    setLang(next);
    setPath((p) => withLang(p, next));
  };
  const toggle = (id: string, on: boolean) =>
    setChosen((cur) => {
      const next = new Set(cur);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const target = path.trim();
    const bad = pathProblem(target, format);
    if (bad !== null) {
      setProblem(
        bad === 'not_absolute'
          ? t('exportReport.notAbsolute')
          : t('exportReport.wrongExtension', { format: formatName, ext: format }),
      );
      return;
    }
    if (chosen.size === 0) {
      setProblem(t('exportReport.pickOne'));
      return;
    }
    setProblem(null);
    if (client.shell === 'electron') {
      // The native dialog asks about replacing an existing file itself.
      const picked = await pickSavePath(client, format, target);
      if (picked === null) return;
      setPath(picked);
      await write(picked, true);
    } else await write(target, false);
  };

  const write = async (target: string, overwrite: boolean) => {
    setExists(null);
    setOutcome({ state: 'working' });
    try {
      const result = await client.call('report.export', {
        project_id: meta.project_id,
        format,
        lang,
        // In plan order, as the report lists them.
        scenario_ids: plan.scenarios.filter((s) => chosen.has(s.id)).map((s) => s.id),
        path: target,
        overwrite,
      });
      if (alive.current) setOutcome({ state: 'done', result });
    } catch (error) {
      if (!alive.current) return;
      if (error instanceof ApiCallError && error.code === 'FILE_EXISTS') {
        setOutcome({ state: 'form' });
        setExists(target);
        return;
      }
      setOutcome({ state: 'failed', ...errorParts(error) });
    }
  };

  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? t('exportReport.mb', { size: formatNumber(bytes / 1024 / 1024, locale, 1) })
      : t('exportReport.kb', { size: formatNumber(bytes / 1024, locale, 0) });
  const working = outcome.state === 'working';

  return (
    <Modal open titleId={titleId} onCancel={onClose}>
      {outcome.state === 'done' ? (
        <div className="modal__body" data-testid="export-result">
          <h2 id={titleId}>{t('exportReport.title')}</h2>
          <p role="status" className="export__done">
            {t('exportReport.done')}
          </p>
          <dl className="export__facts">
            <dt>{t('exportReport.resultPath')}</dt>
            <dd>
              <code data-testid="export-path">{outcome.result.path}</code>
            </dd>
            <dt>{t('exportReport.resultSize')}</dt>
            <dd>
              {[
                size(outcome.result.bytes),
                outcome.result.pages === null ? null : t('exportReport.resultPages', { count: outcome.result.pages }),
                t('exportReport.resultScenarios', { count: outcome.result.scenario_ids.length }),
              ]
                .filter((x) => x !== null)
                .join(' · ')}
            </dd>
            <dt>{t('exportReport.resultFingerprint')}</dt>
            <dd>
              <code>{outcome.result.fingerprint.slice(0, 16)}</code>
            </dd>
          </dl>
          <div className="modal__actions">
            <button type="button" className="btn btn--quiet" onClick={() => setOutcome({ state: 'form' })}>
              {t('exportReport.again')}
            </button>
            <button type="button" className="btn btn--primary" autoFocus onClick={onClose}>
              {t('exportReport.close')}
            </button>
          </div>
        </div>
      ) : (
        <form className="modal__body form export" onSubmit={(e) => void submit(e)} aria-busy={working}>
          <h2 id={titleId}>{t('exportReport.title')}</h2>
          <div className="export__choices">
            <fieldset className="export__group" disabled={working}>
              <legend>{t('exportReport.format')}</legend>
              {(['pdf', 'docx', 'xlsx'] as const).map((f) => (
                <label key={f} className="check">
                  <input type="radio" name="report-format" checked={format === f} onChange={() => changeFormat(f)} />
                  {t(`exportReport.${f}`)}
                </label>
              ))}
            </fieldset>
            <fieldset className="export__group" disabled={working}>
              <legend>{t('exportReport.language')}</legend>
              {(
                [
                  ['zh', '中文'],
                  ['en', 'English'],
                ] as const
              ).map(([l, name]) => (
                <label key={l} className="check" lang={l === 'zh' ? 'zh-CN' : 'en'}>
                  <input type="radio" name="report-lang" checked={lang === l} onChange={() => changeLang(l)} />
                  {name}
                </label>
              ))}
            </fieldset>
          </div>
          <fieldset className="export__group" disabled={working}>
            <legend>{t('exportReport.scenarios')}</legend>
            <div className="export__scenario-actions">
              <button
                type="button"
                className="btn btn--small btn--quiet"
                onClick={() => setChosen(new Set(plan.scenarios.map((s) => s.id)))}
              >
                {t('exportReport.all')}
              </button>
              <button type="button" className="btn btn--small btn--quiet" onClick={() => setChosen(new Set())}>
                {t('exportReport.none')}
              </button>
            </div>
            <ul className="export__scenarios">
              {plan.scenarios.map((s) => (
                <li key={s.id}>
                  <label className="check">
                    <input type="checkbox" checked={chosen.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
                    {ln(s)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <label className="field" htmlFor={pathId}>
            <span className="field__label">{t('exportReport.path')}</span>
            <input
              id={pathId}
              className="input input--mono"
              type="text"
              spellCheck={false}
              autoComplete="off"
              maxLength={4096}
              value={path}
              disabled={working}
              aria-invalid={problem !== null && problem !== t('exportReport.pickOne')}
              aria-describedby={problem !== null ? `${hintId} ${errorId}` : hintId}
              onChange={(e) => {
                touched.current = true;
                setPath(e.target.value);
                setProblem(null);
              }}
            />
          </label>
          <p className="field__hint" id={hintId}>
            {t(client.shell === 'electron' ? 'exportReport.pathHintDesktop' : 'exportReport.pathHint', { ext: format })}
          </p>
          {problem !== null && (
            <p className="field__error" id={errorId} role="alert">
              {problem}
            </p>
          )}
          {working && (
            <div className="export__progress" role="status">
              <progress aria-label={t('exportReport.working')} />
              <span>{t('exportReport.working')}</span>
            </div>
          )}
          {exists !== null && (
            <p role="alert" data-testid="export-exists">
              {t('exportReport.exists', { path: exists })}{' '}
              <button type="button" className="btn btn--small" onClick={() => void write(exists, true)}>
                {t('exportReport.replace')}
              </button>
            </p>
          )}
          {outcome.state === 'failed' && (
            <div className="notice notice--error notice--inline" role="alert" data-testid="export-error">
              <div className="notice__body">
                <strong className="notice__title">
                  {t('exportReport.failed')} {t(`errors.${outcome.code}`)}
                </strong>
                <ErrorDetail message={outcome.message} details={outcome.details} reason={outcome.reason} />
              </div>
            </div>
          )}
          <div className="modal__actions">
            <button type="button" className="btn btn--quiet" onClick={onClose}>
              {t('exportReport.cancel')}
            </button>
            <button type="submit" className="btn btn--primary" disabled={working}>
              {t('exportReport.submit')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
