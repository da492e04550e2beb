import { describe, expect, it } from 'vitest';
import { optionShape } from '../../../renderer/src/charts/EChart.tsx';
import { pathwayOption } from '../../../renderer/src/charts/emissions-options.ts';
import type { ChartContext } from '../../../renderer/src/charts/common.ts';
import { shapePathway } from '../../../renderer/src/results/emissions.ts';
import { samplePlan, sampleResult } from '../results/sample.ts';

const ctx = { t: (key: string) => key, locale: 'en-US' } as unknown as ChartContext;
const kinds = new Map(samplePlan.targets.map((x) => [x.id, x.kind]));
const option = (scenarioId: string) => pathwayOption(shapePathway(sampleResult(scenarioId), kinds), ctx);

describe('chart option shape (merge or replace on a live update)', () => {
  it('is the same for the pathway of other results, whatever their series', () => {
    const ids = samplePlan.scenarios.map((s) => s.id);
    const first = option(ids[0]!);
    const last = option(ids.at(-1)!);
    expect(last).not.toEqual(first);
    expect(optionShape(last)).toBe(optionShape(first));
  });

  it('with the series, is the same for another revision of the same scenario and differs when a series changes keys', () => {
    const id = samplePlan.scenarios.at(-1)!.id;
    const result = sampleResult(id);
    const edited = {
      ...result,
      years: result.years.map((y) => ({ ...y, emissions: { ...y.emissions, net_tco2: y.emissions.net_tco2 * 0.9 } })),
    };
    const before = option(id);
    const after = pathwayOption(shapePathway(edited, kinds), ctx);
    expect(after).not.toEqual(before);
    expect(optionShape(after, true)).toBe(optionShape(before, true));
    const series = before.series as Record<string, unknown>[];
    const stepped = { ...before, series: [{ ...series[0], step: 'end' }, ...series.slice(1)] };
    expect(optionShape(stepped, true)).not.toBe(optionShape(before, true));
    expect(optionShape(stepped)).toBe(optionShape(before));
  });

  it('differs when a setting appears or disappears, so an old setting never lingers after a merge', () => {
    const base = option(samplePlan.scenarios[0]!.id);
    const withMax = { ...base, yAxis: { ...(base.yAxis as object), max: 10 } };
    expect(optionShape(withMax)).not.toBe(optionShape(base));
    const { legend: _legend, ...noLegend } = base;
    expect(optionShape(noLegend)).not.toBe(optionShape(base));
    const twoAxes = { ...base, yAxis: [base.yAxis, base.yAxis] };
    expect(optionShape(twoAxes)).not.toBe(optionShape({ ...base, yAxis: [base.yAxis] }));
  });
});
