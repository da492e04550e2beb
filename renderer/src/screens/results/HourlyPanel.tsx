import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../../core/engine/result-schema.ts';
import { EChart } from '../../charts/EChart.tsx';
import { heatmapOption } from '../../charts/heatmap-options.ts';
import { formatNumber, formatYear } from '../../charts/format.ts';
import { dayHourGrid, HEATMAP_SERIES, type HeatmapSeries } from '../../results/hourly.ts';
import { useHourly } from '../../results/use-hourly.ts';
import { ChartCard, EmptyChart, useChartContext } from './ChartCard.tsx';

const COLORS: Record<HeatmapSeries, [string, string]> = {
  load_mw: ['#f4f6f8', '#1f4f86'],
  pv_mw: ['#f4f6f8', '#d98e04'],
  import_mw: ['#f4f6f8', '#8a1c1c'],
};

/** Hour-by-hour dispatch of one year as a day x hour heatmap (asked for only while this tab is open). */
export function HourlyPanel({ result }: { result: ScenarioResult }) {
  const { t } = useTranslation();
  const ctx = useChartContext();
  const years = result.years.map((y) => y.year);
  const [year, setYear] = useState<number>(() => (years.includes(2030) ? 2030 : (years.at(-1) ?? 0)));
  const [series, setSeries] = useState<HeatmapSeries>('load_mw');
  const hourly = useHourly(result.scenario_id, year);
  const answer = hourly.results;
  const grid = useMemo(() => (answer === null ? null : dayHourGrid(answer.series[series])), [answer, series]);
  const name = t(`results.hourly.series.${series}`);
  const option = useMemo(
    () => (grid === null ? null : heatmapOption(grid, name, COLORS[series], ctx)),
    [grid, name, series, ctx],
  );
  const title = t('results.hourly.title', { series: name, year: formatYear(year, ctx.locale) });
  const e = answer?.electricity;

  return (
    <ChartCard
      title={title}
      testId="hourly-card"
      controls={
        <>
          <label className="results-picker">
            {t('results.flow.year')}
            <select className="input" value={year} onChange={(ev) => setYear(Number(ev.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {formatYear(y, ctx.locale)}
                </option>
              ))}
            </select>
          </label>
          <span className="segmented" role="group" aria-label={t('results.hourly.seriesLabel')}>
            {HEATMAP_SERIES.map((s) => (
              <button key={s} type="button" className="segmented__item" aria-pressed={series === s} onClick={() => setSeries(s)}>
                {t(`results.hourly.series.${s}`)}
              </button>
            ))}
          </span>
        </>
      }
      note={
        e === undefined
          ? t('results.hourly.note')
          : `${t('results.hourly.note')} ${t('results.hourly.totals', {
              peak: e.peak_import_kw === null ? '–' : formatNumber(e.peak_import_kw / 1000, ctx.locale, 2),
              import: formatNumber(e.grid_import_mwh, ctx.locale, 0),
              pv: formatNumber(e.pv_mwh, ctx.locale, 0),
            })}`
      }
    >
      {grid === null || option === null ? (
        <p className="results-status results-status--busy" role="status">
          {t('results.waiting')}
        </p>
      ) : grid.days === 0 ? (
        <EmptyChart message={t('results.noData')} />
      ) : (
        <EChart
          option={option}
          revision={hourly.revision}
          label={title}
          height={420}
          testId="chart-hourly"
          summary={{ days: grid.days, series, year: answer?.year ?? year }}
        />
      )}
    </ChartCard>
  );
}
