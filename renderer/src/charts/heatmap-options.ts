import { MONTH_START_DAYS, type HeatGrid } from '../results/hourly.ts';
import type { ChartOption } from './echarts.ts';
import { TOOLTIP_BASE, type ChartContext } from './common.ts';
import { formatCompact, formatNumber, tooltipHtml } from './format.ts';

/** A date label for a day of the 365-day reference year, in the locale ("3 May" / "5月3日"). */
function dayLabel(day: number, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 0, 1 + day)));
}

/** Day x hour heatmap of one hourly series, MW; colour scale from 0 (or the minimum) to the maximum. */
export function heatmapOption(grid: HeatGrid, seriesName: string, color: [string, string], ctx: ChartContext): ChartOption {
  const { t, locale } = ctx;
  const unit = t('results.unit.mw');
  const days = Array.from({ length: grid.days }, (_, d) => d);
  const monthStarts = new Set(MONTH_START_DAYS);
  return {
    grid: { left: 16, right: 90, top: 36, bottom: 40, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'item',
      formatter: (p: unknown) => {
        const v = (p as { value?: [number, number, number] }).value;
        if (v === undefined) return '';
        const [d, h, value] = v;
        return tooltipHtml(
          `${dayLabel(d, locale, { month: 'short', day: 'numeric' })} ${String(h).padStart(2, '0')}:00–${String(h + 1).padStart(2, '0')}:00`,
          [{ name: seriesName, value: `${formatNumber(value, locale, 2)} ${unit}`, strong: true }],
        );
      },
    },
    xAxis: {
      type: 'category',
      data: days,
      name: t('results.axis.dayOfYear'),
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: '#4a5765', fontSize: 12, fontWeight: 600 },
      splitArea: { show: false },
      axisTick: { show: false },
      axisLabel: {
        color: '#4a5765',
        fontSize: 11,
        interval: (index: number) => monthStarts.has(index),
        formatter: (value: string) => dayLabel(Number(value), locale, { month: 'short' }),
      },
    },
    yAxis: {
      type: 'category',
      data: Array.from({ length: 24 }, (_, h) => h),
      name: t('results.axis.hour'),
      nameLocation: 'end',
      nameGap: 10,
      nameTextStyle: { color: '#4a5765', fontSize: 12, fontWeight: 600, align: 'left' },
      axisTick: { show: false },
      axisLabel: {
        color: '#4a5765',
        fontSize: 11,
        interval: 5,
        formatter: (value: string) => `${String(value).padStart(2, '0')}:00`,
      },
    },
    visualMap: {
      type: 'continuous',
      min: Math.min(0, grid.min),
      max: grid.max > Math.min(0, grid.min) ? grid.max : Math.min(0, grid.min) + 1,
      calculable: false,
      orient: 'vertical',
      right: 0,
      top: 'middle',
      itemHeight: 180,
      text: [`${formatCompact(grid.max, locale)} ${unit}`, `${formatCompact(Math.min(0, grid.min), locale)} ${unit}`],
      textStyle: { color: '#4a5765', fontSize: 11 },
      inRange: { color },
    },
    series: [
      {
        type: 'heatmap',
        name: seriesName,
        data: grid.cells,
        progressive: 0,
        emphasis: { itemStyle: { borderColor: '#1c2530', borderWidth: 1 } },
      },
    ],
  };
}
