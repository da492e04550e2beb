import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts.ts';

/**
 * One echarts instance bound to a div: created on mount, resized with its container,
 * disposed on unmount. Each new option replaces the previous one (notMerge), without
 * animation: the charts follow every edit live, and animating each keystroke would only lag.
 *
 * When echarts reports 'finished' for an option, the container gets `data-revision` = the
 * revision of the results it shows. Benchmarks and end-to-end tests wait on that attribute;
 * `data-*` summary attributes (first/last year, points) let tests read what is drawn without
 * looking at pixels.
 */
export interface EChartProps {
  option: ChartOption;
  /** The project revision the option was built from. */
  revision: number | null;
  /** Accessible name of the chart (its title). */
  label: string;
  height?: number;
  testId?: string;
  /** Extra data-* attributes describing the drawn data (e.g. { 'first-year': 2024 }). */
  summary?: Record<string, string | number>;
}

export function EChart({ option, revision, label, height = 360, testId, summary }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const pendingRef = useRef<string>('');

  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('finished', () => {
      if (el.dataset['revision'] !== pendingRef.current) el.dataset['revision'] = pendingRef.current;
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (chart === null) return;
    pendingRef.current = revision === null ? '' : String(revision);
    chart.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option, revision]);

  const dataAttrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(summary ?? {})) dataAttrs[`data-${k}`] = String(v);

  return <div ref={ref} className="chart" style={{ height }} role="img" aria-label={label} data-testid={testId} {...dataAttrs} />;
}
