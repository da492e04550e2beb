import type { Pathway, SourceWedges, MeasureWedges, SourceId } from '../results/emissions.ts';
import type { ChartOption } from './echarts.ts';
import { GRID, TOOLTIP_BASE, indexOf, legend, valueAxis, yearAxis, type ChartContext } from './common.ts';
import { dot, formatNumber, formatSigned, formatYear, tooltipHtml, type TooltipRow } from './format.ts';
import { CARRIER_COLOR, LINE_COLOR, SOURCE_COLOR, seriesColor } from './palette.ts';
import type { CarrierId } from '../../../core/model/carriers.ts';

type Series = Extract<NonNullable<ChartOption['series']>, unknown[]>[number];

const tco2 = (v: number, ctx: ChartContext) => `${formatNumber(v, ctx.locale, 0)} ${ctx.t('results.unit.tco2')}`;

/** Net (bold), gross, scope 1, scope 2 lines; emission targets as dashed limit lines; checks as markers. */
export function pathwayOption(p: Pathway, ctx: ChartContext): ChartOption {
  const { t } = ctx;
  const markByYear = new Map(p.marks.map((m) => [m.year, m]));
  const series: Series[] = [
    {
      type: 'line',
      name: t('results.series.net'),
      data: p.net,
      color: LINE_COLOR.net,
      lineStyle: { width: 3 },
      areaStyle: { opacity: 0.08 },
      symbol: 'none',
      z: 5,
    },
    {
      type: 'line',
      name: t('results.series.gross'),
      data: p.gross,
      color: LINE_COLOR.gross,
      lineStyle: { type: 'dashed', width: 1.5 },
      symbol: 'none',
    },
    {
      type: 'line',
      name: t('results.series.scope1'),
      data: p.scope1,
      color: LINE_COLOR.scope1,
      lineStyle: { width: 1.5 },
      symbol: 'none',
    },
    {
      type: 'line',
      name: t('results.series.scope2'),
      data: p.scope2,
      color: LINE_COLOR.scope2,
      lineStyle: { width: 1.5 },
      symbol: 'none',
    },
  ];
  for (const target of p.targets) {
    series.push({
      type: 'line',
      name: t(target.kind === 'peak' ? 'results.series.peakLimit' : 'results.series.capLimit', { name: target.name }),
      data: target.limits,
      color: LINE_COLOR.target,
      step: 'middle',
      lineStyle: { type: [6, 4], width: 2 },
      symbol: 'none',
      connectNulls: false,
    });
  }
  if (p.marks.length > 0) {
    series.push(
      {
        type: 'scatter',
        name: t('results.series.targetMet'),
        data: p.years.map((y) => {
          const m = markByYear.get(y);
          return m !== undefined && m.pass ? m.value : null;
        }),
        color: LINE_COLOR.pass,
        symbol: 'circle',
        symbolSize: 7,
        z: 6,
      },
      {
        type: 'scatter',
        name: t('results.series.targetMissed'),
        data: p.years.map((y) => {
          const m = markByYear.get(y);
          return m !== undefined && !m.pass ? m.value : null;
        }),
        color: LINE_COLOR.fail,
        symbol: 'triangle',
        symbolSize: 11,
        z: 7,
      },
    );
  }
  return {
    grid: GRID,
    legend: legend(),
    xAxis: yearAxis(p.years, ctx),
    yAxis: valueAxis(t('results.axis.emissions'), t('results.unit.tco2'), ctx),
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      formatter: (params: unknown) => {
        const i = indexOf(params);
        const year = p.years[i];
        if (year === undefined) return '';
        const rows: TooltipRow[] = [
          { marker: dot(LINE_COLOR.net), name: t('results.series.net'), value: tco2(p.net[i]!, ctx), strong: true },
          { marker: dot(LINE_COLOR.gross), name: t('results.series.gross'), value: tco2(p.gross[i]!, ctx) },
          { marker: dot(LINE_COLOR.scope1), name: t('results.series.scope1'), value: tco2(p.scope1[i]!, ctx) },
          { marker: dot(LINE_COLOR.scope2), name: t('results.series.scope2'), value: tco2(p.scope2[i]!, ctx) },
        ];
        for (const target of p.targets) {
          const limit = target.limits[i];
          if (limit !== null && limit !== undefined)
            rows.push({ marker: dot(LINE_COLOR.target), name: target.name, value: tco2(limit, ctx) });
        }
        const m = p.marks.find((x) => x.year === year);
        if (m !== undefined) {
          rows.push({
            marker: dot(m.pass ? LINE_COLOR.pass : LINE_COLOR.fail),
            name: m.pass ? `✓ ${t('results.series.targetMet')}` : `✗ ${t('results.series.targetMissed')}`,
            value:
              m.margin === null
                ? ''
                : t('results.tooltip.margin', {
                    value: `${formatSigned(m.margin, ctx.locale, (v) => formatNumber(v, ctx.locale, 0))} ${t('results.unit.tco2')}`,
                  }),
            strong: true,
          });
        }
        return tooltipHtml(formatYear(year, ctx.locale), rows);
      },
    },
    series,
  };
}

