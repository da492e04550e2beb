/**
 * Benchmark of a FULL scenario recompute through the engine: every year from the base year to
 * the horizon, the annual accounting (inventory, measures, emissions, indicators, costs) and the
 * hourly load-following dispatch of 8760 hours in each year. Run with:
 *   npm run bench [-- --runs N]
 *
 * It prints, for the sample park and for a synthetic park of 200 consumers and 10 scenarios
 * (drawn with a seeded generator, so every run measures the same work):
 *   - the one-off cost of a site's profile cache (weather, PV, wind, load shapes), which the
 *     core memoises per site, so an edit's recompute does not pay it again;
 *   - milliseconds per scenario through `runScenario` (what an engine worker runs after each
 *     edit; plan context included), median and 90th percentile of N timed runs after warm-up,
 *     without and with the MAC curve (one extra run per measure), and annual netting for scale;
 *   - hour-steps per second: years x 8760 dispatched hours per second of a run without MAC.
 * Figures depend on the machine and its load; tests never assert timings.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { Plan } from '../core/model/plan.ts';
import type { PlanInput } from '../core/model/plan.ts';
import { runPlan, runScenario } from '../core/engine/index.ts';
import type { RunOptions } from '../core/engine/index.ts';
import { clearSharedProfileCaches } from '../core/dispatch/index.ts';
import { HOURS_PER_YEAR, mulberry32 } from '../core/profiles/index.ts';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] ?? '') || 60;
const WARMUP = 5;

interface Timing {
  median_ms: number;
  p90_ms: number;
}

/**
 * CPU time of this thread's process per run (user + system), not wall time: the build machine
 * is shared, and wall time there measures the other jobs as much as ours. With one thread
 * busy, CPU time is the time on one core. Wall time is printed once per park for reference.
 */
function time(fn: () => void, runs: number): Timing {
  for (let i = 0; i < WARMUP; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = process.cpuUsage();
    fn();
    const d = process.cpuUsage(a);
    t.push((d.user + d.system) / 1000);
  }
  t.sort((x, y) => x - y);
  return { median_ms: t[Math.floor(runs / 2)]!, p90_ms: t[Math.floor(runs * 0.9)]! };
}

function wall(fn: () => void, runs: number): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  return t.sort((x, y) => x - y)[Math.floor(runs / 2)]!;
}

const ms = (t: Timing) => `${t.median_ms.toFixed(1).padStart(6)} ms (p90 ${t.p90_ms.toFixed(1).padStart(6)})`;
const steps = (nYears: number, t: Timing) =>
  `${((((nYears * HOURS_PER_YEAR) / t.median_ms) * 1000) / 1e6).toFixed(1).padStart(5)} M hour-steps/s`;

function benchPlan(label: string, plan: Plan): number[] {
  const nYears = plan.park.horizon_year - plan.park.base_year + 1;
  clearSharedProfileCaches();
  const a = performance.now();
  runScenario(plan, plan.scenarios[0]!.id, { mac: false });
  const cold = performance.now() - a;
  console.log(
    `${label}: ${plan.consumers.length} consumers, ${plan.scenarios.length} scenarios, ${nYears} years (${plan.park.base_year}-${plan.park.horizon_year}), ${plan.park.city}`,
  );
  console.log(`  first run of the plan (profile cache of the site built, then memoised): ${cold.toFixed(0)} ms`);
  console.log(
    `  ${'scenario'.padEnd(24)} ${'measures'.padStart(8)}  ${'hourly, no MAC'.padEnd(26)} ${'hour-steps'.padEnd(20)} ${'hourly + MAC'.padEnd(26)} annual netting, no MAC`,
  );
  const perScenario: number[] = [];
  const runs = (o: RunOptions) => Math.max(10, Math.floor(RUNS / (o.mac ? 4 : 1)));
  for (const s of plan.scenarios) {
    const noMac = time(() => runScenario(plan, s.id, { mac: false }), runs({ mac: false }));
    const withMac = time(() => runScenario(plan, s.id, { mac: true }), runs({ mac: true }));
    const annual = time(() => runScenario(plan, s.id, { mac: false, electricity: 'annual' }), runs({ mac: false }));
    const r = runScenario(plan, s.id, { mac: true });
    perScenario.push(noMac.median_ms);
    console.log(
      `  ${s.id.padEnd(24)} ${String(r.mac.length).padStart(8)}  ${ms(noMac)} ${steps(nYears, noMac)}  ${ms(withMac)} ${ms(annual)}`,
    );
  }
  const all = time(() => runPlan(plan, { mac: false }), Math.max(5, Math.floor(RUNS / 10)));
  const allWall = wall(() => runPlan(plan, { mac: false }), Math.max(5, Math.floor(RUNS / 10)));
  console.log(
    `  whole plan (runPlan, no MAC): ${all.median_ms.toFixed(1)} ms CPU, ${(all.median_ms / plan.scenarios.length).toFixed(1)} ms per scenario (parents simulated once); wall ${allWall.toFixed(1)} ms (machine load ${loadavg()[0]!.toFixed(1)})`,
  );
  return perScenario;
}

console.log(
  `ParkZero engine benchmark: full scenario recompute, every year and every hour  (Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}, ${availableParallelism()} cores; single thread; CPU ms per run, median and p90 of ${RUNS} timed runs after ${WARMUP} warm-up, MAC with a quarter of them)`,
);
console.log('');

// ---------------------------------------------------------------- the Suining sample park
const sample = Plan.parse(JSON.parse(readFileSync(new URL('../resources/samples/suining.plan.json', import.meta.url), 'utf8')));
const sampleTimes = benchPlan('Suining sample park', sample);
console.log('');

