import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { ResponseOf } from '../../../../core/api/contract.ts';
import { offerCandidates, type CandidateOffer } from '../../../../core/optimise/candidate-offers.ts';
import { useClient, useStore, useStoreState } from '../../app/context.tsx';
import { CandidateTable } from './CandidateTable.tsx';
import { OptimiseResult } from './OptimiseResult.tsx';
import {
  editsOf,
  parkBoundsOf,
  EMPTY_PARK,
  type DraftProblem,
  type Drafts,
  type ParkDraft,
  type ParkField,
} from './candidate-drafts.ts';
import { ParkBoundsForm } from './ParkBoundsForm.tsx';
import '../results/results.css';
import './optimise.css';
import { useLocalName } from '../../i18n/use-local-name.ts';
import { usePolledJob } from '../../state/use-polled-job.ts';
import { CallErrorNotice } from '../../app/CallErrorNotice.tsx';

type Job = ResponseOf<'optimise.status'>;

function safeOffers(plan: Plan, scenarioId: string): CandidateOffer[] {
  try {
    return offerCandidates(plan, scenarioId);
  } catch {
    return []; // an invalid cost override: the Factors screen says which
  }
}

/** A base with candidates to size: the first child scenario that has some, else the root. */
function defaultBase(plan: Plan): string {
  const child = plan.scenarios.find((s) => s.parent_id !== null && safeOffers(plan, s.id).length > 0);
  return (child ?? plan.scenarios[0]!).id;
}

/**
 * Plan to targets (优化): the least-cost planner. The user picks a base scenario, edits the
 * candidates' maxima and unit costs, the targets and the time resolution, and runs; the run is a
 * host job (progress, cancel) that never touches the project. "Create scenario" then adds the
 * answer as an ordinary child scenario with one undoable edit.
 */
