import * as echarts from 'echarts/core';
import { BarChart, LineChart, CustomChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { CARRIERS } from '../../../core/model/carriers.ts';
import type { ScenarioResult } from '../../../core/engine/index.ts';
import { carrierName, t, type Lang } from './i18n.ts';
import { unitText } from './document/units.ts';

/**
 * Report charts: echarts options rendered to SVG on the host with server-side rendering (no
 * browser, no canvas), then drawn into the PDF as vectors. Only the chart types used here are
 * registered, which keeps the load small.
 */
echarts.use([BarChart, LineChart, CustomChart, GridComponent, LegendComponent, TitleComponent, MarkLineComponent, SVGRenderer]);

/** Measures text with the report's own font so labels and legends do not overlap. */
export type TextMeasurer = (text: string, sizePx: number, bold: boolean) => number;

export const FONT_FAMILY = 'Noto Sans SC';
const PALETTE = ['#2f6f9f', '#e0a030', '#7a9a3a', '#c0504d', '#8064a2', '#4bacc6', '#9c7a54', '#5a6b73', '#d97ab0', '#3c9a8f'];

/** Renders an echarts option to an SVG string of width x height CSS px (drawn 1:1 in points). */
export function renderChart(option: EChartsCoreOption, width: number, height: number, measure: TextMeasurer): string {
  // Without a canvas echarts estimates text widths; CJK legends then overlap. Measure with our font.
  echarts.setPlatformAPI({
    measureText: (text: string, font?: string) => {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
      return { width: measure(text, size, /\bbold\b|\b[6-9]00\b/.test(font ?? '')) };
    },
  });
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: FONT_FAMILY, fontSize: 9 }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const axisCommon = { axisLabel: { fontSize: 8, color: '#40505a' }, nameTextStyle: { fontSize: 8, color: '#40505a' } };

/** A year axis whose labels and ticks fall on milestone years (2025, 2030, ...), whatever the base year. */
export function yearAxis(years: readonly number[]) {
  const milestone = (index: number) => years[index]! % 5 === 0;
  return {
    type: 'category',
    data: years.map(String),
    ...axisCommon,
    axisLabel: { ...axisCommon.axisLabel, interval: milestone },
    axisTick: { interval: milestone, alignWithLabel: true },
  };
}
const legend = { bottom: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 8 } };

/** Scope 1 and 2 as stacked bars, removals below zero, net emissions as a line; 10^4 tCO2. */
export function emissionsChart(result: ScenarioResult, lang: Lang): EChartsCoreOption {
  const wan = (v: number) => Math.round(v / 100) / 100;
  return {
    grid: { left: 52, right: 16, top: 24, bottom: 44 },
    legend,
    xAxis: yearAxis(result.years.map((y) => y.year)),
    yAxis: { type: 'value', name: unitText('wan_tco2', lang), ...axisCommon },
    series: [
      { name: t(lang, 'scope1'), type: 'bar', stack: 'e', data: result.years.map((y) => wan(y.emissions.scope1_tco2)) },
      { name: t(lang, 'scope2'), type: 'bar', stack: 'e', data: result.years.map((y) => wan(y.emissions.scope2_tco2)) },
      {
        name: t(lang, 'removals'),
        type: 'bar',
        stack: 'e',
        data: result.years.map((y) => -wan(y.emissions.ccus_tco2 + y.emissions.sinks_tco2 + y.emissions.offsets_tco2)),
      },
      {
        name: t(lang, 'net'),
        type: 'line',
        symbol: 'none',
        lineStyle: { width: 2, color: '#1d2a30' },
        itemStyle: { color: '#1d2a30' },
        data: result.years.map((y) => wan(y.emissions.net_tco2)),
      },
    ],
  };
}

