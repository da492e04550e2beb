/**
 * The hourly dispatch loop (core/dispatch: `dispatchStorageYear` under load following, which
 * the engine runs for every year of every scenario) against a C reference of the same rule
 * (scripts/dispatch-reference.c, compiled here with `gcc -O2`), on the same generated input:
 *   - idle: a park without storage (the case of most scenarios): storage never moves;
 *   - cycling: a 4-hour battery that charges from the midday PV surplus and discharges every
 *     evening and night.
 * Run with `npm run bench:dispatch [-- --batches N]`. Prints CPU time per dispatched year,
 * median of batches, and the ratio TypeScript / C (goal: at most 1.5 in both cases). The two
 * take turns in three rounds so that machine load falls on both alike. The C totals must equal
 * the TypeScript totals bit for bit, or the bench says so and fails. Without gcc it prints a
 * note and skips the comparison. Tests never assert timings.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHourlyDispatch, createTotals, dispatchStorageYear, LOAD_FOLLOWING } from '../core/dispatch/index.ts';
import type { DispatchTotals, HourlyDispatch, StorageSpec, Tariff } from '../core/dispatch/index.ts';
import { touTariff, SICHUAN_LIKE_TOU } from '../core/dispatch/index.ts';
import { HOURS_PER_YEAR, mulberry32 } from '../core/profiles/index.ts';

const args = process.argv.slice(2);
const BATCHES = Number(args[args.indexOf('--batches') + 1] ?? '') || 31;
const ROUNDS = 3;
/** Years per timed batch: a few milliseconds of work, far above the clock's resolution. */
const RUNS_PER_BATCH = 100;
const GCC = '/usr/bin/gcc';

interface Case {
  name: string;
  note: string;
  storage: StorageSpec;
  export_limit_mw: number;
  start_mwh: number;
}

/** A two-shift park of ~40 MW with a 100 MWp PV plant: surplus at midday, deficit at night. */
function makeYear(hourly: HourlyDispatch): void {
  const rand = mulberry32(20261206);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const hr = h % 24;
    const day = Math.floor(h / 24);
    const shift = hr >= 6 && hr < 22 ? 1 : 0.45;
    hourly.load_mw[h] = 40 * shift * (0.9 + 0.2 * rand());
    const season = 0.75 + 0.25 * Math.cos(((day - 172) / 365) * 2 * Math.PI);
    const sun = hr >= 6 && hr <= 18 ? Math.sin(((hr - 6) / 12) * Math.PI) : 0;
    hourly.generation_mw[h] = 100 * sun * season * (0.3 + 0.7 * rand());
  }
}

const CASES: Case[] = [
  {
    name: 'idle',
    note: 'no storage; export limit 5 MW',
    storage: { power_mw: 0, usable_mwh: 0, round_trip_efficiency: 1 },
    export_limit_mw: 5,
    start_mwh: 0,
  },
  {
    name: 'cycling',
    note: '10 MW / 40 MWh battery, 88% round trip; export limit 5 MW',
    storage: { power_mw: 10, usable_mwh: 40, round_trip_efficiency: 0.88 },
    export_limit_mw: 5,
    start_mwh: 20,
  },
];

function writeInput(file: string, hourly: HourlyDispatch, tariff: Tariff, c: Case): void {
  const f64 = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const params = new Float64Array([
    c.storage.power_mw,
    c.storage.usable_mwh,
    c.storage.round_trip_efficiency,
    c.export_limit_mw,
    tariff.demand_charge_cny_per_mw_month,
    c.start_mwh,
  ]);
  writeFileSync(
    file,
    Buffer.concat([
      f64(hourly.load_mw),
      f64(hourly.generation_mw),
      f64(tariff.import_cny_per_mwh),
      f64(tariff.export_cny_per_mwh),
      Buffer.from(tariff.period_of_hour!),
      f64(params),
    ]),
  );
}

