import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicators, ScenarioResult } from '../../../../core/engine/result-schema.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { EChart } from '../../charts/EChart.tsx';
import { netOverlayOption } from '../../charts/compare-options.ts';
import { formatNumber, formatSigned, formatYear } from '../../charts/format.ts';
import { seriesColor } from '../../charts/palette.ts';
import { compareIndicator, keyFigures, type FigureRow } from '../../results/compare.ts';
import { indicatorUnit, milestoneYears } from '../../results/scorecard.ts';
import { resultsEn } from '../../results/messages-en.ts';
import { useLiveResults } from '../../results/use-live-results.ts';
import { ChartCard, useChartContext } from '../results/ChartCard.tsx';
import { RunStatus } from '../results/ResultsScreen.tsx';
import { formatIndicator, formatIndicatorDelta, indicatorName, unitLabel } from '../results/indicator-format.ts';
import '../results/results.css';
import { useLocalName, usePlanNames } from '../../i18n/use-local-name.ts';

const MAX = 4;
const INDICATOR_KEYS = Object.keys(resultsEn.indicator) as (keyof Indicators)[];

function deltaClass(delta: number | null): string | undefined {
  if (delta === null || Math.abs(delta) < 1e-9) return undefined;
  return delta > 0 ? 'delta--up' : 'delta--down';
}

