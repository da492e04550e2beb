import type { AggregatePathway } from '../../../../core/portfolio/index.ts';
import type { ChartOption } from '../../charts/echarts.ts';

/** The summed pathway: gross emissions as bars, net as a line (10^4 tCO2), energy dashed (10^4 tce). */
export function aggregateOption(a: AggregatePathway, zh: boolean): ChartOption {
  const wan = (v: number) => Math.round(v / 100) / 100;
  const n = zh
    ? { net: '净排放', gross: '总排放', energy: '能耗', co2: '万吨二氧化碳', tce: '万吨标准煤' }
    : { net: 'Net emissions', gross: 'Gross emissions', energy: 'Energy', co2: '10^4 tCO2', tce: '10^4 tce' };
  return {
    animation: false,
    grid: { left: 64, right: 64, top: 36, bottom: 48 },
    legend: { bottom: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: a.years.map(String) },
    yAxis: [
      { type: 'value', name: n.co2 },
      { type: 'value', name: n.tce, splitLine: { show: false } },
    ],
    series: [
      { name: n.gross, type: 'bar', data: a.gross_tco2.map(wan), color: '#9fb8c8' },
      { name: n.net, type: 'line', symbol: 'none', lineStyle: { width: 3 }, data: a.net_tco2.map(wan), color: '#1d2a30' },
      {
        name: n.energy,
        type: 'line',
        symbol: 'none',
        yAxisIndex: 1,
        lineStyle: { type: 'dashed' },
        data: a.tce_equivalent.map(wan),
        color: '#e0a030',
      },
    ],
  };
}
