import type { ScenarioResult } from '../../../core/engine/result-schema.ts';
import type { ChartOption } from './echarts.ts';
import { GRID, TOOLTIP_BASE, indexOf, legend, valueAxis, yearAxis, type ChartContext } from './common.ts';
import { dot, formatNumber, formatYear, tooltipHtml } from './format.ts';
import { seriesColor } from './palette.ts';

/** Net emissions of several scenarios on one axis (years of the first scenario). */
export function netOverlayOption(results: readonly ScenarioResult[], ctx: ChartContext): ChartOption {
  const { t, locale } = ctx;
  const years = results[0]?.years.map((y) => y.year) ?? [];
  const valuesOf = (r: ScenarioResult) => {
    const byYear = new Map(r.years.map((y) => [y.year, y.emissions.net_tco2]));
    return years.map((y) => byYear.get(y) ?? null);
  };
  const data = results.map(valuesOf);
  return {
    grid: GRID,
    legend: legend(),
    xAxis: yearAxis(years, ctx),
    yAxis: valueAxis(t('results.series.net'), t('results.unit.tco2'), ctx),
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      formatter: (params: unknown) => {
        const i = indexOf(params);
        const year = years[i];
        if (year === undefined) return '';
        return tooltipHtml(
          formatYear(year, locale),
          results.map((r, k) => {
            const v = data[k]![i];
            return {
              marker: dot(seriesColor(k)),
              name: r.scenario_name,
              value: v === null || v === undefined ? '–' : `${formatNumber(v, locale, 0)} ${t('results.unit.tco2')}`,
            };
          }),
        );
      },
    },
    series: results.map((r, k) => ({
      type: 'line' as const,
      name: r.scenario_name,
      data: data[k]!,
      color: seriesColor(k),
      lineStyle: { width: k === 0 ? 3 : 2 },
      symbol: 'none',
    })),
  };
}