export function sourceLabel(id: SourceId, ctx: ChartContext): string {
  if (id.startsWith('fuel:')) {
    const fuel = id.slice(5);
    const carrier = (
      {
        coal_t: 'coal',
        coke_t: 'coke',
        natural_gas_10k_nm3: 'natural_gas',
        diesel_t: 'diesel',
        gasoline_t: 'gasoline',
        fuel_oil_t: 'fuel_oil',
        lpg_t: 'lpg',
      } as const
    )[fuel as 'coal_t'];
    return ctx.t('results.source.fuel', { fuel: ctx.t(`carrier.${carrier}`) });
  }
  return ctx.t(`results.source.${id as Exclude<SourceId, `fuel:${string}`>}`);
}

function sourceColor(id: SourceId): string {
  if (id.startsWith('fuel:')) {
    const key = id.slice(5).replace(/_t$|_10k_nm3$/, '') as CarrierId;
    return CARRIER_COLOR[key] ?? '#777';
  }
  return SOURCE_COLOR[id] ?? '#777';
}

/** Sources stacked above zero, removals below, net as a line. */
export function sourceWedgesOption(w: SourceWedges, ctx: ChartContext): ChartOption {
  const { t } = ctx;
  const all = [...w.sources, ...w.removals];
  const series: Series[] = all.map((wedge) => ({
    type: 'line',
    name: sourceLabel(wedge.id, ctx),
    data: wedge.values,
    stack: w.removals.includes(wedge) ? 'removals' : 'sources',
    areaStyle: { opacity: 0.85 },
    lineStyle: { width: 0.5 },
    color: sourceColor(wedge.id),
    symbol: 'none',
  }));
  series.push({
    type: 'line',
    name: t('results.series.net'),
    data: w.net,
    color: LINE_COLOR.net,
    lineStyle: { width: 2.5 },
    symbol: 'none',
    z: 5,
  });
  return {
    grid: GRID,
    legend: legend(),
    xAxis: yearAxis(w.years, ctx),
    yAxis: valueAxis(t('results.axis.emissions'), t('results.unit.tco2'), ctx),
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      formatter: (params: unknown) => {
        const i = indexOf(params);
        const year = w.years[i];
        if (year === undefined) return '';
        const rows: TooltipRow[] = all
          .filter((x) => Math.abs(x.values[i]!) > 1e-9)
          .map((x) => ({ marker: dot(sourceColor(x.id)), name: sourceLabel(x.id, ctx), value: tco2(x.values[i]!, ctx) }));
        rows.push({ marker: dot(LINE_COLOR.net), name: t('results.series.net'), value: tco2(w.net[i]!, ctx), strong: true });
        return tooltipHtml(formatYear(year, ctx.locale), rows);
      },
    },
    series,
  };
}

/**
 * Approximate abatement by measure against the parent, stacked, with the exact total as a line.
 * `colorOf` keeps a measure's colour the same as on the MAC curve and in its table.
 */
export function measureWedgesOption(
  w: MeasureWedges,
  ctx: ChartContext,
  colorOf: (measureId: string, i: number) => string = (_id, i) => seriesColor(i),
): ChartOption {
  const { t } = ctx;
  const parts = [
    ...w.measures.map((m, i) => ({ name: m.name, values: m.values, color: colorOf(m.measureId, i) })),
    ...(w.unattributed.some((v) => Math.abs(v) > 1e-6)
      ? [{ name: t('results.mac.unattributed'), values: w.unattributed, color: '#c4ccd4' }]
      : []),
  ];
  const series: Series[] = parts.map((p) => ({
    type: 'line',
    name: p.name,
    data: p.values,
    stack: 'abatement',
    areaStyle: { opacity: 0.85 },
    lineStyle: { width: 0.5 },
    color: p.color,
    symbol: 'none',
  }));
  series.push({
    type: 'line',
    name: t('results.mac.totalAbatement'),
    data: w.total,
    color: LINE_COLOR.net,
    lineStyle: { width: 2.5 },
    symbol: 'none',
    z: 5,
  });
  return {
    // Measure names are long: a vertical legend on the right, truncated (the tooltip has them whole).
    grid: { ...GRID, right: 280, bottom: 40 },
    legend: legend({
      orient: 'vertical',
      right: 0,
      top: 30,
      bottom: 10,
      left: undefined,
      textStyle: { color: '#1c2530', fontSize: 12, width: 240, overflow: 'truncate' },
    }),
    xAxis: yearAxis(w.years, ctx),
    yAxis: valueAxis(t('results.axis.abatement'), t('results.unit.tco2'), ctx),
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      formatter: (params: unknown) => {
        const i = indexOf(params);
        const year = w.years[i];
        if (year === undefined) return '';
        const rows: TooltipRow[] = parts
          .filter((p) => Math.abs(p.values[i]!) > 1e-6)
          .map((p) => ({ marker: dot(p.color), name: p.name, value: `≈ ${tco2(p.values[i]!, ctx)}` }));
        rows.push({
          marker: dot(LINE_COLOR.net),
          name: t('results.mac.totalAbatement'),
          value: tco2(w.total[i]!, ctx),
          strong: true,
        });
        return tooltipHtml(formatYear(year, ctx.locale), rows);
      },
    },
    series,
  };
}
