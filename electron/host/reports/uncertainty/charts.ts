import type { EChartsCoreOption } from 'echarts/core';
import type { MonteCarloResult, SummaryDistribution, TornadoResult } from '../../../../core/uncertainty/index.ts';
import type { Lang } from '../i18n.ts';
import { ut } from './text.ts';

/** Charts of the uncertainty chapter, as echarts options for the report's SVG renderer. */

const axis = { axisLabel: { fontSize: 8, color: '#40505a' }, nameTextStyle: { fontSize: 8, color: '#40505a' } };
const legend = { bottom: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 8 } };

/** Bars from the central output to the output at the input's low and high, largest swing on top. */
export function tornadoChart(
  t: TornadoResult,
  labels: ReadonlyMap<string, string>,
  lang: Lang,
  scale: number,
  unitName: string,
  bars = 10,
): EChartsCoreOption {
  const shown = t.bars.slice(0, bars).reverse();
  const c = (t.central_output ?? 0) * scale;
  const rel = (v: number | null) => (v === null ? 0 : Math.round((v * scale - c) * 100) / 100);
  return {
    grid: { left: 150, right: 20, top: 10, bottom: 52 },
    legend,
    xAxis: { type: 'value', name: unitName, nameLocation: 'middle', nameGap: 22, ...axis },
    yAxis: {
      type: 'category',
      data: shown.map((b) => labels.get(b.input_id) ?? b.name),
      ...axis,
      axisLabel: { ...axis.axisLabel, width: 140, overflow: 'truncate' },
    },
    series: [
      { name: ut(lang, 'atLow'), type: 'bar', stack: 'lo', data: shown.map((b) => rel(b.low_output)), barWidth: 8 },
      { name: ut(lang, 'atHigh'), type: 'bar', stack: 'hi', data: shown.map((b) => rel(b.high_output)), barGap: '-100%' },
    ],
  };
}

/** P5 to P95 as a shaded band with the P50 line, per year. */
export function bandChart(
  mc: MonteCarloResult,
  series: keyof MonteCarloResult['bands'],
  scale: number,
  unitName: string,
  lang: Lang,
): EChartsCoreOption {
  const b = mc.bands[series];
  const median = ut(lang, 'p50').trim();
  const band = ut(lang, 'band');
  const v = (x: number | null) => (x === null ? null : Math.round(x * scale * 100) / 100);
  const lower = b.p5.map(v);
  const width = b.p95.map((x, i) => (x === null || lower[i] === null ? null : v(x)! - lower[i]!));
  return {
    grid: { left: 52, right: 16, top: 24, bottom: 36 },
    legend: { ...legend, data: [median, band] },
    xAxis: { type: 'category', data: mc.years.map(String), ...axis, axisLabel: { ...axis.axisLabel, interval: 4 } },
    yAxis: { type: 'value', name: unitName, ...axis },
    series: [
      { name: ut(lang, 'p5').trim(), type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, data: lower },
      {
        name: band,
        type: 'line',
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: '#9fc3dc' },
        itemStyle: { color: '#9fc3dc' },
        data: width,
      },
      {
        name: median,
        type: 'line',
        symbol: 'none',
        lineStyle: { width: 2, color: '#1d2a30' },
        itemStyle: { color: '#1d2a30' },
        data: b.p50.map(v),
      },
    ],
  };
}

/** Runs per bin of a summary output. */
export function histogramChart(d: SummaryDistribution, scale: number, unitName: string, countName: string): EChartsCoreOption {
  const { edges, counts } = d.histogram;
  const mid = counts.map((_, i) => ((edges[i]! + edges[i + 1]!) / 2) * scale);
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.max(1e-9, Math.abs(mid[mid.length - 1] ?? 1)))));
  return {
    grid: { left: 40, right: 12, top: 16, bottom: 36 },
    xAxis: {
      type: 'category',
      data: mid.map((x) => x.toLocaleString('en-US', { maximumFractionDigits: Math.min(2, digits) })),
      name: unitName,
      nameLocation: 'middle',
      nameGap: 22,
      ...axis,
    },
    yAxis: { type: 'value', name: countName, ...axis },
    series: [{ type: 'bar', data: counts, barCategoryGap: '5%', itemStyle: { color: '#2f6f9f' } }],
  };
}
