import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { OutputSpec } from '../../../../core/uncertainty/outputs.ts';
import type { MonteCarloResult, TornadoResult } from '../../../../core/uncertainty/result-schema.ts';
import type { ResponseOf } from '../../../../core/api/contract.ts';
import { useClient, useStoreState } from '../../app/context.tsx';
import { EChart } from '../../charts/EChart.tsx';
import { formatNumber, formatYear } from '../../charts/format.ts';
import { ChartCard, useChartContext } from '../results/ChartCard.tsx';
import { RiskInputs } from './RiskInputs.tsx';
import { RiskSweep } from './RiskSweep.tsx';
import { bandsOption, histogramOption, tornadoOption } from './risk-charts.ts';
import '../results/results.css';
import './risk.css';
import { useLocalName, useTargetNames } from '../../i18n/use-local-name.ts';
import { usePolledJob } from '../../state/use-polled-job.ts';
import { useSelectedScenario } from '../../state/selected-scenario.ts';
import { CallErrorNotice } from '../../app/CallErrorNotice.tsx';

type Job = ResponseOf<'uncertainty.status'>;
const MILESTONES = [2025, 2030, 2035, 2040, 2050, 2060];

function outputKey(o: OutputSpec): string {
  return o.kind === 'target_margin' ? `margin:${o.target_id}:${o.year}` : o.kind;
}

