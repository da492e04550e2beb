import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, PLAN_FORMAT_VERSION } from '../../../core/model/plan.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { runPlan } from '../../../core/engine/index.ts';
import { exactUnitCost, upgradePlanJson } from '../../../core/model/upgrade-v1.ts';

/** The sample as shipped in plan format 1 (lump sums), pinned beside the old engine's costs. */
const SAMPLE_V1 = JSON.parse(readFileSync(new URL('./fixtures/sample-park.v1.plan.json', import.meta.url), 'utf8')) as {
  format_version: number;
};
const BEFORE = JSON.parse(readFileSync(new URL('./fixtures/sample-costs-v1.json', import.meta.url), 'utf8')) as {
  scenarios: Record<string, { npv_total_cost_cny: number; years: Record<string, number>[] }>;
};

function parse(input: unknown): Plan {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.plan;
}

describe('plan format 1 -> 2 (lump sums -> unit costs)', () => {
  it('reproduces every year of every cost line of the sample, computed by the engine before unit costs', () => {
    expect(SAMPLE_V1.format_version).toBe(1);
    const plan = parse(SAMPLE_V1);
    expect(plan.format_version).toBe(PLAN_FORMAT_VERSION);
    const results = runPlan(plan, { mac: false });
    for (const s of results.scenarios) {
      const before = BEFORE.scenarios[s.scenario_id]!;
      expect(s.years.length).toBe(before.years.length);
      s.years.forEach((y, i) => {
        const b = before.years[i]!;
        expect(y.year).toBe(b['year']);
        for (const k of ['capex_cny', 'fixed_opex_cny', 'fuel_cny', 'electricity_cny', 'carbon_cny', 'offsets_cny'] as const)
          expect(y.costs[k], `${s.scenario_id} ${y.year} ${k}`).toBe(b[k]);
        // The residual value was `salvage_cny`, netted into the total; now it is its own line.
        expect(y.costs.residual_value_cny).toBe(b['salvage_cny']);
        expect(y.costs.total_cny - y.costs.residual_value_cny).toBeCloseTo(b['total_cny']!, 4);
      });
      expect(s.summary.npv_total_cost_cny).toBeCloseTo(before.npv_total_cost_cny, 2);
    }
  });

  it('states unit costs as measure-level values and keeps no lump sum where a size exists', () => {
    const plan = parse(SAMPLE_V1);
    const pv = plan.scenarios.flatMap((s) => s.measures).find((m) => m.id === 'ground-pv')!;
    expect(pv.capex_cny_per_unit).toBe(3200); // 160 M CNY / 50,000 kW
    expect(pv.fixed_opex_cny_per_unit_year).toBe(48);
    expect(pv.capex_cny).toBe(0);
    const storage = plan.scenarios.flatMap((s) => s.measures).find((m) => m.id === 'park-storage')!;
    expect([storage.capex_cny_per_unit, storage.capex_cny_per_kw]).toEqual([1200, 0]); // per kWh of 40,000
  });

  it('keeps the lump sum of a zero-size measure as its size-independent part', () => {
    const v1 = JSON.parse(JSON.stringify(SAMPLE_V1)) as { scenarios: { measures: Record<string, unknown>[] }[] };
    const m = v1.scenarios[1]!.measures.find((x) => x['id'] === 'rooftop-pv')! as { params: { capacity_kw: number } } & Record<
      string,
      unknown
    >;
    m.params.capacity_kw = 0;
    const up = upgradePlanJson(v1) as typeof v1;
    const got = up.scenarios[1]!.measures.find((x) => x['id'] === 'rooftop-pv')!;
    expect([got['capex_cny'], got['capex_cny_per_unit'], got['fixed_opex_cny_per_year']]).toEqual([210_000_000, 0, 3_000_000]);
  });

  it('gives an inherited measure resized by a child the unit cost of its old total', () => {
    const v1 = JSON.parse(JSON.stringify(SAMPLE_V1)) as { scenarios: Record<string, unknown>[] };
    v1.scenarios[2]!['measure_overrides'] = [{ measure_id: 'rooftop-pv', set: { 'params.capacity_kw': 180_000 } }];
    const plan = parse(v1);
    const o = plan.scenarios[2]!.measure_overrides[0]!;
    expect(o.set['capex_cny_per_unit']).toBe(210_000_000 / 180_000);
    const before = runPlan(parse(SAMPLE_V1), { mac: false });
    // Format 1 kept the lump sum when resized: the near-zero scenario's capex of 2024 is unchanged.
    const after = runPlan(plan, { mac: false });
    expect(after.scenarios[2]!.years[0]!.costs.capex_cny).toBe(before.scenarios[2]!.years[0]!.costs.capex_cny);
  });

  it('picks a unit cost whose product with the size gives the lump sum back exactly', () => {
    for (const [l, s] of [
      [160e6, 0.8],
      [26e6, 0.08],
      [95e6, 300_000],
      [1e7, 3],
      [123_456_789, 0.07],
    ] as const)
      expect(s * exactUnitCost(l, s)).toBe(l);
  });

  it('leaves a format 2 plan as it is', () => {
    const v2 = parse(SAMPLE_V1);
    expect(upgradePlanJson(v2)).toBe(v2);
  });
});
