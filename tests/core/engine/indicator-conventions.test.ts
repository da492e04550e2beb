import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  indicatorDefinition,
  instantiateTemplate,
  NATIONAL_TEMPLATE_ID,
  runPlan,
  runScenario,
} from '../../../core/engine/index.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { Target } from '../../../core/model/targets.ts';
import { Measure } from '../../../core/model/measures.ts';
import { planArb } from './arbitraries.ts';
import { consumer, measure, tinyPlan } from './fixtures.ts';
import { samplePlan } from '../fingerprint/sample.ts';

/**
 * Issue 9, items 5 and 7: the Chinese conventions for share indicators (coal-consumption method
 * by default; the grid's non-fossil part from the average series) and the vintage of the
 * published factors (the base year is never projected; a plan can pin a published year).
 */

/** `plan` with one more green-power measure buying `share` of the grid purchase in the root. */
function withGreenShare(plan: Plan, share: number): Plan {
  const copy = structuredClone(plan);
  const m = Measure.parse({
    id: 'green-extra',
    name: 'Green power under test',
    kind: 'green_power',
    start_year: plan.park.base_year,
    ramp_years: 0,
    params: { mode: 'share', share_of_grid: share },
  });
  copy.scenarios[0]!.measures.push(m);
  return copy;
}

