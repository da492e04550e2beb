import type { TFunction } from 'i18next';
import type { ChartOption } from './echarts.ts';
import { formatCompact, formatYear } from './format.ts';

/** What every option builder needs: the translator and the Intl locale. */
export interface ChartContext {
  t: TFunction;
  locale: string;
}

type XAxis = Exclude<NonNullable<ChartOption['xAxis']>, unknown[]>;
type YAxis = Exclude<NonNullable<ChartOption['yAxis']>, unknown[]>;

const AXIS_TEXT = { color: '#4a5765', fontSize: 11 };
const AXIS_NAME = { color: '#4a5765', fontSize: 12, fontWeight: 600 as const };

/** A category axis of years (labels never grouped: "2030", not "2,030"). */
export function yearAxis(years: readonly number[], ctx: ChartContext): XAxis {
  return {
    type: 'category',
    data: years.map((y) => String(y)),
    name: ctx.t('results.axis.year'),
    nameLocation: 'middle',
    nameGap: 28,
    nameTextStyle: AXIS_NAME,
    axisLabel: { ...AXIS_TEXT, formatter: (v: string) => formatYear(Number(v), ctx.locale) },
    axisTick: { alignWithLabel: true },
  };
}

/** A value axis whose name carries the unit, e.g. "Emissions (tCO₂)". */
export function valueAxis(name: string, unit: string, ctx: ChartContext, extra: Record<string, unknown> = {}): YAxis {
  return {
    type: 'value',
    name: ctx.t('results.axis.withUnit', { name, unit }),
    nameLocation: 'end',
    nameGap: 14,
    nameTextStyle: { ...AXIS_NAME, align: 'left' },
    axisLabel: { ...AXIS_TEXT, formatter: (v: number) => formatCompact(v, ctx.locale) },
    splitLine: { lineStyle: { color: '#e8ecef' } },
    ...extra,
  } as YAxis;
}

/** Grid with room for the axis name on top and the legend below. */
export const GRID = { left: 16, right: 24, top: 40, bottom: 72, containLabel: true };

export function legend(extra: Record<string, unknown> = {}): ChartOption['legend'] {
  return {
    type: 'scroll',
    bottom: 0,
    left: 'center',
    itemWidth: 14,
    itemHeight: 10,
    textStyle: { color: '#1c2530', fontSize: 12 },
    ...extra,
  };
}

export const TOOLTIP_BASE = {
  confine: true,
  backgroundColor: '#ffffff',
  borderColor: '#c4ccd4',
  padding: [6, 8] as [number, number],
  textStyle: { color: '#1c2530', fontSize: 12 },
  extraCssText: 'box-shadow: 0 2px 8px rgb(16 24 40 / 15%);',
};

/** The data index of an axis tooltip's first param. */
export function indexOf(params: unknown): number {
  const first = Array.isArray(params) ? (params[0] as unknown) : params;
  const idx = (first as { dataIndex?: unknown } | undefined)?.dataIndex;
  return typeof idx === 'number' ? idx : -1;
}
