import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../core/model/plan.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { runScenario } from '../../../core/engine/index.ts';
import { buildCostSet, costLibraryEntries, COST_LIBRARY, measureUnitCosts, costSchedule } from '../../../core/costs/index.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import { planJson } from '../../../core/model/plan-json.ts';

const SAMPLE = JSON.parse(readFileSync(new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url), 'utf8')) as Plan;

function parse(input: unknown): Plan {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.plan;
}

/** The sample with one near-zero measure scaled by `k` (size params multiplied). */
function scaled(id: string, k: number, drop: string[] = []): Plan {
  const p = structuredClone(SAMPLE) as unknown as { scenarios: { measures: Record<string, unknown>[] }[] };
  for (const s of p.scenarios)
    for (const m of s.measures) {
      if (m['id'] !== id) continue;
      const params = m['params'] as Record<string, number>;
      for (const key of ['capacity_kw', 'power_kw', 'energy_kwh']) if (key in params) params[key]! *= k;
      for (const f of drop) delete m[f];
    }
  return parse(p);
}

describe('costs follow size', () => {
  for (const [id, scenario] of [
    ['ground-pv', 'near-zero'],
    ['hill-wind', 'near-zero'],
    ['park-storage', 'clean-transition'],
  ] as const)
    for (const drop of [[], ['capex_cny_per_unit', 'capex_cny_per_kw', 'fixed_opex_cny_per_unit_year']])
      it(`doubling and tripling ${id} doubles and triples its capex and O&M in every year (${drop.length === 0 ? 'own unit costs' : 'library costs'})`, () => {
        const runs = [1, 2, 3].map((k) => runScenario(scaled(id, k, drop), scenario, { mac: false }));
        const without = structuredClone(SAMPLE) as unknown as { scenarios: { measures: { id: string }[] }[] };
        for (const s of without.scenarios) s.measures = s.measures.filter((m) => m.id !== id);
        const rest = runScenario(parse(without), scenario, { mac: false });
        const own = (k: number, f: 'capex_cny' | 'fixed_opex_cny' | 'residual_value_cny') =>
          runs[k - 1]!.years.map((y, i) => y.costs[f] - rest.years[i]!.costs[f]);
        for (const f of ['capex_cny', 'fixed_opex_cny', 'residual_value_cny'] as const) {
          const one = own(1, f);
          expect(
            one.some((v) => v > 0),
            f,
          ).toBe(true);
          own(2, f).forEach((v, i) => expect(v).toBeCloseTo(2 * one[i]!, 0));
          own(3, f).forEach((v, i) => expect(v).toBeCloseTo(3 * one[i]!, 0));
        }
      });
});

describe('the cost library', () => {
  it('gives every value a unit, a source, a year and its flags', () => {
    const entries = costLibraryEntries();
    expect(entries.length).toBeGreaterThan(30);
    for (const { key, entry } of entries) {
      expect(entry.source.length, key).toBeGreaterThan(10);
      expect(entry.unit, key).not.toBe('');
      expect(entry.points.length).toBeGreaterThan(0);
      expect(typeof entry.secondary).toBe('boolean');
      expect(typeof entry.illustrative).toBe('boolean');
      if (entry.unit !== 'a') expect(entry.currency_year, key).not.toBeNull();
    }
  });

  it('a replacement is paid at the unit cost of its year (the learning path)', () => {
    const plan = scaled('ground-pv', 1, ['capex_cny_per_unit', 'fixed_opex_cny_per_unit_year']);
    const m = plan.scenarios[2]!.measures.find((x) => x.id === 'ground-pv')!;
    const u = measureUnitCosts(m, buildCostSet([]));
    expect(u.technology).toBe('pv_ground');
    expect(u.capex_per_unit.origin).toBe('library');
    const years = Array.from({ length: 2060 - 2024 + 1 }, (_, i) => 2024 + i);
    const s = costSchedule({ ...m, ramp_years: 0, lifetime_years: 10 }, u, years);
    const lib = COST_LIBRARY.pv_ground.capex_cny_per_unit!.points;
    expect(s.capex[m.start_year - 2024]).toBeCloseTo(50_000 * u.capex_per_unit.at(m.start_year), 6);
    // 2030 is a library point: a measure built in 2020 + 10 is replaced in 2030 at that value.
    const s2 = costSchedule({ ...m, start_year: 2030, ramp_years: 0, lifetime_years: 10 }, u, years);
    expect(s2.capex[2030 - 2024]).toBe(50_000 * lib.find((p) => p.year === 2030)!.value);
    expect(s2.capex[2040 - 2024]! / s2.capex[2030 - 2024]!).toBeLessThan(1);
  });

  it('a project override replaces the path or one year of it, and needs a known key and a source', () => {
    const cs = buildCostSet([
      { key: 'cost.pv_ground.capex_cny_per_unit', value: 3000, source: 'EPC quote 2024', note: '' },
      { key: 'cost.pv_ground.capex_cny_per_unit.2040', value: 2000, source: 'EPC quote 2024', note: '' },
    ]);
    const e = cs.entries.get('cost.pv_ground.capex_cny_per_unit')!;
    expect(e.overridden).toBe(true);
    expect(e.points).toEqual([
      { year: 2023, value: 3000 },
      { year: 2040, value: 2000 },
    ]);
    expect(() => buildCostSet([{ key: 'cost.fusion.capex_cny_per_unit', value: 1, source: 's', note: '' }])).toThrow(
      ParkZeroError,
    );
    const bad = parsePlan({ ...SAMPLE, cost_overrides: [{ key: 'cost.pv_ground.capex_cny_per_unit', value: 1, source: '' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]!.path).toBe('cost_overrides[0].source');
  });

  it('a project override reaches a measure without its own unit cost, and the engine result', () => {
    const plan = scaled('ground-pv', 1, ['capex_cny_per_unit']);
    const base = runScenario(plan, 'near-zero', { mac: false });
    const over = runScenario(
      { ...plan, cost_overrides: [{ key: 'cost.pv_ground.capex_cny_per_unit', value: 1000, source: 'quote', note: '' }] },
      'near-zero',
      { mac: false },
    );
    const sum = (r: typeof base) => r.years.reduce((a, y) => a + y.costs.capex_cny, 0);
    expect(sum(base) - sum(over)).toBeGreaterThan(1e6);
  });

  it('a project override and a measure technology round-trip through plan JSON export and import', () => {
    const p = structuredClone(SAMPLE) as unknown as Record<string, unknown> & {
      scenarios: { measures: Record<string, unknown>[] }[];
    };
    p['cost_overrides'] = [{ key: 'cost.wind_onshore.capex_cny_per_unit.2030', value: 4200, source: 'Tender 2024', note: 'n' }];
    p.scenarios[1]!.measures[0]!['technology'] = 'pv_ground';
    const plan = parse(p);
    const again = parse(JSON.parse(planJson(plan)));
    expect(again).toEqual(plan);
    expect(again.cost_overrides[0]!.source).toBe('Tender 2024');
    expect(again.scenarios[1]!.measures[0]!.technology).toBe('pv_ground');
  });

  it('refuses a technology that does not fit the measure kind', () => {
    const p = structuredClone(SAMPLE) as unknown as { scenarios: { measures: Record<string, unknown>[] }[] };
    p.scenarios[1]!.measures[0]!['technology'] = 'wind_onshore';
    const r = parsePlan(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toBe('scenarios[1].measures[0].technology');
  });
});
