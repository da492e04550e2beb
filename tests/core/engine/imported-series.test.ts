import { describe, expect, it } from 'vitest';
import { runPlan } from '../../../core/engine/index.ts';
import type { ScenarioResult } from '../../../core/engine/index.ts';
import { parsePlan } from '../../../core/model/plan.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { ImportedSeries } from '../../../core/model/hourly-series.ts';
import { lookupClimate, synthesizeWeather } from '../../../core/profiles/index.ts';
import { measure, tinyPlan } from './fixtures.ts';

const source = { file_name: 'metered.csv', imported_at: '2025-03-01T10:00:00.000Z' };

/** One consumer, 10 GWh a year, 3 MW of roof PV in the child scenario "s". */
function pvPlan(series: ImportedSeries[] = []): Plan {
  const plan = tinyPlan({
    energy: { electricity_mwh: 10_000 },
    measures: [measure('pv1', 'pv', { capacity_kw: 3000, tilt_deg: 25 })],
  });
  const parsed = parsePlan({ ...plan, hourly_series: series });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.plan;
}

const nightLoad: ImportedSeries = {
  id: 'night',
  name: 'Night shift',
  kind: 'load',
  target: { consumer_id: 'c1' },
  source,
  // Every kWh between 20:00 and 06:00, none in daylight.
  values: Array.from({ length: 8760 }, (_, h) => (h % 24 >= 20 || h % 24 < 6 ? 5 : 0)),
};

const child = (r: { scenarios: ScenarioResult[] }) => r.scenarios.find((s) => s.scenario_id === 's')!;

describe('imported hourly series in the engine', () => {
  it('a load series with all energy at night lowers PV self-consumption and raises import; annual energy unchanged', () => {
    const flat = child(runPlan(pvPlan(), { mac: false })).years[0]!;
    const night = child(runPlan(pvPlan([nightLoad]), { mac: false })).years[0]!;
    // Same annual energy and generation: the series is a shape only.
    expect(night.energy.electricity.demand_mwh).toBeCloseTo(flat.energy.electricity.demand_mwh, 6);
    expect(night.energy.electricity.pv_mwh).toBeCloseTo(flat.energy.electricity.pv_mwh, 6);
    // PV runs in daylight, the load at night: far less of it is used on site, more is bought.
    expect(night.energy.electricity.self_consumed_mwh).toBeLessThan(flat.energy.electricity.self_consumed_mwh * 0.2);
    expect(night.energy.electricity.grid_import_mwh).toBeGreaterThan(flat.energy.electricity.grid_import_mwh + 1000);
  });

  it('says in the dispatch notes which series were used', () => {
    const r = child(runPlan(pvPlan([nightLoad]), { mac: false }));
    expect(r.dispatch.notes.join('\n')).toContain('imported hourly series "Night shift" (metered.csv, imported 2025-03-01)');
    const none = child(runPlan(pvPlan(), { mac: false }));
    expect(none.dispatch.notes.join('\n')).not.toContain('imported');
  });

  it('a PV series replaces the modelled profile as a shape scaled to the engine energy', () => {
    // PV "generating" at night (a deliberately odd series) next to a night-only load.
    const pvAtNight: ImportedSeries = { ...nightLoad, id: 'pvs', kind: 'pv', target: { measure_id: 'pv1' }, name: 'PV sim' };
    const modelled = child(runPlan(pvPlan([nightLoad]), { mac: false }));
    const both = child(runPlan(pvPlan([nightLoad, pvAtNight]), { mac: false }));
    const y0 = both.years[0]!;
    expect(y0.energy.electricity.pv_mwh).toBeCloseTo(modelled.years[0]!.energy.electricity.pv_mwh, 6);
    // Load and PV now share the same night hours: PV (about 3 GWh) is used on site.
    expect(y0.energy.electricity.self_consumed_mwh).toBeGreaterThan(modelled.years[0]!.energy.electricity.self_consumed_mwh * 3);
    expect(both.dispatch.notes.join('\n')).toContain('PV measure pv1 [pv1] generates along the imported hourly series "PV sim"');
  });

  it('a weather series replaces the synthetic weather for PV', () => {
    const climate = lookupClimate('Mianyang', 'Sichuan');
    if (!climate.ok) throw new Error(climate.message);
    const w = synthesizeWeather(climate.value.climate);
    // Half the sun of the synthetic year, all of it diffuse.
    const ghi = Array.from(w.ghi_w_per_m2, (g) => Math.round(g / 2));
    const weather: ImportedSeries = {
      id: 'epw',
      name: 'Dim year',
      kind: 'weather',
      target: null,
      source: { ...source, file_name: 'dim.epw' },
      weather: {
        lat_deg: w.lat_deg,
        lon_deg: w.lon_deg,
        time_zone_h: 8,
        elevation_m: 500,
        ghi_w_per_m2: ghi,
        dni_w_per_m2: ghi.map(() => 0),
        dhi_w_per_m2: ghi,
        temp_c: Array.from(w.temp_c),
        wind_m_per_s: Array.from(w.wind_m_per_s),
      },
    };
    const synthetic = child(runPlan(pvPlan(), { mac: false }));
    const dim = child(runPlan(pvPlan([weather]), { mac: false }));
    const gen = (r: ScenarioResult) => r.years[0]!.energy.electricity.pv_mwh;
    // The PV measure has no yield of its own, so the PV model's yield for the weather sets its energy.
    expect(gen(dim)).toBeLessThan(gen(synthetic) * 0.6);
    expect(dim.dispatch.notes.join('\n')).toContain('imported weather "Dim year" (dim.epw');
  });

  it('reruns are bit-identical', () => {
    const plan = pvPlan([nightLoad]);
    expect(JSON.stringify(runPlan(plan))).toBe(JSON.stringify(runPlan(plan)));
  });

  it('the plan refuses series for unknown or mismatched targets, duplicates and all-zero data, with paths', () => {
    const base = pvPlan();
    const issues = (series: unknown[]) => {
      const r = parsePlan({ ...base, hourly_series: series });
      return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(issues([{ ...nightLoad, target: { consumer_id: 'nobody' } }])).toEqual([
      'hourly_series[0].target.consumer_id: unknown consumer "nobody"',
    ]);
    expect(issues([{ ...nightLoad, kind: 'wind', target: { measure_id: 'pv1' } }])).toEqual([
      'hourly_series[0].target.measure_id: measure "pv1" is a pv measure; a wind series needs a wind measure',
    ]);
    expect(issues([nightLoad, { ...nightLoad, id: 'again' }])).toEqual([
      'hourly_series[1]: a second load series for the same consumer (also at hourly_series[0])',
    ]);
    expect(issues([{ ...nightLoad, values: nightLoad.values.map(() => 0) }])).toEqual([
      'hourly_series[0].values: every value is zero: the series gives no shape',
    ]);
    expect(issues([{ ...nightLoad, values: nightLoad.values.slice(1) }])[0]).toMatch(/^hourly_series\[0\]\.values: /);
  });
});
