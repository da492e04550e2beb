import type { ChartOption } from '../../charts/echarts.ts';
import { GRID, TOOLTIP_BASE, legend, valueAxis, yearAxis, type ChartContext } from '../../charts/common.ts';
import { formatCompact, formatNumber } from '../../charts/format.ts';
import { seriesColor } from '../../charts/palette.ts';
import type { MonteCarloResult, SweepResult, TornadoResult } from '../../../../core/uncertainty/result-schema.ts';

/**
 * Risk screen charts. The tornado draws each bar from the all-central output to the output at
 * the input's low and at its high, largest swing on top; bands are three lines; histograms are
 * bars over equal bins.
 */
export function tornadoOption(
  t: TornadoResult,
  names: readonly string[],
  unit: string,
  ctx: ChartContext,
  scale = 1,
): ChartOption {
  const base = (t.central_output ?? 0) / scale;
  const bars = [...t.bars].reverse();
  const delta = (v: number | null) => (v === null ? 0 : v / scale - base);
  return {
    grid: { ...GRID, left: 16, bottom: 48 },
    tooltip: { ...TOOLTIP_BASE, trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: legend(),
    yAxis: {
      type: 'category',
      data: bars.map((_, i) => names[bars.length - 1 - i] ?? ''),
      axisLabel: { fontSize: 11, width: 180, overflow: 'truncate' },
    },
    xAxis: {
      type: 'value',
      name: unit,
      nameLocation: 'middle',
      nameGap: 26,
      axisLabel: { formatter: (v: number) => formatCompact(v + base, ctx.locale), fontSize: 11 },
    },
    series: [
      {
        type: 'bar',
        name: ctx.t('risk.tornado.low'),
        stack: 'low',
        data: bars.map((b) => delta(b.low_output)),
        itemStyle: { color: seriesColor(0) },
        tooltip: { valueFormatter: (v: unknown) => formatNumber(Number(v) + base, ctx.locale, 0) },
      },
      {
        type: 'bar',
        name: ctx.t('risk.tornado.high'),
        stack: 'high',
        barGap: '-100%',
        data: bars.map((b) => delta(b.high_output)),
        itemStyle: { color: seriesColor(1) },
        tooltip: { valueFormatter: (v: unknown) => formatNumber(Number(v) + base, ctx.locale, 0) },
      },
    ],
  };
}

export function bandsOption(r: MonteCarloResult, ctx: ChartContext): ChartOption {
  const b = r.bands.net_emissions_tco2;
  const line = (name: string, data: (number | null)[], i: number, dashed: boolean) => ({
    type: 'line' as const,
    name,
    data,
    showSymbol: false,
    lineStyle: { color: seriesColor(i), type: dashed ? ('dashed' as const) : ('solid' as const), width: dashed ? 1.5 : 2.5 },
    itemStyle: { color: seriesColor(i) },
  });
  return {
    grid: GRID,
    tooltip: { ...TOOLTIP_BASE, trigger: 'axis', valueFormatter: (v: unknown) => formatNumber(Number(v), ctx.locale, 0) },
    legend: legend(),
    xAxis: yearAxis(r.years, ctx),
    yAxis: valueAxis(ctx.t('results.axis.emissions'), ctx.t('results.unit.tco2'), ctx),
    series: [
      line(ctx.t('risk.mc.p95'), b.p95, 3, true),
      line(ctx.t('risk.mc.p50'), b.p50, 0, false),
      line(ctx.t('risk.mc.p5'), b.p5, 2, true),
    ],
  };
}

export function histogramOption(
  h: { edges: number[]; counts: number[] },
  unit: string,
  ctx: ChartContext,
  scale = 1,
): ChartOption {
  const mids = h.counts.map((_, i) => (h.edges[i]! + h.edges[i + 1]!) / 2 / scale);
  return {
    grid: { ...GRID, bottom: 48 },
    tooltip: { ...TOOLTIP_BASE, trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: mids.map((m) => formatCompact(m, ctx.locale)),
      name: unit,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { fontSize: 11 },
    },
    yAxis: { type: 'value', name: ctx.t('risk.mc.runsAxis'), minInterval: 1 },
    series: [{ type: 'bar', data: h.counts, barCategoryGap: '5%', itemStyle: { color: seriesColor(0) } }],
  };
}

export function sweepOption(s: SweepResult, inputName: string, outputLabel: string, ctx: ChartContext, scale = 1): ChartOption {
  return {
    grid: { ...GRID, bottom: 48 },
    tooltip: { ...TOOLTIP_BASE, trigger: 'axis', valueFormatter: (v: unknown) => formatNumber(Number(v), ctx.locale, 2) },
    xAxis: {
      type: 'value',
      name: inputName,
      nameLocation: 'middle',
      nameGap: 28,
      scale: true,
      axisLabel: { formatter: (v: number) => formatNumber(v, ctx.locale, 4), fontSize: 11 },
    },
    yAxis: {
      type: 'value',
      name: outputLabel,
      scale: true,
      axisLabel: { formatter: (v: number) => formatCompact(v, ctx.locale), fontSize: 11 },
    },
    series: [
      {
        type: 'line',
        data: s.points.map((p) => [p.input, p.output === null ? null : p.output / scale]),
        itemStyle: { color: seriesColor(0) },
        lineStyle: { width: 2.5, color: seriesColor(0) },
      },
    ],
  };
}
