import { macAxisRange, niceBound, type MacCurve } from '../results/mac.ts';
import type { ChartOption } from './echarts.ts';
import { TOOLTIP_BASE, type ChartContext } from './common.ts';
import { dot, formatCompact, formatNumber, tooltipHtml } from './format.ts';
import { seriesColor } from './palette.ts';

/**
 * MAC curve as a custom series: each bar is a rectangle from (x0, 0) to (x1, MAC), numbered
 * like the table under the chart (the table is the legend: number, colour, name).
 */
export function macOption(curve: MacCurve, ctx: ChartContext): ChartOption {
  const { t, locale } = ctx;
  const unitMac = t('results.unit.cnyPerTco2');
  const unitAb = t('results.unit.tco2PerYear');
  const range = macAxisRange(curve.bars);
  // Fix an axis end only where an outlier is cut; elsewhere echarts picks round ends itself.
  const cutHigh = curve.bars.some((b) => range.clipped.has(b.measureId) && b.mac > 0);
  const cutLow = curve.bars.some((b) => range.clipped.has(b.measureId) && b.mac < 0);
  const yMax = cutHigh ? niceBound(range.max) : range.max;
  const yMin = cutLow ? niceBound(range.min) : range.min;
  return {
    grid: { left: 16, right: 32, top: 40, bottom: 40, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'item',
      formatter: (p: unknown) => {
        const i = (p as { dataIndex?: number }).dataIndex ?? -1;
        const bar = curve.bars[i];
        if (bar === undefined) return '';
        return tooltipHtml(`${i + 1}. ${bar.name}`, [
          {
            marker: dot(seriesColor(i)),
            name: t('results.mac.col.mac'),
            value: `${formatNumber(bar.mac, locale, 0)} ${unitMac}`,
            strong: true,
          },
          { name: t('results.mac.col.average'), value: `${formatNumber(bar.x1 - bar.x0, locale, 0)} ${unitAb}` },
          { name: t('results.mac.col.kind'), value: t(`measureKind.${bar.kind}`) },
        ]);
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      name: t('results.axis.withUnit', { name: t('results.axis.averageAbatement'), unit: unitAb }),
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: '#4a5765', fontSize: 12, fontWeight: 600 },
      axisLabel: { color: '#4a5765', fontSize: 11, formatter: (v: number) => formatCompact(v, locale) },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: t('results.axis.withUnit', { name: t('results.axis.mac'), unit: unitMac }),
      nameLocation: 'end',
      nameGap: 14,
      nameTextStyle: { color: '#4a5765', fontSize: 12, fontWeight: 600, align: 'left' },
      ...(cutLow ? { min: yMin } : {}),
      ...(cutHigh ? { max: yMax } : {}),
      axisLabel: { color: '#4a5765', fontSize: 11, formatter: (v: number) => formatCompact(v, locale) },
      splitLine: { lineStyle: { color: '#e8ecef' } },
    },
    series: [
      {
        type: 'custom',
        name: t('results.mac.title'),
        encode: { x: [0, 1], y: 2 },
        data: curve.bars.map((b) => [b.x0, b.x1, b.mac]),
        renderItem: (params, api) => {
          const x0 = Number(api.value(0));
          const x1 = Number(api.value(1));
          const mac = Number(api.value(2));
          const bar = curve.bars[params.dataIndex];
          const cut = bar !== undefined && range.clipped.has(bar.measureId);
          const a = api.coord([x0, Math.min(yMax, Math.max(yMin, mac))]);
          const b = api.coord([x1, 0]);
          const x = Math.min(a[0]!, b[0]!);
          const y = Math.min(a[1]!, b[1]!);
          const width = Math.max(1, Math.abs(b[0]! - a[0]!) - 1);
          const height = Math.max(1, Math.abs(b[1]! - a[1]!));
          const color = seriesColor(params.dataIndex);
          // Numbers only where they fit; the tooltip and the table name every bar, and a note
          // under the chart names the bars cut at the axis end.
          const label = String(params.dataIndex + 1);
          const fits = width >= 14;
          return {
            type: 'rect' as const,
            shape: { x, y, width, height },
            // A cut bar gets a dashed outline: it goes on beyond the axis.
            style: cut
              ? { fill: color, stroke: '#1c2530', lineWidth: 1, lineDash: [4, 3] }
              : { fill: color, stroke: '#ffffff', lineWidth: 1 },
            ...(fits
              ? {
                  textContent: {
                    type: 'text' as const,
                    style: { text: label, fill: '#1c2530', fontSize: 11, fontWeight: 600 },
                  },
                  textConfig: { position: cut ? ('insideTop' as const) : mac >= 0 ? ('top' as const) : ('bottom' as const) },
                }
              : {}),
          };
        },
      },
    ],
  };
}
