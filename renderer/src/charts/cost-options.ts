import type { CostStack } from '../results/costs.ts';
import type { ChartOption } from './echarts.ts';
import { GRID, TOOLTIP_BASE, indexOf, legend, valueAxis, yearAxis, type ChartContext } from './common.ts';
import { dot, formatNumber, formatYear, tooltipHtml, type TooltipRow } from './format.ts';
import { COST_COLOR, LINE_COLOR } from './palette.ts';

type Series = Extract<NonNullable<ChartOption['series']>, unknown[]>[number];

/** CNY -> 10^4 CNY, the unit of Chinese planning documents (万元). */
export const toWan = (cny: number): number => cny / 1e4;

/** Drawn hatched and apart from the stack: the residual value is not part of the year's total. */
const RESIDUAL_COLOR = '#9aa5b1';

/**
 * Cost parts stacked per year (10^4 CNY), negative parts (export revenue) below zero; total as a
 * line; the residual value at the horizon as its own bar below zero, outside the total.
 */
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
  if (c.residual.some((v) => v !== 0))
    series.push({
      type: 'bar',
      name: t('results.costs.residual'),
      data: c.residual.map(toWan),
      stack: 'residual',
      color: RESIDUAL_COLOR,
      barMaxWidth: 22,
      itemStyle: { decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4 } },
    });
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
        if (c.residual[i] !== 0)
          rows.push({ marker: dot(RESIDUAL_COLOR), name: t('results.costs.residual'), value: fmt(c.residual[i]!) });
        return tooltipHtml(formatYear(year, locale), rows);
      },
    },
    series,
  };
}
