import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  combineStorage,
  createHourlyDispatch,
  createPathwayInputs,
  createPathwayWorkspace,
  createProfileCache,
  createTotals,
  dispatchYear,
  runPathway,
  runPathwayYear,
  scenarioProfiles,
  SICHUAN_LIKE_TOU,
  touPeriodAt,
  touTariff,
  flatTariff,
  TOTAL_KEYS,
} from '../../../core/dispatch/index.ts';
import type { PathwayProfiles, ProfileCache } from '../../../core/dispatch/index.ts';
import { Plan } from '../../../core/model/plan.ts';
import { resolveScenario } from '../../../core/engine/index.ts';
import { HOURS_PER_YEAR, loadShape, MONTH_START_HOUR, parseHourlyCsv } from '../../../core/profiles/index.ts';

const plan = Plan.parse(JSON.parse(readFileSync(new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url), 'utf8')));

function cache(): ProfileCache {
  const r = createProfileCache(plan.park.city, plan.park.province);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const pvShape = (() => {
  const c = cache().pv(25, 0).cf;
  const s = c.reduce((a, b) => a + b, 0);
  return c.map((x) => x / s);
})();

const small: PathwayProfiles = {
  load_keys: ['continuous', 'office'],
  load_shapes: [loadShape('continuous'), loadShape('office')],
  gen_keys: ['pv'],
  gen_shapes: [pvShape],
};

describe('runPathway', () => {
  it('matches year-by-year dispatch of the scaled sums', () => {
    const inputs = createPathwayInputs(small, 2024, 3);
    inputs.load_mwh.set([100_000, 5_000, 110_000, 6_000, 120_000, 7_000]);
    inputs.gen_mwh.set([0, 30_000, 60_000]);
    inputs.storage_power_mw.set([0, 10, 20]);
    inputs.storage_usable_mwh.set([0, 20, 40]);
    inputs.storage_round_trip_efficiency.set([1, 0.9, 0.88]);
    inputs.export_limit_mw.set([Infinity, 5, 0]);
    const tariff = touTariff(SICHUAN_LIKE_TOU, { flat_import_cny_per_mwh: 600, export_cny_per_mwh: 300 });
    const ws = createPathwayWorkspace(3);
    const seen: number[] = [];
    const totals = runPathway(small, inputs, tariff, ws, (y, hourly, t) => {
      seen.push(y);
      expect(t.load_mwh).toBeCloseTo(
        hourly.load_mw.reduce((a, b) => a + b, 0),
        6,
      );
    });
    expect(seen).toEqual([0, 1, 2]);
    // Stored energy carries over: year 0 starts at 50%, each later year at the previous end.
    let start = 0.5 * inputs.storage_usable_mwh[0]!;
    for (let y = 0; y < 3; y++) {
      const h = createHourlyDispatch();
      for (let t = 0; t < HOURS_PER_YEAR; t++) {
        h.load_mw[t] =
          inputs.load_mwh[2 * y]! * small.load_shapes[0]![t]! + inputs.load_mwh[2 * y + 1]! * small.load_shapes[1]![t]!;
        h.generation_mw[t] = inputs.gen_mwh[y]! * pvShape[t]!;
      }
      const expected = dispatchYear(
        h,
        {
          power_mw: inputs.storage_power_mw[y]!,
          usable_mwh: inputs.storage_usable_mwh[y]!,
          round_trip_efficiency: inputs.storage_round_trip_efficiency[y]!,
        },
        inputs.export_limit_mw[y]!,
        tariff,
        createTotals(),
        start,
      );
      start = expected.storage_end_mwh;
      for (const k of TOTAL_KEYS) expect(totals[k][y]).toBeCloseTo(expected[k], 6);
      // Shapes sum to one, so annual energies are exactly the inputs.
      expect(totals.load_mwh[y]).toBeCloseTo(inputs.load_mwh[2 * y]! + inputs.load_mwh[2 * y + 1]!, 6);
      expect(totals.generation_mwh[y]).toBeCloseTo(inputs.gen_mwh[y]!, 6);
    }
    expect(totals.exported_mwh[2]).toBe(0);
  });

  it('is bit-identical when rerun in the same workspace', () => {
    const inputs = createPathwayInputs(small, 2024, 2);
    inputs.load_mwh.set([50_000, 2_000, 55_000, 2_000]);
    inputs.gen_mwh.set([40_000, 80_000]);
    inputs.storage_power_mw.fill(10);
    inputs.storage_usable_mwh.fill(30);
    inputs.storage_round_trip_efficiency.fill(0.88);
    const tariff = flatTariff(600, 300);
    const ws = createPathwayWorkspace(2);
    const first = TOTAL_KEYS.map((k) => Array.from(runPathway(small, inputs, tariff, ws)[k]));
    const second = TOTAL_KEYS.map((k) => Array.from(runPathway(small, inputs, tariff, ws)[k]));
    expect(second).toEqual(first);
  });

  it('runs single years for engines that loop over years themselves', () => {
    const inputs = createPathwayInputs(small, 2024, 2);
    inputs.load_mwh.set([50_000, 2_000, 55_000, 2_000]);
    inputs.gen_mwh.set([40_000, 80_000]);
    inputs.storage_power_mw.fill(10);
    inputs.storage_usable_mwh.fill(30);
    const tariff = flatTariff(600, 300);
    const all = createPathwayWorkspace(2);
    runPathway(small, inputs, tariff, all);
    const one = createPathwayWorkspace(2);
    const y1 = runPathwayYear(small, inputs, 1, tariff, one);
    for (const k of TOTAL_KEYS) expect(y1[k]).toBe(all.totals[k][1]);
    expect(() => runPathwayYear(small, inputs, 2, tariff, one)).toThrow(RangeError);
  });

  it('refuses negative or non-finite annual energy with the year', () => {
    const inputs = createPathwayInputs(small, 2030, 1);
    inputs.load_mwh[1] = -5;
    expect(() => runPathway(small, inputs, flatTariff(1, 1), createPathwayWorkspace(1))).toThrow(/load class 1 in year 2030/);
    inputs.load_mwh[1] = 0;
    inputs.gen_mwh[0] = NaN;
    expect(() => runPathway(small, inputs, flatTariff(1, 1), createPathwayWorkspace(1))).toThrow(/generator 0 in year 2030/);
  });

  it('combines storage units, weighting efficiency by energy', () => {
    const s = combineStorage([
      { power_kw: 10_000, usable_kwh: 20_000, round_trip_efficiency: 0.9 },
      { power_kw: 5_000, usable_kwh: 60_000, round_trip_efficiency: 0.8 },
    ]);
    expect(s.power_mw).toBe(15);
    expect(s.usable_mwh).toBe(80);
    expect(s.round_trip_efficiency).toBeCloseTo(0.825, 12);
    expect(combineStorage([])).toEqual({ power_mw: 0, usable_mwh: 0, round_trip_efficiency: 1 });
  });
});

describe('scenarioProfiles on the sample park', () => {
  const c = cache();
  const measures = resolveScenario(plan, 'near-zero').measures.map((m) => m.measure);
  const sp = scenarioProfiles(c, measures, { default_wind_full_load_hours: 2300 });

  it('lists consumer shapes, new-load classes and one generator per PV and wind measure', () => {
    expect(sp.load_keys.slice(0, 8)).toEqual([
      'continuous',
      'two_shift',
      'office',
      'logistics',
      'cold_storage',
      'data_centre',
      'flat',
      'ev_night',
    ]);
    expect(sp.load_keys).toContain('measure:green-h2-trucks');
    const generators = measures.filter((m) => m.kind === 'pv' || m.kind === 'wind').map((m) => `measure:${m.id}`);
    expect(generators).toContain('measure:rooftop-pv');
    expect(sp.gen_keys).toEqual([...generators, 'other_flat']);
    for (const s of [...sp.load_shapes, ...sp.gen_shapes]) {
      expect(s.length).toBe(HOURS_PER_YEAR);
      expect(s.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    expect(sp.pv_modelled_yield_kwh_per_kwp.get('rooftop-pv')).toBeGreaterThan(850);
    expect(sp.wind_speed_scale.get('hill-wind')).toBeGreaterThan(1);
  });

  it('reuses the cached PV and wind profiles across scenarios', () => {
    expect(c.pv(20, 0)).toBe(c.pv(20, 0));
    expect(c.load('office')).toBe(c.load('office'));
    const again = scenarioProfiles(c, measures, { default_wind_full_load_hours: 2300 });
    expect(again.gen_shapes).toEqual(sp.gen_shapes);
  });

  it('replaces a class shape with an imported series', () => {
    const csv = Array.from({ length: HOURS_PER_YEAR }, (_, h) => String(h % 24 < 12 ? 2 : 1)).join('\n');
    const parsed = parseHourlyCsv(csv, 'load');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const withImport = scenarioProfiles(c, measures, { overrides: new Map([['two_shift', parsed.value.values]]) });
    const s = withImport.load_shapes[withImport.consumer_class.two_shift]!;
    expect(s[0]! / s[12]!).toBeCloseTo(2, 12);
  });

  it('reports the climate fallback for an untabled city', () => {
    const r = createProfileCache('Zigong', 'Sichuan');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.climate.key).toBe('chengdu');
      expect(r.value.notes.join(' ')).toMatch(/No climate data for "Zigong"; using Chengdu/);
    }
    const bad = createProfileCache('Atlantis', 'Nowhere');
    expect(bad.ok).toBe(false);
  });
});

describe('time-of-use tariff', () => {
  it('has the documented Sichuan-like periods', () => {
    const count: Record<string, number> = { critical: 0, peak: 0, flat: 0, valley: 0 };
    for (let h = 0; h < 24; h++) count[touPeriodAt(SICHUAN_LIKE_TOU, h)]!++;
    expect(count).toEqual({ critical: 0, peak: 9, flat: 7, valley: 8 });
    const july = MONTH_START_HOUR[6]!;
    expect([15, 16, 20].map((hr) => touPeriodAt(SICHUAN_LIKE_TOU, july + hr))).toEqual(['critical', 'critical', 'critical']);
    expect(touPeriodAt(SICHUAN_LIKE_TOU, july + 10)).toBe('peak');
  });

  it('prices hours from the flat price and the ratios', () => {
    const t = touTariff(SICHUAN_LIKE_TOU, {
      flat_import_cny_per_mwh: 500,
      export_cny_per_mwh: 300,
      demand_charge_cny_per_mw_month: 40_000,
    });
    expect(t.import_cny_per_mwh[3]).toBeCloseTo(200, 12);
    expect(t.import_cny_per_mwh[8]).toBeCloseTo(500, 12);
    expect(t.import_cny_per_mwh[10]).toBeCloseTo(800, 12);
    expect(t.export_cny_per_mwh[10]).toBe(300);
    const h = createHourlyDispatch();
    h.load_mw.fill(1);
    h.generation_mw.fill(0);
    const totals = dispatchYear(h, { power_mw: 0, usable_mwh: 0, round_trip_efficiency: 1 }, 0, t, createTotals());
    expect(totals.import_cost_cny).toBeCloseTo(
      t.import_cny_per_mwh.reduce((a, b) => a + b, 0),
      4,
    );
    expect(totals.demand_charge_cny).toBeCloseTo(12 * 40_000, 6);
  });
});

describe('stored energy across years', () => {
  it('carries each year end into the next year: no energy from nowhere', () => {
    const p = {
      load_keys: ['flat'],
      load_shapes: [new Float64Array(HOURS_PER_YEAR).fill(1 / HOURS_PER_YEAR)],
      gen_keys: [],
      gen_shapes: [],
    };
    for (const strategy of ['load_following', 'tou_arbitrage', 'peak_shaving', 'best_bill'] as const) {
      const inputs = createPathwayInputs(p, 2025, 6);
      inputs.load_mwh.fill(87_600);
      // An idle battery under load following (no surplus ever), growing in year 3.
      inputs.storage_power_mw.set([5, 5, 5, 8, 8, 8]);
      inputs.storage_usable_mwh.set([20, 20, 20, 32, 32, 32]);
      inputs.storage_round_trip_efficiency.fill(0.9);
      const ws = createPathwayWorkspace(6);
      const tariff = touTariff(SICHUAN_LIKE_TOU, { flat_import_cny_per_mwh: 600, export_cny_per_mwh: 300 });
      const totals = runPathway(p, inputs, tariff, ws, undefined, {
        strategy,
        grid_import_cap_mw: Infinity,
        peak_target_mw: null,
      });
      expect(totals.storage_start_mwh[0]).toBe(10);
      let sum = 0;
      for (let y = 0; y < 6; y++) {
        if (y > 0) expect(totals.storage_start_mwh[y]).toBe(totals.storage_end_mwh[y - 1]);
        sum += totals.storage_net_charge_mwh[y]!;
        expect(sum).toBeGreaterThanOrEqual(-10 - 1e-9);
      }
      if (strategy === 'load_following') {
        // The start energy serves load once (less the discharge loss), in the first year; never again.
        expect(totals.storage_net_charge_mwh[0]).toBeCloseTo(-10 * Math.sqrt(0.9), 9);
        for (let y = 1; y < 6; y++) expect(totals.storage_net_charge_mwh[y]).toBe(0);
      }
    }
  });
});
