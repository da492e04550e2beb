import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOURLY_SERIES_KINDS, type HourlySeriesKind } from '../../../../core/model/hourly-series.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { useClient, useStore } from '../../app/context.tsx';
import { formatDateTime, formatNumber } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import {
  baseFileName,
  importTarget,
  importTargets,
  problemLines,
  type ProblemLine,
  removeSeries,
  seriesRows,
  type SeriesRow,
} from './hourly-series-rows.ts';
import { nameLang, useLocalName } from '../../i18n/use-local-name.ts';
import { reasonSentence } from '../../app/error-reason.ts';

type Feedback =
  | { kind: 'none' }
  | { kind: 'refused'; file: string; lines: ProblemLine[] }
  | { kind: 'imported'; name: string; warnings: string[] };

/**
 * The plan's own hourly data (Issue 4 "Imports"): the list of imported series and a small form
 * to import one. The renderer only reads the file's text and sends it with `series.import`; the
 * host parses it, refuses a bad file with the row and reason, or adds the series as one edit
 * that the store records as one undo step (`store.hostEdit`). Removing is an ordinary commit.
 */
export function HourlyDataPanel({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const store = useStore();
  const ln = useLocalName();
  const rows = seriesRows(plan, ln);

  const remove = (row: SeriesRow) => {
    store.commit((d) => removeSeries(d, row.id), { label: t('park.hourly.removeLabel', { name: row.name }) });
  };

  return (
    <section className="section hourly-data" aria-labelledby="hourly-title" data-testid="hourly-data">
      <div className="section__head">
        <h2 id="hourly-title">{t('park.hourly.title')}</h2>
        <span className="muted">{t('park.hourly.count', { count: rows.length })}</span>
      </div>
      <p className="muted small hourly-data__intro">{t('park.hourly.intro')}</p>
      {rows.length === 0 ? (
        <p className="muted" data-testid="hourly-empty">
          {t('park.hourly.empty')}
        </p>
      ) : (
        <div className="table-wrap table-wrap--auto">
          <table className="data-table hourly-table" data-testid="hourly-list">
            <caption className="visually-hidden">{t('park.hourly.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('park.hourly.columns.kind')}</th>
                <th scope="col">{t('park.hourly.columns.target')}</th>
                <th scope="col">{t('park.hourly.columns.name')}</th>
                <th scope="col">{t('park.hourly.columns.source')}</th>
                <th scope="col" className="num">
                  {t('park.hourly.columns.annual')}
                </th>
                {!readOnly && (
                  <th scope="col">
                    <span className="visually-hidden">{t('park.hourly.columns.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="hourly-row" data-series-id={r.id}>
                  <td>{t(`park.hourly.kind.${r.kind}`)}</td>
                  <td>{r.target ?? t('park.hourly.thePark')}</td>
                  <th scope="row">{r.name}</th>
                  <td>
                    <span className="hourly-table__file">{r.fileName}</span>{' '}
                    <span className="muted small">
                      {t('park.hourly.importedAt', { date: formatDateTime(r.importedAt, locale) })}
                    </span>
                  </td>
                  <td className="num">
                    {r.annual.kind === 'ghi_kwh_per_m2'
                      ? t('park.hourly.annualGhi', { value: formatNumber(r.annual.value, locale, 0) })
                      : t('park.hourly.annualSum', { value: formatNumber(r.annual.value, locale, 1) })}
                  </td>
                  {!readOnly && (
                    <td>
                      <button
                        type="button"
                        className="btn btn--quiet"
                        aria-label={t('park.hourly.removeNamed', { name: r.name })}
                        onClick={() => remove(r)}
                      >
                        {t('park.hourly.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!readOnly && <ImportForm plan={plan} />}
    </section>
  );
}

/**
 * A refused import's problems: each said in the screen's language from the host's reason;
 * one without a reason is the host's English line, marked as such on a screen in another language.
 */
function ProblemList({ lines }: { lines: readonly ProblemLine[] }) {
  const { t, i18n } = useTranslation();
  const said = lines.map((l) => ({ line: l, sentence: reasonSentence(l.reason, i18n.language) }));
  const english = said.filter((s) => s.sentence === null && s.line.localised !== true);
  const local = said.filter((s) => s.sentence !== null || s.line.localised === true);
  return (
    <>
      {local.length > 0 && (
        <ul className="notice__issues">
          {local.map((s) => (
            <li key={s.line.text}>{s.sentence ?? s.line.text}</li>
          ))}
        </ul>
      )}
      {english.length > 0 && nameLang(i18n.language) !== 'en' && (
        <p data-testid="error-english-only">{t('errors.englishOnly')}</p>
      )}
      {english.length > 0 && (
        <ul className="notice__issues" lang="en">
          {english.map((s) => (
            <li key={s.line.text}>{s.line.text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function ImportForm({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  // The host says a file's problems in English only (core/profiles): another language marks them so.
  const englishOnly = nameLang(i18n.language) !== 'en';
  const ln = useLocalName();
  const store = useStore();
  const client = useClient();
  const fid = useId();
  const [kind, setKind] = useState<HourlySeriesKind>('load');
  const [picked, setPicked] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  // Bumped after an import so the file input forgets the file it held.
  const [inputKey, setInputKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>({ kind: 'none' });

  const options = importTargets(plan, kind, ln);
  const target = options.find((o) => o.id === picked) ?? options.find((o) => !o.taken) ?? options[0];
  const weatherTaken = kind === 'weather' && plan.hourly_series.some((s) => s.kind === 'weather');
  const blocked = kind === 'weather' ? weatherTaken : target === undefined || target.taken;
  const kindName = t(`park.hourly.kind.${kind}`);

  const run = async () => {
    if (file === null || blocked) return;
    const fileName = baseFileName(file.name);
    setBusy(true);
    setFeedback({ kind: 'none' });
    try {
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        setFeedback({
          kind: 'refused',
          file: fileName,
          lines: [{ text: t('park.hourly.readFailed', { message: String(e) }), localised: true }],
        });
        return;
      }
      const outcome = await store.hostEdit(
        t('park.hourly.importLabel', { kind: kindName, file: fileName }),
        (project_id, base_revision) =>
          client.call('series.import', {
            project_id,
            base_revision,
            kind,
            target: importTarget(kind, target?.id ?? ''),
            file_name: fileName,
            text,
          }),
      );
      if (outcome.ok) {
        const added = outcome.value.series_id;
        setFeedback({
          kind: 'imported',
          name: store.getSnapshot().session?.plan.hourly_series.find((s) => s.id === added)?.name ?? added,
          warnings: outcome.value.warnings,
        });
        setFile(null);
        setInputKey((k) => k + 1);
      } else if (outcome.reason === 'refused' && outcome.error.code === 'INVALID_REQUEST') {
        setFeedback({ kind: 'refused', file: fileName, lines: problemLines(outcome.error.message, outcome.error.details) });
      }
      // Other failures are shown in the app's notice area by the store.
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="hourly-import"
      aria-labelledby={`${fid}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <h3 id={`${fid}-title`} className="hourly-import__title">
        {t('park.hourly.importTitle')}
      </h3>
      <div className="hourly-import__fields">
        <div className="field">
          <label className="field__label" htmlFor={`${fid}-kind`}>
            {t('park.hourly.kindLabel')}
          </label>
          <select
            id={`${fid}-kind`}
            className="input"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as HourlySeriesKind);
              setPicked(null);
              setFeedback({ kind: 'none' });
            }}
            data-testid="hourly-kind"
          >
            {HOURLY_SERIES_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`park.hourly.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {kind !== 'weather' && (
          <div className="field">
            <label className="field__label" htmlFor={`${fid}-target`}>
              {kind === 'load' ? t('park.hourly.enterprise') : t('park.hourly.measure')}
            </label>
            <select
              id={`${fid}-target`}
              className="input"
              value={target?.id ?? ''}
              disabled={options.length === 0}
              onChange={(e) => setPicked(e.target.value)}
              data-testid="hourly-target"
            >
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.taken ? t('park.hourly.taken', { name: o.label }) : o.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor={`${fid}-file`}>
            {kind === 'weather' ? t('park.hourly.fileEpw') : t('park.hourly.fileCsv')}
          </label>
          <input
            key={inputKey}
            id={`${fid}-file`}
            className="input hourly-import__file"
            type="file"
            accept={kind === 'weather' ? '.epw' : '.csv,.txt'}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFeedback({ kind: 'none' });
            }}
            data-testid="hourly-file"
          />
        </div>
        <button type="submit" className="btn btn--primary" disabled={busy || file === null || blocked}>
          {busy ? t('park.hourly.importing') : t('park.hourly.action')}
        </button>
      </div>
      {kind !== 'weather' && options.length === 0 && kind !== 'load' && (
        <p className="muted small">{t('park.hourly.noTargets', { kind: kindName })}</p>
      )}
      {weatherTaken && <p className="muted small">{t('park.hourly.weatherTaken')}</p>}
      {feedback.kind === 'refused' && (
        <div className="notice notice--error hourly-import__problems" role="alert" data-testid="hourly-problems">
          <div className="notice__body">
            <p>{t('park.hourly.refused', { file: feedback.file })}</p>
            <ProblemList lines={feedback.lines} />
          </div>
        </div>
      )}
      {feedback.kind === 'imported' && (
        <div role="status" className="hourly-import__done" data-testid="hourly-imported">
          <p>{t('park.hourly.imported', { name: feedback.name })}</p>
          {feedback.warnings.length > 0 && (
            <>
              <p className="muted small">{t('park.hourly.warnings')}</p>
              {englishOnly && <p className="muted small">{t('errors.englishOnly')}</p>}
              <ul className="muted small" lang="en">
                {feedback.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}