/** The Risk (不确定性) screen: uncertain inputs, tornado, Monte Carlo with progress and cancel. */
export function RiskScreen({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const ln = useLocalName();
  const { t } = useTranslation();
  const ctx = useChartContext();
  const { locale } = ctx;
  const client = useClient();
  const session = useStoreState().session;
  const projectId = session?.meta.project_id ?? '';
  const revision = session?.meta.revision ?? null;
  // The scenario chosen on any screen (Scenarios, Measures, Results share it), else the last
  // one; one deleted since it was chosen gives way to the last rather than a call for a
  // scenario that is gone.
  const lastId = () => plan.scenarios[plan.scenarios.length - 1]!.id;
  const [chosenId, setScenarioId] = useSelectedScenario(plan, lastId);
  const scenario = plan.scenarios.find((s) => s.id === chosenId) ?? plan.scenarios[plan.scenarios.length - 1]!;
  const scenarioId = scenario.id;
  // Set by the least-cost planner on the scenario it creates; read loosely so this screen does
  // not depend on the optimiser's record type (absent: no hint).
  const leastCost = ((scenario as { optimiser?: unknown }).optimiser ?? null) !== null;
  const scenarioSelect = useId();
  const hasInputs = (plan.uncertainty?.inputs.length ?? 0) > 0;

  const outputs = useMemo<{ spec: OutputSpec; label: string }[]>(
    () => [
      { spec: { kind: 'npv_total_cost' }, label: t('risk.output.npv') },
      { spec: { kind: 'cumulative_net_emissions' }, label: t('risk.output.emissions') },
      ...plan.targets
        .filter((x) => x.kind === 'limit')
        .map((x) => ({
          spec: { kind: 'target_margin' as const, target_id: x.id, year: 2030 },
          label: t('risk.output.margin', { target: ln(x), year: formatYear(2030, locale) }),
        })),
    ],
    [plan.targets, t, locale, ln],
  );
  const [outputIndex, setOutputIndex] = useState(0);
  const output = outputs[Math.min(outputIndex, outputs.length - 1)]!;
  const [tornadoRun, setTornado] = useState<TornadoResult | null>(null);
  const tornado = tornadoRun !== null && tornadoRun.scenario_id === scenarioId ? tornadoRun : null;
  const [tornadoBusy, setTornadoBusy] = useState(false);
  /** A failed call or Monte Carlo job, said by CallErrorNotice. */
  const [error, setError] = useState<unknown>(null);

  const runTornado = async () => {
    setTornadoBusy(true);
    setError(null);
    try {
      setTornado(
        (await client.call('uncertainty.tornado', { project_id: projectId, scenario_id: scenarioId, output: output.spec }))
          .tornado,
      );
    } catch (e) {
      setError(e);
    } finally {
      setTornadoBusy(false);
    }
  };

  const [runs, setRuns] = useState('500');
  const [seed, setSeed] = useState('1');
  const { job, setJob, follow } = usePolledJob<Job>({
    status: (job_id) => client.call('uncertainty.status', { job_id }),
    intervalMs: 300,
    onError: (e) => setError(e),
    onSettled: (s) => {
      if (s.state === 'failed') setError(s.error ?? { code: 'INTERNAL', message: '' });
    },
  });
  const startMc = async () => {
    setError(null);
    try {
      const s = await client.call('uncertainty.start', {
        project_id: projectId,
        scenario_id: scenarioId,
        runs: Math.max(1, Math.min(100_000, Math.round(Number(runs) || 1))),
        seed: Math.max(0, Math.round(Number(seed) || 0)),
      });
      follow(s);
    } catch (e) {
      setError(e);
    }
  };
  const cancelMc = async () => {
    if (job !== null) setJob(await client.call('uncertainty.cancel', { job_id: job.job_id }));
  };
  // Results belong to the scenario they were run for: switching scenario hides them.
  const mc: MonteCarloResult | null = job?.state === 'done' && job.result?.scenario_id === scenarioId ? job.result : null;
  const inputName = (id: string) => plan.uncertainty?.inputs.find((i) => i.id === id)?.name ?? id;
  const npvUnit = t('results.unit.cny10k');

  return (
    <div className="page risk-page">
      <header className="results-head">
        <div className="results-head__title">
          <h1 tabIndex={-1}>{t('risk.title')}</h1>
          <p className="page__intro">{t('risk.intro')}</p>
        </div>
        <div className="results-picker">
          <label htmlFor={scenarioSelect}>{t('risk.scenario')}</label>
          <select
            id={scenarioSelect}
            className="input"
            data-testid="risk-scenario"
            value={scenarioId}
            onChange={(e) => setScenarioId(e.target.value)}
          >
            {plan.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {ln(s)}
              </option>
            ))}
          </select>
        </div>
      </header>
      {leastCost && (
        <p className="notice notice--info" data-testid="risk-least-cost">
          {t('risk.leastCost')}
        </p>
      )}
      {error !== null && <CallErrorNotice error={error} testId="risk-error" />}
      <RiskInputs plan={plan} scenarioId={scenarioId} readOnly={readOnly} />

      <ChartCard
        title={t('risk.tornado.title')}
        testId="risk-tornado"
        controls={
          <>
            <label className="field__label" htmlFor="risk-output">
              {t('risk.tornado.output')}
            </label>
            <select
              id="risk-output"
              className="input"
              value={outputKey(output.spec)}
              onChange={(e) => setOutputIndex(outputs.findIndex((o) => outputKey(o.spec) === e.target.value))}
            >
              {outputs.map((o) => (
                <option key={outputKey(o.spec)} value={outputKey(o.spec)}>
                  {o.label}
                </option>
              ))}
            </select>
            <button type="button" className="btn" disabled={!hasInputs || tornadoBusy} onClick={() => void runTornado()}>
              {t('risk.tornado.run')}
            </button>
          </>
        }
        note={
          tornadoBusy
            ? t('risk.tornado.running', { count: 1 + 2 * (plan.uncertainty?.inputs.length ?? 0) })
            : !hasInputs
              ? t('risk.mc.needInputs')
              : tornado !== null
                ? t('risk.tornado.central', {
                    value: formatNumber(
                      (tornado.central_output ?? 0) / (tornado.output.kind === 'npv_total_cost' ? 1e4 : 1),
                      locale,
                      tornado.output.kind === 'target_margin' ? 4 : 0,
                    ),
                  })
                : undefined
        }
      >
        {tornado !== null && (
          <EChart
            option={tornadoOption(
              tornado,
              tornado.bars.map((b) => inputName(b.input_id)),
              output.label,
              ctx,
              tornado.output.kind === 'npv_total_cost' ? 1e4 : 1,
            )}
            revision={revision}
            label={t('risk.tornado.chart')}
            height={Math.max(220, 40 + 28 * tornado.bars.length)}
            testId="risk-tornado-chart"
            summary={{ bars: tornado.bars.length }}
          />
        )}
      </ChartCard>

      {hasInputs && <RiskSweep plan={plan} projectId={projectId} scenarioId={scenarioId} output={output} revision={revision} />}

      <section className="card" aria-labelledby="risk-mc-title" data-testid="risk-mc">
        <h2 id="risk-mc-title">{t('risk.mc.title')}</h2>
        <div className="risk-toolbar">
          <label className="field">
            <span className="field__label">{t('risk.mc.runs')}</span>
            <input
              className="input input--number"
              inputMode="numeric"
              value={runs}
              onChange={(e) => setRuns(e.target.value)}
              size={7}
            />
          </label>
          <label className="field">
            <span className="field__label">{t('risk.mc.seed')}</span>
            <input
              className="input input--number"
              inputMode="numeric"
              value={seed}
              onChange={(e) => setSeed(e.target.value)}
              size={10}
            />
          </label>
          <button
            type="button"
            className="btn btn--primary"
            disabled={!hasInputs || job?.state === 'running'}
            onClick={() => void startMc()}
          >
            {t('risk.mc.run')}
          </button>
          {job?.state === 'running' && (
            <button type="button" className="btn" onClick={() => void cancelMc()}>
              {t('risk.mc.cancel')}
            </button>
          )}
        </div>
        {job !== null && job.state === 'running' && (
          <p role="status">
            <progress max={job.total} value={job.done} /> {t('risk.mc.progress', { done: job.done, total: job.total })}
          </p>
        )}
        {job?.state === 'cancelled' && <p role="status">{t('risk.mc.cancelled', { done: job.done })}</p>}
        {mc !== null && <MonteCarloPanels mc={mc} plan={plan} revision={revision} inputName={inputName} npvUnit={npvUnit} />}
      </section>
    </div>
  );
}

