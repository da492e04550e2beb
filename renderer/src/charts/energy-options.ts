import type { EnergyFlow, EnergyMix, FlowNodeId } from '../results/energy.ts';
import type { ChartOption } from './echarts.ts';
import { GRID, TOOLTIP_BASE, indexOf, legend, valueAxis, yearAxis, type ChartContext } from './common.ts';
import { dot, formatNumber, formatValue, formatYear, tooltipHtml, type TooltipRow } from './format.ts';
import { CARRIER_COLOR, FLOW_COLOR } from './palette.ts';
import type { CarrierId } from '../../../core/model/carriers.ts';

type Series = Extract<NonNullable<ChartOption['series']>, unknown[]>[number];

const tce = (v: number, ctx: ChartContext) => `${formatNumber(v, ctx.locale, 0)} ${ctx.t('results.unit.tce')}`;
/** Small flows (storage losses) keep their decimals instead of reading as 0. */
const tceFlow = (v: number, ctx: ChartContext) => `${formatValue(v, ctx.locale)} ${ctx.t('results.unit.tce')}`;

/** Stacked bars by carrier, tce by the chosen method (named in the axis and the tooltip). */
export function energyMixOption(mix: EnergyMix, ctx: ChartContext): ChartOption {
  const { t } = ctx;
  const methodName = t(`results.method.${mix.method}`);
  const series: Series[] = mix.carriers.map((c) => ({
    type: 'bar',
    name: t(`carrier.${c.id}`),
    data: c.values,
    stack: 'tce',
    color: CARRIER_COLOR[c.id],
    barMaxWidth: 22,
  }));
  return {
    grid: GRID,
    legend: legend(),
    xAxis: yearAxis(mix.years, ctx),
    yAxis: valueAxis(t('results.axis.energy'), `${t('results.unit.tce')}, ${methodName}`, ctx),
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const i = indexOf(params);
        const year = mix.years[i];
        if (year === undefined) return '';
        const rows: TooltipRow[] = mix.carriers
          .filter((c) => c.values[i]! > 1e-9)
          .map((c) => ({ marker: dot(CARRIER_COLOR[c.id]), name: t(`carrier.${c.id}`), value: tce(c.values[i]!, ctx) }));
        rows.push({ name: t('results.energy.total'), value: tce(mix.total[i]!, ctx), strong: true });
        return tooltipHtml(`${formatYear(year, ctx.locale)} · ${methodName}`, rows);
      },
    },
    series,
  };
}

export function flowNodeLabel(id: FlowNodeId, ctx: ChartContext): string {
  if (id.startsWith('carrier:')) return ctx.t(`carrier.${id.slice(8) as CarrierId}`);
  return ctx.t(`results.flow.node.${id as Exclude<FlowNodeId, `carrier:${string}`>}`);
}

function flowColor(id: FlowNodeId): string {
  if (id.startsWith('carrier:')) return CARRIER_COLOR[id.slice(8) as CarrierId] ?? '#777';
  return FLOW_COLOR[id] ?? '#777';
}

/** Sankey of one year's energy, tce by the chosen method. */
export function energyFlowOption(flow: EnergyFlow, ctx: ChartContext): ChartOption {
  const { t } = ctx;
  const methodName = t(`results.method.${flow.method}`);
  const nodeValue = (id: FlowNodeId) =>
    Math.max(
      flow.links.filter((l) => l.target === id).reduce((s, l) => s + l.value, 0),
      flow.links.filter((l) => l.source === id).reduce((s, l) => s + l.value, 0),
    );
  return {
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'item',
      formatter: (p: unknown) => {
        const param = p as {
          dataType?: string;
          data?: { source?: FlowNodeId; target?: FlowNodeId; value?: number; name?: FlowNodeId };
        };
        if (param.dataType === 'edge' && param.data?.source !== undefined && param.data.target !== undefined) {
          return tooltipHtml(`${formatYear(flow.year, ctx.locale)} · ${methodName}`, [
            {
              marker: dot(flowColor(param.data.source)),
              name: `${flowNodeLabel(param.data.source, ctx)} → ${flowNodeLabel(param.data.target, ctx)}`,
              value: tceFlow(param.data.value ?? 0, ctx),
              strong: true,
            },
          ]);
        }
        const id = param.data?.name;
        if (id === undefined) return '';
        return tooltipHtml(`${formatYear(flow.year, ctx.locale)} · ${methodName}`, [
          { marker: dot(flowColor(id)), name: flowNodeLabel(id, ctx), value: tceFlow(nodeValue(id), ctx), strong: true },
        ]);
      },
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 190,
        top: 12,
        bottom: 12,
        nodeWidth: 14,
        nodeGap: 16,
        layoutIterations: 32,
        emphasis: { focus: 'adjacency' },
        data: flow.nodes.map((id) => ({ name: id, itemStyle: { color: flowColor(id), borderColor: flowColor(id) } })),
        links: flow.links.map((l) => ({ source: l.source, target: l.target, value: l.value })),
        lineStyle: { color: 'gradient', opacity: 0.35, curveness: 0.5 },
        // One line per label: small nodes sit one nodeGap apart, two lines would overlap.
        label: {
          color: '#1c2530',
          fontSize: 11,
          formatter: (p: { name: string }) =>
            `${flowNodeLabel(p.name as FlowNodeId, ctx)} · ${tceFlow(nodeValue(p.name as FlowNodeId), ctx)}`,
        },
      },
    ],
  };
}