/** CPU nanoseconds of each batch of RUNS_PER_BATCH dispatched years. */
function timeTs(hourly: HourlyDispatch, tariff: Tariff, c: Case, out: DispatchTotals, batches: number): number[] {
  const opts = { ...LOAD_FOLLOWING, start_mwh: c.start_mwh };
  const run = () => dispatchStorageYear(hourly, c.storage, c.export_limit_mw, tariff, out, opts);
  for (let i = 0; i < RUNS_PER_BATCH * 5; i++) run();
  const t: number[] = [];
  for (let b = 0; b < batches; b++) {
    const a = process.cpuUsage();
    for (let i = 0; i < RUNS_PER_BATCH; i++) run();
    const d = process.cpuUsage(a);
    t.push((d.user + d.system) * 1000);
  }
  return t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Totals the C reference prints, in its order, from the TypeScript results. */
function tsTotals(out: DispatchTotals, hourly: HourlyDispatch): number[] {
  return [
    out.load_mwh,
    out.generation_mwh,
    out.direct_use_mwh,
    out.charge_mwh,
    out.discharge_mwh,
    out.exported_mwh,
    out.curtailed_mwh,
    out.imported_mwh,
    out.import_cost_cny,
    out.export_revenue_cny,
    out.demand_charge_cny,
    out.peak_import_mw,
    out.peak_import_hour,
    out.storage_end_mwh,
    ...hourly.period_import_mwh,
    ...hourly.period_import_cost_cny,
  ];
}

console.log(
  `Dispatch loop against a C reference (gcc -O2): CPU time per dispatched year (8760 hours), median of ${ROUNDS} x ${BATCHES} batches of ${RUNS_PER_BATCH} years`,
);
const hourly = createHourlyDispatch();
makeYear(hourly);
const tariff = touTariff(SICHUAN_LIKE_TOU, {
  flat_import_cny_per_mwh: 650,
  export_cny_per_mwh: 350,
  demand_charge_cny_per_mw_month: 40_000,
});
const out = createTotals();

if (!existsSync(GCC)) {
  console.log(`  ${GCC} not found: the C reference is skipped; TypeScript alone:`);
  for (const c of CASES) {
    const t = median(timeTs(hourly, tariff, c, out, BATCHES)) / RUNS_PER_BATCH;
    console.log(`  ${c.name.padEnd(8)} ${(t / 1000).toFixed(1).padStart(7)} us per year  (${c.note})`);
  }
} else {
  const dir = mkdtempSync(join(tmpdir(), 'parkzero-bench-dispatch-'));
  try {
    const exe = join(dir, 'dispatch-reference');
    const source = fileURLToPath(new URL('./dispatch-reference.c', import.meta.url));
    execFileSync(GCC, ['-O2', '-ffp-contract=off', '-o', exe, source, '-lm']);
    let failed = false;
    for (const c of CASES) {
      const input = join(dir, `${c.name}.bin`);
      writeInput(input, hourly, tariff, c);
      const tsT: number[] = [];
      const cT: number[] = [];
      let cLines: string[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        cLines = execFileSync(exe, [input, String(RUNS_PER_BATCH), String(BATCHES)], { encoding: 'utf8' })
          .trim()
          .split('\n');
        for (const line of cLines) if (line.startsWith('batch_ns ')) cT.push(Number(line.slice(9)));
        tsT.push(...timeTs(hourly, tariff, c, out, BATCHES));
      }
      const cNums = cLines
        .filter((l) => l.startsWith('totals ') || l.startsWith('periods '))
        .flatMap((l) => l.split(' ').slice(1).map(Number));
      const tsNums = tsTotals(out, hourly);
      const same = cNums.length === tsNums.length && cNums.every((v, i) => Object.is(v, tsNums[i]));
      if (!same) failed = true;
      const tsUs = median(tsT) / RUNS_PER_BATCH / 1000;
      const cUs = median(cT) / RUNS_PER_BATCH / 1000;
      const ratio = tsUs / cUs;
      console.log(
        `  ${c.name.padEnd(8)} TypeScript ${tsUs.toFixed(1).padStart(6)} us, C ${cUs.toFixed(1).padStart(6)} us, ratio ${ratio.toFixed(2)} ${ratio <= 1.5 ? '(within 1.5)' : '(ABOVE the 1.5 goal)'}; totals ${same ? 'bit-identical' : 'DIFFER'}  (${c.note}; ${(out.equivalent_full_cycles || 0).toFixed(0)} full cycles)`,
      );
    }
    if (failed) {
      console.error('  The C reference and the TypeScript loop disagree: one of them no longer runs the rule.');
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
