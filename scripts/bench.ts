/**
 * Benchmark of the hourly part of a scenario run: for every year from the base year to the
 * horizon, build the hourly load and generation from the class shapes (scaled sums) and run the
 * load-following dispatch over 8760 hours. Run with:  npx tsx scripts/bench.ts [--runs N]
 *
 * It prints, for the sample park and for a synthetic park of 200 consumers and 10 scenarios
 * (drawn with a seeded generator, so every run measures the same work):
 *   - the one-off cost per plan of the profile cache (weather, PV, wind, load shapes);
 *   - milliseconds per full scenario recompute of the hourly part (median and 90th percentile of
 *     N timed runs after warm-up), and hour-steps per second.
 * The annual inputs per year (class energies, PV and wind MWh, storage) are a stand-in for the
 * annual engine's (growth, efficiency, ramps, degradation), close enough for timing; the timed
 * part is exactly what the engine would call: runPathway over prepared inputs.
 * Figures depend on the machine; tests never assert timings.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { Plan } from '../core/model/plan.ts';
import type { Measure } from '../core/model/measures.ts';
import type { Consumer } from '../core/model/park.ts';
import { resolveScenario } from '../core/engine/index.ts';
import {
  combineStorage,
  createPathwayInputs,
  createPathwayWorkspace,
  createProfileCache,
  runPathway,
  scenarioProfiles,
  SICHUAN_LIKE_TOU,
  touTariff,
} from '../core/dispatch/index.ts';
import type { PathwayInputs, ProfileCache, ScenarioProfiles, Tariff } from '../core/dispatch/index.ts';
import { HOURS_PER_YEAR, mulberry32 } from '../core/profiles/index.ts';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] ?? '') || 200;
const WARMUP = 30;
const DEFAULT_WIND_FLH = 2300;

function ramp(m: Measure, year: number): number {
  return year < m.start_year ? 0 : Math.min(1, (year - m.start_year + 1) / (m.ramp_years + 1));
}

/** Stand-in for the annual engine: fills the per-year energies of every class. */
function fillInputs(
  sp: ScenarioProfiles,
  consumers: readonly Consumer[],
  measures: readonly Measure[],
  baseYear: number,
  nYears: number,
): PathwayInputs {
  const inputs = createPathwayInputs(sp, baseYear, nYears);
  for (let y = 0; y < nYears; y++) {
    const year = baseYear + y;
    const t = year - baseYear;
    const units: { power_kw: number; usable_kwh: number; round_trip_efficiency: number }[] = [];
    for (const c of consumers) {
      const mwh = c.energy.electricity_mwh * Math.pow(1 + c.output_growth_rate, t) * Math.pow(1 - c.efficiency_gain_rate, t);
      inputs.load_mwh[y * inputs.n_load + sp.consumer_class[c.load_profile]]! += mwh;
    }
    for (const m of measures) {
      const r = ramp(m, year);
      if (r === 0) continue;
      const g = sp.measure_generator.get(m.id);
      const l = sp.measure_load_class.get(m.id);
      switch (m.kind) {
        case 'pv': {
          const yieldKwhPerKw = m.params.specific_yield_kwh_per_kw ?? sp.pv_modelled_yield_kwh_per_kwp.get(m.id)!;
          const age = (year - m.start_year) % m.lifetime_years;
          inputs.gen_mwh[y * inputs.n_gen + g!]! +=
            (m.params.capacity_kw * r * yieldKwhPerKw * Math.pow(1 - m.params.degradation_rate, age)) / 1000;
          break;
        }
        case 'wind':
          inputs.gen_mwh[y * inputs.n_gen + g!]! +=
            (m.params.capacity_kw * r * (m.params.full_load_hours ?? DEFAULT_WIND_FLH)) / 1000;
          break;
        case 'storage':
          units.push({
            power_kw: m.params.power_kw * r,
            usable_kwh: m.params.energy_kwh * m.params.usable_share * r,
            round_trip_efficiency: m.params.round_trip_efficiency,
          });
          break;
        case 'green_hydrogen':
          inputs.load_mwh[y * inputs.n_load + l!]! += (m.params.electrolyser_kw * m.params.operating_hours * r) / 1000;
          break;
        case 'transport':
          if (m.params.drive === 'electric')
            inputs.load_mwh[y * inputs.n_load + sp.ev_load_class]! +=
              (m.params.vehicles * m.params.km_per_vehicle_year * m.params.kwh_per_km * r) / 1000;
          break;
        case 'ccus':
          inputs.load_mwh[y * inputs.n_load + sp.flat_load_class]! +=
            (m.params.captured_tco2 * m.params.energy_penalty_kwh_per_t * r) / 1000;
          break;
        case 'waste_heat':
          inputs.gen_mwh[y * inputs.n_gen + sp.other_generator]! += m.params.pressure_power_mwh * r;
          break;
        default:
          break;
      }
    }
    const s = combineStorage(units);
    inputs.storage_power_mw[y] = s.power_mw;
    inputs.storage_usable_mwh[y] = s.usable_mwh;
    inputs.storage_round_trip_efficiency[y] = s.round_trip_efficiency;
  }
  return inputs;
}

