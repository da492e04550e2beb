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