function FiguresTable({ rows, results }: { rows: FigureRow[]; results: ScenarioResult[] }) {
  const { t } = useTranslation();
  const { locale } = useChartContext();
  const reference = results[0]?.scenario_name ?? '';
  const unitOf = (id: FigureRow['id']) =>
    id === 'npv' ? t('results.unit.cny10k') : id === 'targets_passed' ? '' : t('results.unit.tco2');
  const scale = (id: FigureRow['id'], v: number) => (id === 'npv' ? v / 1e4 : v);
  const fmt = (id: FigureRow['id'], v: number | null) => (v === null ? '–' : formatNumber(scale(id, v), locale, 0));
  const fmtDelta = (id: FigureRow['id'], d: number | null) =>
    d === null ? '–' : formatSigned(scale(id, d), locale, (x) => formatNumber(x, locale, 0));
  return (
    <div className="table-wrap table-wrap--auto">
      <table className="data-table" data-testid="compare-figures">
        <thead>
          <tr>
            <th scope="col">{t('compare.figure')}</th>
            {results.map((r, i) => [
              <th scope="col" key={r.scenario_id} className="num">
                <span className="swatch" style={{ background: seriesColor(i) }} aria-hidden="true" />
                {r.scenario_name}
                {i === 0 && <span className="sub">{t('compare.reference')}</span>}
              </th>,
              i > 0 && (
                <th scope="col" key={`${r.scenario_id}-d`} className="num">
                  {t('compare.delta', { name: reference })}
                </th>
              ),
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={`compare-row-${row.id}`}>
              <th scope="row" className="wrap">
                {t(`compare.row.${row.id}`, { year: row.year === null ? '' : formatYear(row.year, locale), of: row.of ?? 0 })}
                {unitOf(row.id) !== '' && <span className="sub">{unitOf(row.id)}</span>}
              </th>
              {row.cells.map((c, i) =>
                i === 0 ? (
                  <td key={i} className="num">
                    {fmt(row.id, c.value)}
                  </td>
                ) : (
                  [
                    <td key={`${i}v`} className="num">
                      {fmt(row.id, c.value)}
                    </td>,
                    <td
                      key={`${i}d`}
                      className={`num ${deltaClass(row.id === 'targets_passed' ? (c.delta === null ? null : -c.delta) : c.delta) ?? ''}`}
                      data-testid="delta"
                      title={t('compare.delta', { name: reference })}
                    >
                      {fmtDelta(row.id, c.delta)}
                    </td>,
                  ]
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function IndicatorByYear({ results }: { results: ScenarioResult[] }) {
  const { t } = useTranslation();
  const { locale } = useChartContext();
  const [field, setField] = useState<keyof Indicators>('net_emissions_tco2');
  const years = useMemo(() => milestoneYears(results[0]?.years.map((y) => y.year) ?? []), [results]);
  const table = useMemo(() => compareIndicator(results, field, years), [results, field, years]);
  const unit = indicatorUnit(field);
  const reference = results[0]?.scenario_name ?? '';
  return (
    <ChartCard
      title={t('compare.byYear')}
      testId="compare-by-year"
      controls={
        <label className="results-picker">
          {t('compare.indicator')}
          <select
            className="input"
            value={field}
            onChange={(e) => setField(e.target.value as keyof Indicators)}
            data-testid="compare-indicator"
          >
            {INDICATOR_KEYS.map((k) => (
              <option key={k} value={k}>
                {indicatorName(k, t)}
              </option>
            ))}
          </select>
        </label>
      }
    >
      <div className="table-wrap table-wrap--auto">
        <table className="data-table" data-testid="compare-indicator-table">
          <thead>
            <tr>
              <th scope="col">
                {t('compare.year')}
                <span className="sub">{unitLabel(unit, t)}</span>
              </th>
              {results.map((r, i) => [
                <th scope="col" className="num" key={r.scenario_id}>
                  {r.scenario_name}
                </th>,
                i > 0 && (
                  <th scope="col" className="num" key={`${r.scenario_id}-d`}>
                    {t('compare.delta', { name: reference })}
                  </th>
                ),
              ])}
            </tr>
          </thead>
          <tbody>
            {table.years.map((year, yi) => (
              <tr key={year}>
                <th scope="row">{formatYear(year, locale)}</th>
                {table.rows[yi]!.map((c, i) => [
                  <td className="num" key={`${i}v`}>
                    {formatIndicator(c.value, unit, locale, t)}
                  </td>,
                  i > 0 && (
                    <td className={`num ${deltaClass(c.delta) ?? ''}`} key={`${i}d`}>
                      {c.delta === null ? '–' : formatIndicatorDelta(c.delta, unit, locale)}
                    </td>
                  ),
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartCard>
  );
}

export function CompareScreen({ plan }: { plan: Plan }) {
  const ln = useLocalName();
  const { t } = useTranslation();
  const ctx = useChartContext();
  // Selection order matters: the first chosen is the reference for every difference.
  const [chosen, setChosen] = useState<string[]>(() => plan.scenarios.slice(0, 3).map((s) => s.id));
  const valid = chosen.filter((id) => plan.scenarios.some((s) => s.id === id));
  const live = useLiveResults(valid, { mac: false, enabled: valid.length >= 2 });
  const names = usePlanNames(plan);
  // Results carry the primary scenario name: tables and chart name scenarios in the screen's language.
  const results = useMemo(() => {
    const got = valid.length >= 2 ? (live.results ?? null) : null;
    return got === null ? null : got.map((r) => ({ ...r, scenario_name: names.scenario(r.scenario_id, r.scenario_name) }));
  }, [live.results, valid.length, names]);
  const rows = useMemo(() => (results === null ? [] : keyFigures(results)), [results]);
  const option = useMemo(() => (results === null ? null : netOverlayOption(results, ctx)), [results, ctx]);

  const toggle = (id: string) =>
    setChosen((cur) => (cur.includes(id) ? cur.filter((x) => x !== id) : cur.length >= MAX ? cur : [...cur, id]));

  return (
    <div className="page">
      <header className="results-head">
        <div className="results-head__title">
          <h1 tabIndex={-1}>{t('compare.title')}</h1>
          <p className="page__intro">{t('compare.intro')}</p>
        </div>
        <RunStatus slow={live.slow} />
      </header>
      <section className="card">
        <fieldset className="compare-picker" data-testid="compare-picker">
          <legend>{t('compare.pick')}</legend>
          {plan.scenarios.map((s) => {
            const index = valid.indexOf(s.id);
            return (
              <label key={s.id} className="check">
                <input
                  type="checkbox"
                  checked={index >= 0}
                  disabled={index < 0 && valid.length >= MAX}
                  onChange={() => toggle(s.id)}
                />
                {ln(s)}
                {index === 0 && <span className="badge badge--info">{t('compare.reference')}</span>}
              </label>
            );
          })}
          <span className="compare-picker__hint">{t('compare.pickHint')}</span>
        </fieldset>
      </section>
      {valid.length < 2 ? (
        <p className="muted">{t('compare.needTwo')}</p>
      ) : results === null || option === null ? (
        <p className="results-status results-status--busy" role="status">
          {t('results.waiting')}
        </p>
      ) : (
        <>
          <ChartCard title={t('compare.figures')} testId="compare-figures-card">
            <FiguresTable rows={rows} results={results} />
          </ChartCard>
          <ChartCard title={t('compare.overlay')} testId="compare-overlay-card">
            <EChart
              option={option}
              revision={live.revision}
              label={t('compare.overlay')}
              height={380}
              testId="chart-compare"
              summary={{
                series: results.length,
                'first-year': results[0]!.years[0]?.year ?? '',
                'last-year': results[0]!.years.at(-1)?.year ?? '',
              }}
            />
          </ChartCard>
          <IndicatorByYear results={results} />
        </>
      )}
    </div>
  );
}