interface Timing {
  median_ms: number;
  p90_ms: number;
}

function time(fn: () => void, runs: number): Timing {
  for (let i = 0; i < WARMUP; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  t.sort((x, y) => x - y);
  return { median_ms: t[Math.floor(runs / 2)]!, p90_ms: t[Math.floor(runs * 0.9)]! };
}

function report(label: string, nYears: number, timing: Timing, extra = ''): void {
  const steps = nYears * HOURS_PER_YEAR;
  console.log(
    `${label.padEnd(44)} ${String(nYears).padStart(3)} years  median ${timing.median_ms.toFixed(2).padStart(6)} ms  p90 ${timing.p90_ms.toFixed(2).padStart(6)} ms  ` +
      `${(((steps / timing.median_ms) * 1000) / 1e6).toFixed(1).padStart(5)} M hour-steps/s${extra}`,
  );
}

function cacheFor(city: string, province: string): { cache: ProfileCache; ms: number } {
  const a = performance.now();
  const r = createProfileCache(city, province);
  if (!r.ok) throw new Error(r.message);
  // Touch the shapes every scenario needs so their cost is counted here, once per plan.
  r.value.pv(25, 0);
  return { cache: r.value, ms: performance.now() - a };
}

// ---------------------------------------------------------------- sample park
const plan = Plan.parse(JSON.parse(readFileSync(new URL('../resources/samples/sample-park.plan.json', import.meta.url), 'utf8')));
const nYears = plan.park.horizon_year - plan.park.base_year + 1;
const tariff: Tariff = touTariff(SICHUAN_LIKE_TOU, { flat_import_cny_per_mwh: 600, export_cny_per_mwh: 300 });
console.log(
  `ParkZero hourly dispatch benchmark  (Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}, ${availableParallelism()} cores; ${RUNS} timed runs after ${WARMUP} warm-up, single thread)`,
);
console.log('');
const sample = cacheFor(plan.park.city, plan.park.province);
console.log(`sample park (${plan.park.city}): profile cache built once per plan in ${sample.ms.toFixed(1)} ms`);
for (const s of plan.scenarios) {
  const measures = resolveScenario(plan, s.id).measures.map((rm) => rm.measure);
  const sp = scenarioProfiles(sample.cache, measures, { default_wind_full_load_hours: DEFAULT_WIND_FLH });
  const inputs = fillInputs(sp, plan.consumers, measures, plan.park.base_year, nYears);
  const ws = createPathwayWorkspace(nYears);
  const timing = time(() => runPathway(sp, inputs, tariff, ws), RUNS);
  const last = nYears - 1;
  report(
    `  scenario ${s.id}`,
    nYears,
    timing,
    `   (${plan.park.horizon_year}: import ${(ws.totals.imported_mwh[last]! / 1000).toFixed(0)} GWh, curtailed ${ws.totals.curtailed_mwh[last]!.toFixed(0)} MWh)`,
  );
}

// ---------------------------------------------------------------- synthetic park
const rand = mulberry32(20240601);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const profiles = ['continuous', 'two_shift', 'office', 'logistics', 'cold_storage'] as const;
const synthConsumers: Consumer[] = Array.from({ length: 200 }, (_, i) => ({
  id: `c${i}`,
  name: `Consumer ${i}`,
  sector: 'other',
  load_profile: pick(profiles),
  output_value_10k_cny: 1000,
  value_added_10k_cny: 300,
  energy: { electricity_mwh: 1000 + rand() * 50_000 } as Consumer['energy'],
  process_emissions_tco2: 0,
  output_growth_rate: rand() * 0.06,
  efficiency_gain_rate: rand() * 0.015,
  roof_area_m2: 10_000,
  waste_heat_available_gj: 0,
  process_heat_share: 1,
  notes: '',
}));
const common = (id: string, start: number) => ({
  id,
  name: id,
  start_year: start,
  ramp_years: Math.floor(rand() * 4),
  lifetime_years: 20 + Math.floor(rand() * 10),
  capex_cny: 0,
  fixed_opex_cny_per_year: 0,
  consumer_ids: [],
  notes: '',
});
function synthMeasures(s: number): Measure[] {
  const ms: Measure[] = [];
  const start = () => 2025 + Math.floor(rand() * 20);
  for (let i = 0, n = 2 + Math.floor(rand() * 6); i < n; i++)
    ms.push({
      ...common(`s${s}-pv${i}`, start()),
      kind: 'pv',
      params: {
        capacity_kw: 5000 + rand() * 80_000,
        specific_yield_kwh_per_kw: null,
        tilt_deg: pick([5, 10, 15, 20, 25, 30]),
        azimuth_deg: pick([-90, -45, 0, 0, 0, 45, 90]),
        area_m2_per_kw: 6,
        degradation_rate: 0.005,
      },
    });
  for (let i = 0, n = Math.floor(rand() * 3); i < n; i++)
    ms.push({
      ...common(`s${s}-wind${i}`, start()),
      kind: 'wind',
      params: { capacity_kw: 10_000 + rand() * 50_000, full_load_hours: null, hub_height_m: pick([90, 110, 140]) },
    });
  for (let i = 0, n = Math.floor(rand() * 3); i < n; i++) {
    const p = 5000 + rand() * 40_000;
    ms.push({
      ...common(`s${s}-bess${i}`, start()),
      kind: 'storage',
      params: { power_kw: p, energy_kwh: p * pick([1, 2, 4]), round_trip_efficiency: 0.85 + rand() * 0.07, usable_share: 0.9 },
    });
  }
  if (rand() < 0.5)
    ms.push({
      ...common(`s${s}-h2`, start()),
      kind: 'green_hydrogen',
      params: {
        electrolyser_kw: 5000 + rand() * 20_000,
        operating_hours: 2000 + rand() * 4000,
        kwh_per_kg: 53,
        displaced_carrier: 'diesel',
        substitution_ratio: 1,
      },
    });
  ms.push({
    ...common(`s${s}-ev`, start()),
    kind: 'transport',
    params: {
      vehicles: 200,
      km_per_vehicle_year: 40_000,
      fuel: 'diesel',
      fuel_per_100km: 0.0085,
      kwh_per_km: 0.3,
      drive: 'electric',
      kg_h2_per_100km: 8,
    },
  });
  return ms;
}
const synthYears = 2060 - 2024 + 1;
console.log('');
const synth = cacheFor('Zhangye', 'Gansu');
console.log(
  `synthetic park (200 consumers, 10 scenarios, Zhangye climate): profile cache built once per plan in ${synth.ms.toFixed(1)} ms`,
);
const scenarios = Array.from({ length: 10 }, (_, s) => synthMeasures(s));
let profileMs = 0;
const prepared = scenarios.map((measures) => {
  const a = performance.now();
  const sp = scenarioProfiles(synth.cache, measures, { default_wind_full_load_hours: DEFAULT_WIND_FLH });
  profileMs += performance.now() - a;
  return { sp, inputs: fillInputs(sp, synthConsumers, measures, 2024, synthYears), ws: createPathwayWorkspace(synthYears) };
});
console.log(
  `  scenario profiles (new PV orientations and wind hub heights, first use), all 10 scenarios: ${profileMs.toFixed(1)} ms`,
);
const perScenario: number[] = [];
prepared.forEach((p, i) => {
  const timing = time(() => runPathway(p.sp, p.inputs, tariff, p.ws), Math.max(20, Math.floor(RUNS / 4)));
  perScenario.push(timing.median_ms);
  report(`  scenario ${i} (${p.sp.load_keys.length} load classes, ${p.sp.gen_keys.length} generators)`, synthYears, timing);
});
const all = time(() => prepared.forEach((p) => runPathway(p.sp, p.inputs, tariff, p.ws)), Math.max(10, Math.floor(RUNS / 10)));
perScenario.sort((a, b) => a - b);
console.log(
  `  all 10 scenarios back to back: median ${all.median_ms.toFixed(1)} ms (${(all.median_ms / 10).toFixed(2)} ms per scenario); median of scenario medians ${perScenario[5]!.toFixed(2)} ms`,
);
console.log('');
console.log('Target: one scenario, base year to 2060, under 30 ms on one core.');
