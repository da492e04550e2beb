import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runPlan, PlanResults } from '../../../core/engine/index.ts';
import { pathValue } from '../../../core/factors/factor-set.ts';
import { ENERGY_KEYS } from '../../../core/model/carriers.ts';
import { planArb } from './arbitraries.ts';

function allNumbersFinite(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = allNumbersFinite(value[i], `${path}[${i}]`);
      if (bad !== null) return bad;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const bad = allNumbersFinite(v, `${path}.${k}`);
      if (bad !== null) return bad;
    }
  }
  return null;
}

describe('engine properties over arbitrary valid plans', () => {
  it('outputs are finite and match the results schema', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const r = runPlan(plan);
        expect(allNumbersFinite(r)).toBeNull();
        const parsed = PlanResults.safeParse(r);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
      }),
      { numRuns: 150 },
    );
  });

  it('energy balance: per carrier, activity + measure changes = reported, and nothing is negative', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const r = runPlan(plan, { mac: false });
        for (const s of r.scenarios)
          for (const y of s.years)
            for (const key of ENERGY_KEYS) {
              const reported = y.energy.by_carrier[key];
              let sum = y.energy.activity_by_carrier[key];
              for (const d of y.energy.measure_deltas) if (d.carrier === key) sum += d.delta;
              expect(reported).toBeGreaterThanOrEqual(0);
              expect(Math.abs(sum - reported)).toBeLessThanOrEqual(
                1e-9 * Math.max(1, Math.abs(reported), y.energy.activity_by_carrier[key]) * 100,
              );
            }
      }),
      { numRuns: 150 },
    );
  });

  it('electricity: consumption = self-consumed + grid import; green power within the import', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        for (const s of runPlan(plan, { mac: false }).scenarios)
          for (const y of s.years) {
            const e = y.energy.electricity;
            const tol = 1e-9 * Math.max(1, y.energy.by_carrier.electricity_mwh) * 100;
            expect(Math.abs(e.self_consumed_mwh + e.grid_import_mwh - y.energy.by_carrier.electricity_mwh)).toBeLessThanOrEqual(
              tol,
            );
            expect(e.green_power_mwh).toBeLessThanOrEqual(e.grid_import_mwh + tol);
            expect(y.emissions.scope2_electricity_tco2).toBeGreaterThanOrEqual(0);
          }
      }),
      { numRuns: 100 },
    );
  });

  it('a child without differences equals its parent', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const r = runPlan(plan);
        const child = r.scenarios[1]!;
        const same = r.scenarios[2]!;
        expect(same.years).toEqual(child.years);
        expect(same.mac).toEqual(child.mac);
        expect(same.summary.npv_cost_vs_parent_cny).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('output growth: each scenario grows by its park-wide path, compounded yearly, or by the own rates', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const r = runPlan(plan);
        const base = plan.park.base_year;
        for (const [i, sr] of r.scenarios.entries()) {
          const path = sr.settings.output_growth_path;
          // The root sets the path; the child and grandchild inherit it unless the child says null.
          expect(path).toEqual(
            i === 0 || plan.scenarios[1]!.settings.output_growth_path === undefined
              ? plan.scenarios[0]!.settings.output_growth_path
              : null,
          );
          let factor = 1;
          for (const y of sr.years) {
            if (y.year > base && path !== null) factor *= 1 + pathValue(path, y.year).value;
            const expected = plan.consumers.reduce(
              (sum, c) =>
                sum + c.output_value_10k_cny * (path === null ? Math.pow(1 + c.output_growth_rate, y.year - base) : factor),
              0,
            );
            expect(Math.abs(y.activity.output_value_10k_cny - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
          }
          const ignored = sr.warnings.some((w) => w.code === 'output_growth_rates_ignored');
          expect(ignored).toBe(path !== null && plan.consumers.some((c) => c.output_growth_rate !== 0));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reruns are bit-identical', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const a = runPlan(plan);
        const b = runPlan(structuredClone(plan));
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(b).toStrictEqual(a);
      }),
      { numRuns: 40 },
    );
  });
});
