import type { ChartOption } from '../../charts/echarts.ts';
import { GRID, TOOLTIP_BASE, legend, valueAxis, yearAxis, type ChartContext } from '../../charts/common.ts';
import { formatNumber } from '../../charts/format.ts';
import { seriesColor } from '../../charts/palette.ts';
import type { OptimiserRecord } from '../../../../core/model/optimiser-record.ts';

/** One line of the capacity chart: a candidate's part measured in MW, installed by year. */
export interface CapacitySeries {
  name: string;
  values: number[];
}

/**
 * Installed MW by year of each candidate part sized in kW (PV, wind, storage power): the builds
 * added up from their build year to the horizon. Storage energy, green power and offsets have
 * other units and are listed in the builds table instead.
 */
export function capacitySeries(
  record: OptimiserRecord,
  years: readonly number[],
  label: (candidateId: string, part: string) => string,
): CapacitySeries[] {
  const keys = [
    ...new Set(record.builds.filter((b) => b.unit === 'kW' && b.part !== 'size').map((b) => `${b.candidate_id}|${b.part}`)),
  ];
  return keys.map((key) => {
    const [id, part] = key.split('|') as [string, string];
    const builds = record.builds.filter((b) => b.candidate_id === id && b.part === part);
    return {
      name: label(id, part),
      values: years.map((y) => builds.filter((b) => b.year <= y).reduce((a, b) => a + b.amount, 0) / 1000),
    };
  });
}

export function capacityOption(series: readonly CapacitySeries[], years: readonly number[], ctx: ChartContext): ChartOption {
  return {
    grid: GRID,
    legend: legend(),
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      valueFormatter: (v: unknown) => `${formatNumber(Number(v), ctx.locale, 1)} MW`,
    },
    xAxis: yearAxis(years, ctx),
    yAxis: valueAxis(ctx.t('optimise.result.axis'), 'MW', ctx),
    series: series.map((s, i) => ({
      type: 'bar',
      stack: 'capacity',
      // echarts' own tooltip encodes series names (user text) itself.
      name: s.name,
      data: s.values,
      itemStyle: { color: seriesColor(i) },
    })),
  };
}