/** Energy by carrier (equivalent value, 10^4 tce) as stacked bars; carriers never used are left out. */
export function energyChart(result: ScenarioResult, lang: Lang): EChartsCoreOption {
  const used = CARRIERS.filter((c) => result.years.some((y) => y.energy.tce_by_carrier_equivalent[c.energyKey] > 0));
  return {
    grid: { left: 52, right: 16, top: 24, bottom: 44 },
    legend,
    xAxis: yearAxis(result.years.map((y) => y.year)),
    yAxis: { type: 'value', name: unitText('wan_tce', lang), ...axisCommon },
    series: used.map((c) => ({
      name: carrierName(c.id, lang),
      type: 'bar',
      stack: 'energy',
      barCategoryGap: '20%',
      data: result.years.map((y) => Math.round(y.energy.tce_by_carrier_equivalent[c.energyKey] / 100) / 100),
    })),
  };
}

/**
 * The marginal abatement cost curve: one bar per measure, cheapest first; width = average
 * annual abatement, height = CNY per tCO2. Measures that abate nothing have no bar.
 *
 * The cost axis spans the measures that abate at least 2% of the total: a measure that abates
 * almost nothing has a huge cost per tonne and would flatten every other bar to a line. Bars
 * beyond the axis stop at its edge with an arrow and their value printed there, so every
 * measure with a cost is on the chart; a bar too thin to see is drawn 1.5 pt wide.
 */
/** The width the document gives figures (document/context.ts), which the MAC chart's note wraps in. */
const MAC_CHART_WIDTH = 499;

export function macChart(result: ScenarioResult, lang: Lang): EChartsCoreOption {
  const ranked = rankedMac(result);
  const total = ranked.reduce((s, m) => s + m.average_annual_abatement_tco2, 0);
  const visible = ranked.filter((m) => m.average_annual_abatement_tco2 >= 0.02 * total);
  const macs = (visible.length > 0 ? visible : ranked).map((m) => m.mac_cny_per_tco2!);
  const yMax = niceBound(Math.max(0, ...macs) * 1.15);
  const yMin = -niceBound(-Math.min(0, ...macs) * 1.15);
  let x = 0;
  const bars = ranked.map((m, i) => {
    const from = x;
    x += m.average_annual_abatement_tco2 / 1e4;
    const mac = m.mac_cny_per_tco2!;
    const clipped = mac > yMax || mac < yMin;
    return { value: [from, x, Math.min(yMax, Math.max(yMin, mac)), i, clipped ? 1 : 0, mac], name: m.name };
  });
  const off = bars.filter((b) => b.value[4] === 1);
  const head =
    lang === 'en' ? `Off scale [${unitText('cny_per_tco2', lang)}]: ` : `超出坐标范围（${unitText('cny_per_tco2', lang)}）：`;
  const offText =
    off.length === 0
      ? ''
      : head +
        off
          .map((b) => `${b.value[3]! + 1}${lang === 'en' ? ': ' : '：'}${Math.round(b.value[5]!).toLocaleString('en-US')}`)
          .join(lang === 'en' ? '; ' : '；');
  // The note wraps within the plot's width (a park with many off-scale bars ran it past the
  // chart's edge); the plot starts below its lines, estimated at 8 pt: CJK full width, else 0.56 em.
  const noteWidth = MAC_CHART_WIDTH - 58 - 16;
  const noteLines = Math.ceil([...offText].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 8 : 4.5), 0) / noteWidth);
  return {
    grid: { left: 58, right: 16, top: off.length === 0 ? 24 : 28 + 11 * noteLines, bottom: 40 },
    // Every bar beyond the axis with its value, so the chart hides no measure's cost.
    title: {
      text: offText,
      left: 58,
      top: 0,
      textStyle: { fontSize: 8, fontWeight: 'normal', color: '#a3261b', width: noteWidth, overflow: 'break', lineHeight: 11 },
    },
    xAxis: {
      type: 'value',
      min: 0,
      name: lang === 'en' ? 'Average annual abatement [10k tCO2/a]' : '年均减排量（万tCO2/年）',
      nameLocation: 'middle',
      nameGap: 22,
      ...axisCommon,
    },
    yAxis: { type: 'value', min: yMin, max: yMax, name: unitText('cny_per_tco2', lang), ...axisCommon },
    series: [
      {
        type: 'custom',
        data: bars.map((b) => ({ value: b.value, name: b.name })),
        encode: { x: [0, 1], y: 2 },
        // A rectangle per measure from (start, 0) to (end, MAC), numbered as in the table.
        renderItem: (_params: unknown, api: CustomApi) => {
          const start = api.coord([api.value(0), 0]);
          const end = api.coord([api.value(1), api.value(2)]);
          const index = api.value(3);
          const up = end[1] <= start[1];
          const clipped = api.value(4) === 1;
          // An off-scale bar says its value at the axis edge; numbers on bars too narrow to hold
          // them would overprint their neighbours (the table lists every bar by number).
          const label = `${index + 1}${clipped ? (up ? '↑' : '↓') : ''}`;
          const labelled = clipped || end[0] - start[0] >= 9;
          return {
            type: 'group',
            children: [
              {
                type: 'rect',
                shape: {
                  x: start[0],
                  y: Math.min(start[1], end[1]),
                  width: Math.max(end[0] - start[0] - 1, 1.5),
                  height: Math.abs(end[1] - start[1]),
                },
                style: { fill: PALETTE[index % PALETTE.length], stroke: '#ffffff', lineWidth: 0.5 },
              },
              {
                type: 'text',
                ignore: !labelled,
                style: {
                  text: label,
                  x: clipped ? end[0] + 2 : (start[0] + end[0]) / 2,
                  y: clipped
                    ? up
                      ? end[1] + 2 + (index % 3) * 10
                      : end[1] - 12 - (index % 3) * 10
                    : up
                      ? end[1] - 10
                      : end[1] + 2,
                  align: clipped ? 'left' : 'center',
                  fontSize: 8,
                  fontFamily: FONT_FAMILY,
                  fill: '#1d2a30',
                },
              },
            ],
          };
        },
      },
    ],
  };
}

