import type { CostStack } from '../results/costs.ts';
import type { ChartOption } from './echarts.ts';
import { GRID, TOOLTIP_BASE, indexOf, legend, valueAxis, yearAxis, type ChartContext } from './common.ts';
import { dot, formatNumber, formatYear, tooltipHtml, type TooltipRow } from './format.ts';
import { COST_COLOR, LINE_COLOR } from './palette.ts';

type Series = Extract<NonNullable<ChartOption['series']>, unknown[]>[number];

/** CNY -> 10^4 CNY, the unit of Chinese planning documents (万元). */
export const toWan = (cny: number): number => cny / 1e4;

/** Cost parts stacked per year (10^4 CNY), negative parts (salvage, export revenue) below zero; total as a line. */
export function costsOption(c: CostStack, ctx: ChartContext): ChartOption {
  const { t, locale } = ctx;
  const unit = t('results.unit.cny10k');
  const fmt = (v: number) => `${formatNumber(toWan(v), locale, 0)} ${unit}`;
  const series: Series[] = c.parts.map((p) => ({
    type: 'bar',
    name: t(`results.costs.part.${p.id}`),
    data: p.values.map(toWan),
    stack: 'cost',
    color: COST_COLOR[p.id],
    barMaxWidth: 22,
  }));
  series.push({
    type: 'line',
    name: t('results.costs.total'),
    data: c.total.map(toWan),
    color: LINE_COLOR.net,
    lineStyle: { width: 2 },
    symbol: 'none',
    z: 5,
  });
  return {
    grid: GRID,
    legend: legend(),
    xAxis: yearAxis(c.years, ctx),
    yAxis: valueAxis(t('results.axis.cost'), unit, ctx),
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const i = indexOf(params);
        const year = c.years[i];
        if (year === undefined) return '';
        const rows: TooltipRow[] = c.parts
          .filter((p) => Math.abs(p.values[i]!) > 1e-6)
          .map((p) => ({ marker: dot(COST_COLOR[p.id]), name: t(`results.costs.part.${p.id}`), value: fmt(p.values[i]!) }));
        rows.push({ name: t('results.costs.total'), value: fmt(c.total[i]!), strong: true });
        return tooltipHtml(formatYear(year, locale), rows);
      },
    },
    series,
  };
}