export function OptimiseScreen({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const ln = useLocalName();
  const { t, i18n } = useTranslation();
  const client = useClient();
  const store = useStore();
  const session = useStoreState().session;
  const projectId = session?.meta.project_id ?? '';
  const revision = session?.meta.revision ?? null;
  const ids = { base: useId(), days: useId(), period: useId(), name: useId() };

  const [baseId, setBaseId] = useState(() => defaultBase(plan));
  const base = plan.scenarios.find((s) => s.id === baseId) ?? plan.scenarios[0]!;
  const offers = useMemo(() => safeOffers(plan, base.id), [plan, base.id]);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [park, setPark] = useState<ParkDraft>(EMPTY_PARK);
  const [parkProblems, setParkProblems] = useState<ParkField[]>([]);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [days, setDays] = useState(8);
  const [periodYears, setPeriodYears] = useState(5);
  const [carbon, setCarbon] = useState(false);
  /** A failed call: an ApiCallError, or a sentence of this screen's own. */
  const [error, setError] = useState<unknown>(null);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const { job, setJob, follow, stop } = usePolledJob<Job>({
    status: (job_id) => client.call('optimise.status', { job_id }),
    intervalMs: 250,
    onError: (e) => setError(e),
  });
  const running = job?.state === 'running';

  const run = async () => {
    setError(null);
    setCreated(null);
    const edits = editsOf(offers, drafts);
    const bounds = parkBoundsOf(park);
    setProblems(edits.ok ? [] : edits.problems);
    setParkProblems(bounds.ok ? [] : bounds.problems);
    if (!edits.ok || !bounds.ok) return;
    const defaultName = t('optimise.defaultName', { base: ln(base) });
    setName(defaultName);
    try {
      const s = await client.call('optimise.start', {
        project_id: projectId,
        scenario_id: base.id,
        candidates: edits.edits,
        target_ids: plan.targets.filter((x) => !excluded.has(x.id)).map((x) => x.id),
        days,
        period_years: periodYears,
        include_carbon_price: carbon,
        bounds: bounds.bounds,
        name: defaultName,
      });
      follow(s);
    } catch (e) {
      setError(e);
    }
  };

  const cancel = async () => {
    if (job === null) return;
    stop();
    setJob(await client.call('optimise.cancel', { job_id: job.job_id }));
  };

  const createScenario = async () => {
    if (job === null || job.result === null) return;
    const record = job.result.record;
    const finalName = name.trim() === '' ? job.result.scenario_name : name.trim();
    const outcome = await store.hostEdit(t('optimise.result.create'), (project_id, base_revision) =>
      client.call('optimise.createScenario', {
        project_id,
        base_revision,
        job_id: job.job_id,
        name: finalName,
        description: t('optimise.result.description', { base: ln(base), date: record.created_on }),
      }),
    );
    if (outcome.ok) {
      setCreated(finalName);
      setJob(await client.call('optimise.status', { job_id: job.job_id }));
    } else if (outcome.reason === 'refused' && outcome.error.code === 'REVISION_CONFLICT')
      setError(t('optimise.result.conflict'));
  };

  const progressText = (s: Job) => {
    const round = s.round ?? 1;
    if (s.phase === 'solve' && s.iterations !== null)
      return t('optimise.progress.solveIterations', { round, iterations: s.iterations.toLocaleString(i18n.language) });
    return t(`optimise.progress.${s.phase ?? 'prepare'}`, { round });
  };
  const problemText = (p: DraftProblem) =>
    t(p.field === 'min' ? 'optimise.candidates.invalidMin' : 'optimise.candidates.invalid', {
      name: (() => {
        const m = plan.scenarios.flatMap((x) => x.measures).find((x) => x.id === p.id);
        return m !== undefined ? ln(m) : (offers.find((o) => o.id === p.id)?.name ?? p.id);
      })(),
      part: t(`optimise.candidates.part.${p.part}`),
    });
  const int = (v: string, lo: number, hi: number, fallback: number) => {
    const n = Math.round(Number(v));
    return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
  };

  return (
    <div className="page optimise-page">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('optimise.title')}</h1>
        <p className="page__intro">{t('optimise.intro')}</p>
      </header>

      <section className="card optimise-setup" aria-label={t('optimise.resolution.title')}>
        <div className="field">
          <label className="field__label" htmlFor={ids.base}>
            {t('optimise.base')}
          </label>
          <select
            id={ids.base}
            className="input"
            value={base.id}
            disabled={running}
            onChange={(e) => {
              setBaseId(e.target.value);
              setDrafts({});
              setProblems([]);
            }}
          >
            {plan.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {ln(s)}
              </option>
            ))}
          </select>
          <span className="field__hint">{t('optimise.baseHelp')}</span>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.days}>
            {t('optimise.resolution.days')}
          </label>
          <input
            id={ids.days}
            className="input input--number"
            type="number"
            min={2}
            max={60}
            value={days}
            disabled={running}
            onChange={(e) => setDays(int(e.target.value, 2, 60, 8))}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.period}>
            {t('optimise.resolution.periodYears')}
          </label>
          <input
            id={ids.period}
            className="input input--number"
            type="number"
            min={1}
            max={40}
            value={periodYears}
            disabled={running}
            onChange={(e) => setPeriodYears(int(e.target.value, 1, 40, 5))}
          />
        </div>
        <label className="optimise-check">
          <input type="checkbox" checked={carbon} disabled={running} onChange={(e) => setCarbon(e.target.checked)} />
          {t('optimise.resolution.carbon')}
        </label>
        <p className="muted optimise-setup__help">{t('optimise.resolution.help')}</p>
      </section>

      <section className="card" aria-labelledby={`${ids.base}-candidates`}>
        <h2 id={`${ids.base}-candidates`}>{t('optimise.candidates.title')}</h2>
        <p className="muted">{t('optimise.candidates.intro')}</p>
        <CandidateTable
          plan={plan}
          offers={offers}
          drafts={drafts}
          problems={problems}
          disabled={running}
          onChange={(id, d) => setDrafts((cur) => ({ ...cur, [id]: d }))}
        />
        {problems.length > 0 && (
          <ul className="notice notice--error" role="alert">
            {problems.map((p) => (
              <li key={`${p.id}-${p.part}-${p.field ?? 'max'}`}>{problemText(p)}</li>
            ))}
          </ul>
        )}
      </section>

      <ParkBoundsForm draft={park} problems={parkProblems} disabled={running} onChange={setPark} />

      <section className="card" aria-labelledby={`${ids.base}-targets`}>
        <h2 id={`${ids.base}-targets`}>{t('optimise.targets.title')}</h2>
        {plan.targets.length === 0 ? (
          <p className="muted">{t('optimise.targets.none')}</p>
        ) : (
          <ul className="optimise-targets" data-testid="optimise-target-list">
            {plan.targets.map((x) => (
              <li key={x.id}>
                <label className="optimise-check">
                  <input
                    type="checkbox"
                    checked={!excluded.has(x.id)}
                    disabled={running}
                    onChange={(e) => {
                      const next = new Set(excluded);
                      if (e.target.checked) next.delete(x.id);
                      else next.add(x.id);
                      setExcluded(next);
                    }}
                  />
                  {ln(x)}
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card optimise-run" data-testid="optimise-run">
        <div className="optimise-run__buttons">
          <button type="button" className="btn btn--primary" disabled={running || offers.length === 0} onClick={() => void run()}>
            {t('optimise.run')}
          </button>
          {running && (
            <button type="button" className="btn" onClick={() => void cancel()}>
              {t('optimise.cancel')}
            </button>
          )}
        </div>
        {running && job !== null && (
          <p role="status" className="optimise-progress" data-testid="optimise-progress" data-phase={job.phase ?? ''}>
            <progress max={job.steps} value={job.step} aria-label={t('optimise.progress.label')} /> {progressText(job)}
          </p>
        )}
        {job?.state === 'cancelled' && <p role="status">{t('optimise.cancelled')}</p>}
        {job?.state === 'failed' &&
          (job.error?.reason === 'time_limit' || job.error?.reason === 'solver_failed' ? (
            <p className="notice notice--error" role="alert">
              {t(`optimise.failed.${job.error.reason}`)}
            </p>
          ) : (
            <CallErrorNotice error={job.error ?? { code: 'INTERNAL', message: '' }} testId="optimise-failed" />
          ))}
        {typeof error === 'string' && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        {error !== null && typeof error !== 'string' && <CallErrorNotice error={error} testId="optimise-error" />}
      </section>

      {job?.state === 'done' && job.result !== null && (
        <>
          <OptimiseResult plan={plan} record={job.result.record} revision={revision} />
          <section className="card optimise-create" data-testid="optimise-create">
            {created !== null ? (
              <p role="status">{t('optimise.result.created', { name: created })}</p>
            ) : (
              <>
                <div className="field">
                  <label className="field__label" htmlFor={ids.name}>
                    {t('optimise.result.scenarioName')}
                  </label>
                  <input id={ids.name} className="input" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
                </div>
                <button
                  type="button"
                  className="btn btn--primary"
                  disabled={readOnly || job.created_scenario_id !== null}
                  onClick={() => void createScenario()}
                >
                  {t('optimise.result.create')}
                </button>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