function MonteCarloPanels({
  mc,
  plan,
  revision,
  inputName,
  npvUnit,
}: {
  mc: MonteCarloResult;
  plan: Plan;
  revision: number | null;
  inputName: (id: string) => string;
  npvUnit: string;
}) {
  const { t } = useTranslation();
  const targetNames = useTargetNames(plan.targets);
  const ctx = useChartContext();
  const { locale } = ctx;
  const years = MILESTONES.filter((y) => mc.years.includes(y));
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? t('risk.mc.notChecked') : `${formatNumber(v * 100, locale, 1)}%`;
  const corr = (v: number | null) => (v === null ? '–' : formatNumber(v, locale, 2));
  return (
    <div data-testid="risk-mc-result" data-runs={mc.runs}>
      <p className="muted">{t('risk.mc.summary', { runs: mc.runs, seed: mc.seed })}</p>
      <h3>{t('risk.mc.bands')}</h3>
      <EChart
        option={bandsOption(mc, ctx)}
        revision={revision}
        label={t('risk.mc.bands')}
        testId="risk-bands"
        summary={{ years: mc.years.length }}
      />
      <div className="risk-pair">
        <div>
          <h3>{t('risk.mc.npvHistogram')}</h3>
          <EChart
            option={histogramOption(mc.summaries.npv_total_cost_cny.histogram, npvUnit, ctx, 1e4)}
            revision={revision}
            label={t('risk.mc.npvHistogram')}
            height={260}
          />
        </div>
        <div>
          <h3>{t('risk.mc.emissionsHistogram')}</h3>
          <EChart
            option={histogramOption(mc.summaries.cumulative_net_emissions_tco2.histogram, t('results.unit.tco2'), ctx)}
            revision={revision}
            label={t('risk.mc.emissionsHistogram')}
            height={260}
          />
        </div>
      </div>
      <h3>{t('risk.mc.targets')}</h3>
      <div className="table-wrap table-wrap--auto">
        <table className="data-table" data-testid="risk-target-probability">
          <thead>
            <tr>
              <th scope="col">{t('risk.mc.target')}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="num">
                  {formatYear(y, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {mc.targets.map((x) => (
              <tr key={x.id}>
                <th scope="row" className="wrap">
                  {targetNames.get(x.id) ?? x.name}
                </th>
                {years.map((y) => (
                  <td key={y} className="num">
                    {pct(x.probability[mc.years.indexOf(y)])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('risk.mc.rank')}</h3>
      <div className="table-wrap table-wrap--auto">
        <table className="data-table" data-testid="risk-rank">
          <thead>
            <tr>
              <th scope="col">{t('risk.inputs.name')}</th>
              <th scope="col" className="num">
                {t('risk.mc.rankNpv')}
              </th>
              <th scope="col" className="num">
                {t('risk.mc.rankEmissions')}
              </th>
              <th scope="col" className="num">
                {t('risk.mc.partialNpv')}
              </th>
              <th scope="col" className="num">
                {t('risk.mc.partialEmissions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...mc.rank_correlations]
              .sort((a, b) => Math.abs(b.correlations.npv_total_cost_cny ?? 0) - Math.abs(a.correlations.npv_total_cost_cny ?? 0))
              .map((c) => (
                <tr key={c.input_id}>
                  <th scope="row" className="wrap">
                    {inputName(c.input_id)}
                  </th>
                  <td className="num">{corr(c.correlations.npv_total_cost_cny)}</td>
                  <td className="num">{corr(c.correlations.cumulative_net_emissions_tco2)}</td>
                  <td className="num">{corr(c.partial.npv_total_cost_cny)}</td>
                  <td className="num">{corr(c.partial.cumulative_net_emissions_tco2)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