/** 1, 2 or 5 times a power of ten, at least `v`: round axis ends. */
function niceBound(v: number): number {
  if (!(v > 0)) return 0;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 5, 10].find((k) => k * p >= v) ?? 10) * p;
}

function rankedMac(result: ScenarioResult): ScenarioResult['mac'] {
  return result.mac
    .filter((m) => m.mac_cny_per_tco2 !== null && m.average_annual_abatement_tco2 > 0)
    .sort((a, b) => a.mac_cny_per_tco2! - b.mac_cny_per_tco2!);
}

/** The measures in MAC-curve order with their bar numbers, for the table under the chart. */
export function macRanking(result: ScenarioResult): Map<string, number> {
  return new Map(rankedMac(result).map((m, i) => [m.measure_id, i + 1]));
}

interface CustomApi {
  value(dim: number): number;
  coord(point: [number, number]): [number, number];
}

/** One line per scenario for a target's indicator, with the target's limit as a dashed line. */
export function targetChart(
  results: readonly ScenarioResult[],
  targetId: string,
  scale: number,
  axisName: string,
  names: { scenario: (r: ScenarioResult) => string; limit: string },
): EChartsCoreOption {
  const first = results[0]!;
  const years = first.years.map((y) => y.year);
  const pick = (r: ScenarioResult, f: (c: ScenarioResult['years'][number]['targets'][number]) => number | null) =>
    r.years.map((y) => {
      const c = y.targets.find((x) => x.id === targetId);
      const v = c === undefined ? null : f(c);
      return v === null ? null : Math.round(v * scale * 1e4) / 1e4;
    });
  return {
    grid: { left: 52, right: 16, top: 24, bottom: 44 },
    legend,
    xAxis: { ...yearAxis(years), boundaryGap: false },
    yAxis: { type: 'value', name: axisName, scale: true, ...axisCommon },
    series: [
      ...results.map((r) => ({
        name: names.scenario(r),
        type: 'line',
        symbol: 'none',
        lineStyle: { width: 1.6 },
        data: r.years.map((y) => {
          const c = y.targets.find((x) => x.id === targetId);
          return c === undefined || c.value === null ? null : Math.round(c.value * scale * 1e4) / 1e4;
        }),
      })),
      {
        name: names.limit,
        type: 'line',
        symbol: 'none',
        connectNulls: false,
        lineStyle: { width: 1.4, type: 'dashed', color: '#a3261b' },
        itemStyle: { color: '#a3261b' },
        data: pick(first, (c) => c.limit),
      },
    ],
  };
}