describe('non-fossil share and green power', () => {
  it('property: for any park, the non-fossil share never decreases when the green-power share increases', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (plan, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const runLo = runPlan(withGreenShare(plan, lo), { mac: false, electricity: 'annual' });
          const runHi = runPlan(withGreenShare(plan, hi), { mac: false, electricity: 'annual' });
          runLo.scenarios.forEach((s, si) =>
            s.years.forEach((y, yi) => {
              const other = runHi.scenarios[si]!.years[yi]!.indicators;
              for (const key of ['non_fossil_share_equivalent', 'non_fossil_share_coal_method'] as const) {
                const before = y.indicators[key];
                const after = other[key];
                if (before === null || after === null) continue;
                expect(after).toBeGreaterThanOrEqual(before - 1e-12 * Math.max(1, before));
              }
            }),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the issue case: a 100 GWh park on the Southwest grid buying 10% green power gains share', () => {
    const plan = tinyPlan({
      energy: { electricity_mwh: 100_000 },
      base_year: 2024,
      settings: { grid_factor_scope: 'regional' },
      measures: [measure('g', 'green_power', { mode: 'share', share_of_grid: 0.1 }, { start_year: 2024 })],
    });
    const base = runScenario(plan, 'base', { mac: false }).years[0]!;
    const green = runScenario(plan, 's', { mac: false }).years[0]!;
    const avgPart = 1 - 0.2472 / 0.8273; // 2023 published Southwest average / national fossil-only
    expect(base.indicators.non_fossil_share_coal_method).toBeCloseTo(avgPart, 9);
    // Green MWh fully non-fossil, the other 90% at the average part, whatever scope 2 applies.
    expect(green.factors.grid_applied_series).toBe('excl_market');
    expect(green.factors.grid_non_fossil_fraction).toBeCloseTo(avgPart, 12);
    expect(green.indicators.non_fossil_share_coal_method).toBeCloseTo(0.1 + 0.9 * avgPart, 9);
    expect(green.indicators.non_fossil_share_equivalent).toBeCloseTo(0.1 + 0.9 * avgPart, 9);
  });
});

describe('energy method of share targets', () => {
  const limit = (indicator: string, extra: Record<string, unknown> = {}) =>
    Target.parse({ id: 't', name: 't', kind: 'limit', indicator, bound: 'min', path: [{ year: 2030, value: 0.2 }], ...extra });
  it('non-fossil and clean-energy shares default to the coal-consumption method, others to the equivalent', () => {
    expect(limit('non_fossil_share')).toMatchObject({ energy_method: 'coal_method' });
    expect(limit('clean_energy_share')).toMatchObject({ energy_method: 'coal_method' });
    expect(limit('co2_per_tce')).toMatchObject({ energy_method: 'equivalent' });
    expect(limit('electrification_rate')).toMatchObject({ energy_method: 'equivalent' });
  });
  it('a stored method is kept (old plans keep their own)', () => {
    expect(limit('non_fossil_share', { energy_method: 'equivalent' })).toMatchObject({ energy_method: 'equivalent' });
  });
  it('the sample checks its non-fossil target by the coal-consumption method', () => {
    const plan = samplePlan();
    const t = plan.targets.find((x) => x.id === 'non-fossil-share')!;
    expect(t.kind === 'limit' && t.energy_method).toBe('coal_method');
    const r = runPlan(plan, { mac: false, electricity: 'annual' });
    const base = r.scenarios[0]!;
    expect(base.targets.find((x) => x.id === 'non-fossil-share')!.indicator).toBe('non_fossil_share_coal_method');
  });
});

describe('factor vintage', () => {
  const park = (settings: Record<string, unknown> = {}, base_year = 2024) =>
    tinyPlan({
      energy: { electricity_mwh: 1000 },
      base_year,
      horizon_year: base_year + 2,
      settings: { grid_factor_scope: 'regional', grid_factor_decline_rate: 0.02, ...settings },
    });
  const factors = (p: Plan) => runScenario(p, 'base', { mac: false, electricity: 'annual' });

  it('the base year takes the latest published factor; the decline starts after it', () => {
    const r = factors(park());
    expect(r.years.map((y) => y.factors.grid_average_tco2_per_mwh)).toEqual([0.2472, 0.2472 * 0.98, 0.2472 * 0.98 ** 2]);
    expect(r.years.map((y) => y.factors.grid_basis)).toEqual(['latest_published', 'projected', 'projected']);
  });
  it('published years use their own value', () => {
    const r = factors(park({}, 2022));
    expect(r.years.map((y) => y.factors.grid_average_tco2_per_mwh)).toEqual([0.2268, 0.2472, 0.2472 * 0.98]);
  });
  it('a pinned vintage reads only the factors published up to that year', () => {
    const r = factors(park({ grid_factor_vintage_year: 2022 }, 2022));
    expect(r.years.map((y) => y.factors.grid_average_tco2_per_mwh)).toEqual([0.2268, 0.2268 * 0.98, 0.2268 * 0.98 ** 2]);
    // the national excl-market ratio follows the same vintage (2022: 0.5856 / 0.5366)
    expect(r.years[0]!.factors.grid_excl_market_tco2_per_mwh).toBeCloseTo((0.2268 * 0.5856) / 0.5366, 12);
    expect(r.warnings.some((w) => w.code === 'grid_factor_vintage_unavailable')).toBe(false);
  });
  it('a vintage before every published year uses the first one and says so', () => {
    const r = factors(park({ grid_factor_vintage_year: 2015 }));
    expect(r.years[0]!.factors.grid_average_tco2_per_mwh).toBe(0.2268);
    const w = r.warnings.find((x) => x.code === 'grid_factor_vintage_unavailable')!;
    expect(w.params).toMatchObject({ vintage_year: 2015, used_year: 2022 });
    expect(w.path).toBe('scenarios[0].settings.grid_factor_vintage_year');
  });
  it('the coal-consumption rate held past its last published year is reported, and a year point ends it', () => {
    const held = factors(park());
    const w = held.warnings.find((x) => x.code === 'coal_method_rate_held')!;
    expect(w.params).toEqual({ from_year: 2024, last_year: 2022, rate_gce_per_kwh: 300.7 });
    const own = tinyPlan({
      energy: { electricity_mwh: 1000 },
      base_year: 2024,
      horizon_year: 2026,
      factor_overrides: [{ key: 'electricity.coal_method_gce_per_kwh.2026', value: 295, source: 'own path', note: '' }],
    });
    const r = factors(own);
    expect(r.years.map((y) => y.factors.electricity_coal_method_tce_per_mwh * 1000)).toEqual([
      expect.closeTo(300.7 + (295 - 300.7) * 0.5, 9),
      expect.closeTo(300.7 + (295 - 300.7) * 0.75, 9),
      expect.closeTo(295, 9),
    ]);
    expect(r.warnings.some((x) => x.code === 'coal_method_rate_held')).toBe(false);
  });
});

describe('national zero-carbon park template (发改环资〔2025〕910号)', () => {
  // 266k t raw coal = 190,004 tce (0.7143 kgce/kg); growing 10% a year: 209,004 tce in 2025.
  const growing = tinyPlan({
    consumers: [consumer('c1', { coal_t: 266_000 }, { output_growth_rate: 0.1 })],
    base_year: 2024,
    horizon_year: 2035,
  });
  it('sizes the park from the energy use of 2025, the base year the notice asks for', () => {
    const r = instantiateTemplate(growing, NATIONAL_TEMPLATE_ID);
    expect(r.sizing).toEqual({ year: 2025, tce: expect.closeTo(266_000 * 0.7143 * 1.1, 6), basis: 'baseline_projection' });
    const core = r.targets[0]!;
    expect(core.kind === 'limit' && [core.indicator, core.energy_method, core.path[0]!.value]).toEqual([
      'co2_per_tce',
      'equivalent',
      0.2,
    ]);
    expect(r.notes).toContain('The notice asks construction plans to take 2025 as the base year.');
    expect(r.notes.some((n) => n.startsWith('Energy use in'))).toBe(false);
  });
  it('a park under 200k tce in the chosen base year gets the 0.20 tier and a note on the notice’s scope', () => {
    const r = instantiateTemplate(growing, NATIONAL_TEMPLATE_ID, { base_year: 2024 });
    expect(r.sizing).toMatchObject({ year: 2024, basis: 'inventory' });
    expect(r.targets[0]!.kind === 'limit' && r.targets[0]!.path[0]!.value).toBe(0.2);
    expect(r.notes.some((n) => /^Energy use in 2024 is 190004 tce, below the 200k tce/.test(n))).toBe(true);
  });
  it('above 1M tce in the base year the 0.30 tier applies', () => {
    const big = tinyPlan({ energy: { coal_t: 1_500_000 }, base_year: 2025, horizon_year: 2030 });
    const r = instantiateTemplate(big, NATIONAL_TEMPLATE_ID);
    expect(r.targets[0]!.kind === 'limit' && r.targets[0]!.path[0]).toEqual({ year: 2030, value: 0.3 });
  });
  it('the clean-energy share uses the coal-consumption method; every target has a definition', () => {
    const r = instantiateTemplate(growing, NATIONAL_TEMPLATE_ID);
    const clean = r.targets.find((t) => t.kind === 'limit' && t.indicator === 'clean_energy_share')!;
    expect(clean.kind === 'limit' && clean.energy_method).toBe('coal_method');
    for (const t of r.targets) {
      if (t.kind !== 'limit') continue;
      const zh = indicatorDefinition(t.indicator, t.energy_method, 'zh');
      expect(zh.numerator).not.toMatch(/[A-Za-z]{3,}/);
      expect(zh.method).not.toBe('');
    }
    expect(indicatorDefinition('clean_energy_share', 'coal_method', 'en').method).toMatch(/^coal-consumption method/);
    expect(indicatorDefinition('waste_heat_utilisation', 'coal_method', 'en').method).toMatch(/does not depend/);
  });
});