// ---------------------------------------------------------------- synthetic park
const rand = mulberry32(20240601);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const profiles = ['continuous', 'two_shift', 'office', 'logistics', 'cold_storage'] as const;
type ConsumerInput = PlanInput['consumers'][number];
type MeasureInput = NonNullable<PlanInput['scenarios'][number]['measures']>[number];

const consumers: ConsumerInput[] = Array.from({ length: 200 }, (_, i) => ({
  id: `c${i}`,
  name: `Consumer ${i}`,
  sector: 'other',
  load_profile: pick(profiles),
  output_value_10k_cny: 1000 + rand() * 50_000,
  value_added_10k_cny: 300 + rand() * 15_000,
  energy: {
    electricity_mwh: 1000 + rand() * 50_000,
    coal_t: rand() < 0.3 ? rand() * 20_000 : 0,
    natural_gas_10k_nm3: rand() * 300,
    diesel_t: 50 + rand() * 500,
  },
  output_growth_rate: rand() * 0.06,
  efficiency_gain_rate: rand() * 0.015,
  roof_area_m2: 10_000 + rand() * 50_000,
  waste_heat_available_gj: rand() * 50_000,
}));

const common = (id: string, start: number) => ({
  id,
  name: id,
  start_year: start,
  ramp_years: Math.floor(rand() * 4),
  lifetime_years: 20 + Math.floor(rand() * 10),
  capex_cny: 1e6 + rand() * 1e8,
  fixed_opex_cny_per_year: rand() * 1e6,
});

function synthMeasures(s: number): MeasureInput[] {
  const out: MeasureInput[] = [];
  const start = () => 2025 + Math.floor(rand() * 20);
  const someConsumers = () =>
    Array.from({ length: 1 + Math.floor(rand() * 20) }, () => `c${Math.floor(rand() * 200)}`).filter(
      (c, i, a) => a.indexOf(c) === i,
    );
  for (let i = 0, n = 2 + Math.floor(rand() * 6); i < n; i++)
    out.push({
      ...common(`s${s}-pv${i}`, start()),
      kind: 'pv',
      params: {
        capacity_kw: 5000 + rand() * 80_000,
        specific_yield_kwh_per_kw: null,
        tilt_deg: pick([5, 10, 15, 20, 25, 30]),
        azimuth_deg: pick([-90, -45, 0, 0, 0, 45, 90]),
      },
    });
  for (let i = 0, n = Math.floor(rand() * 3); i < n; i++)
    out.push({
      ...common(`s${s}-wind${i}`, start()),
      kind: 'wind',
      params: { capacity_kw: 10_000 + rand() * 50_000, full_load_hours: null, hub_height_m: pick([90, 110, 140]) },
    });
  for (let i = 0, n = Math.floor(rand() * 3); i < n; i++) {
    const p = 5000 + rand() * 40_000;
    out.push({
      ...common(`s${s}-bess${i}`, start()),
      kind: 'storage',
      params: { power_kw: p, energy_kwh: p * pick([1, 2, 4]), round_trip_efficiency: 0.85 + rand() * 0.07, usable_share: 0.9 },
    });
  }
  for (let i = 0, n = 2 + Math.floor(rand() * 4); i < n; i++)
    out.push({
      ...common(`s${s}-eff${i}`, start()),
      kind: 'efficiency',
      consumer_ids: someConsumers(),
      params: { carrier: null, saving_share: 0.02 + rand() * 0.1 },
    });
  out.push({
    ...common(`s${s}-hp`, start()),
    kind: 'fuel_switch',
    consumer_ids: someConsumers(),
    params: { from_carrier: 'natural_gas', to_carrier: 'electricity', share: 0.5, from_efficiency: 0.9, to_efficiency: 3 },
  });
  if (rand() < 0.5)
    out.push({
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
  out.push({
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
  out.push({
    ...common(`s${s}-green`, start()),
    kind: 'green_power',
    params: { mode: 'share', share_of_grid: 0.1 + rand() * 0.3, premium_cny_per_mwh: 30 },
  });
  return out;
}

const synthetic = Plan.parse({
  format: 'parkzero-plan',
  format_version: 2,
  park: {
    name: 'Synthetic park (benchmark)',
    province: 'Gansu',
    city: 'Zhangye',
    grid_region: 'northwest',
    base_year: 2024,
    horizon_year: 2060,
    currency: 'CNY',
    discount_rate: 0.06,
    illustrative: true,
  },
  consumers,
  scenarios: Array.from({ length: 10 }, (_, s) => ({
    id: `s${s}`,
    name: `Scenario ${s}`,
    parent_id: null,
    settings: { export_limit_kw: pick([0, 20_000, null]) },
    measures: synthMeasures(s),
  })),
  targets: [],
  factor_overrides: [],
} satisfies PlanInput);
const synthTimes = benchPlan('synthetic park', synthetic);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log('');
console.log(
  `Target: one scenario, base year to 2060, under 30 ms on one core. Median per scenario without MAC: sample ${median(sampleTimes).toFixed(1)} ms, synthetic ${median(synthTimes).toFixed(1)} ms.`,
);

// Monte Carlo of the most complex sample scenario on the engine worker pool (`--mc-runs N`, default 1000).
const MC_RUNS = Number(args[args.indexOf('--mc-runs') + 1] ?? '') || 1000;
await (await import('./bench-monte-carlo.ts')).benchMonteCarlo(MC_RUNS);
