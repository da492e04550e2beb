import { HOURS_PER_YEAR } from '../profiles/calendar.ts';
import { TOTAL_KEYS, createHourlyDispatch, createTotals } from './dispatch.ts';
import { dispatchStorageYear, LOAD_FOLLOWING } from './strategies.ts';
import type { StorageOptions } from './strategies.ts';
import type { DispatchTotals, HourlyDispatch, StorageSpec, TotalKey } from './dispatch.ts';
import type { Tariff } from './tariff.ts';

/**
 * Every year of a pathway through the hourly dispatch. The expensive part, hourly shapes, is
 * built once per plan (core/dispatch/scenario-profiles.ts); a year is then
 *   load_mw[h]       = sum over load classes  c of load_mwh[y, c] x load_shape_c[h]
 *   generation_mw[h] = sum over generators    g of gen_mwh[y, g]  x gen_shape_g[h]
 * followed by `dispatchYear`. Shapes sum to 1, so the annual energy of every class is exactly
 * what the annual engine says (its yields, ramps, degradation, growth and measures); the hourly
 * part only decides when that energy flows. Inputs and results are columnar typed arrays
 * indexed [year * classes + class]; a workspace holds everything, so a rerun allocates nothing.
 */

export interface PathwayProfiles {
  /** Names of the load classes, for example `continuous` or `measure:green-h2-trucks`. */
  load_keys: readonly string[];
  load_shapes: readonly Float64Array[];
  gen_keys: readonly string[];
  gen_shapes: readonly Float64Array[];
}

export interface PathwayInputs {
  first_year: number;
  n_years: number;
  n_load: number;
  n_gen: number;
  /** Annual electricity of each load class, MWh, [year * n_load + class]. */
  load_mwh: Float64Array;
  /** Annual generation of each generator, MWh, [year * n_gen + generator]. */
  gen_mwh: Float64Array;
  storage_power_mw: Float64Array;
  storage_usable_mwh: Float64Array;
  storage_round_trip_efficiency: Float64Array;
  /** Infinity means no export limit; 0 means no export. */
  export_limit_mw: Float64Array;
  /**
   * Stored energy at the start of each year, MWh; NaN (the default) = carried over: the first
   * year starts at `storage_first_start_share` of its usable energy, every later year at the
   * previous year's end (held in the workspace), clamped to the year's usable energy.
   */
  storage_start_mwh: Float64Array;
  /** Stored energy at the start of the first year, as a share of its usable energy (default 0.5). */
  storage_first_start_share: number;
}

/** Zeroed inputs for a pathway: no storage (efficiency 1), no export limit. */
export function createPathwayInputs(profiles: PathwayProfiles, firstYear: number, nYears: number): PathwayInputs {
  return {
    first_year: firstYear,
    n_years: nYears,
    n_load: profiles.load_keys.length,
    n_gen: profiles.gen_keys.length,
    load_mwh: new Float64Array(nYears * profiles.load_keys.length),
    gen_mwh: new Float64Array(nYears * profiles.gen_keys.length),
    storage_power_mw: new Float64Array(nYears),
    storage_usable_mwh: new Float64Array(nYears),
    storage_round_trip_efficiency: new Float64Array(nYears).fill(1),
    export_limit_mw: new Float64Array(nYears).fill(Infinity),
    storage_start_mwh: new Float64Array(nYears).fill(NaN),
    storage_first_start_share: 0.5,
  };
}

export type PathwayTotals = Record<TotalKey, Float64Array>;

export interface PathwayWorkspace {
  n_years: number;
  hourly: HourlyDispatch;
  year: DispatchTotals;
  storage: StorageSpec;
  /** Reused storage options of the running year (no allocation per year). */
  options: StorageOptions;
  totals: PathwayTotals;
}

export function createPathwayWorkspace(nYears: number): PathwayWorkspace {
  return {
    n_years: nYears,
    hourly: createHourlyDispatch(),
    year: createTotals(),
    storage: { power_mw: 0, usable_mwh: 0, round_trip_efficiency: 1 },
    options: { ...LOAD_FOLLOWING },
    totals: Object.fromEntries(TOTAL_KEYS.map((k) => [k, new Float64Array(nYears)])) as PathwayTotals,
  };
}

/** Called after each year with the year's hourly arrays (valid until the next year overwrites them). */
export type YearObserver = (yearIndex: number, hourly: HourlyDispatch, totals: DispatchTotals) => void;

/** Indices of the classes with energy in the running `scaledSum` (module scratch, grows to the largest count). */
let liveScratch = new Int32Array(16);

/**
 * target = sum of amounts[i] x shapes[i]; classes with zero energy are skipped. Summed in class
 * order for every hour, as one pass per class would: target[h] = ((0 + a0 s0[h]) + a1 s1[h]) + ...
 * (0 + x is x + 0, and adding +0 first turns -0 into 0 as before). Up to four classes share a
 * pass over the hours, so the target is read and written a quarter as often.
 */
function scaledSum(
  target: Float64Array,
  shapes: readonly Float64Array[],
  amounts: Float64Array,
  offset: number,
  n: number,
  what: string,
  year: number,
): void {
  if (liveScratch.length < n) liveScratch = new Int32Array(n);
  const live = liveScratch;
  let k = 0;
  for (let c = 0; c < n; c++) {
    const a = amounts[offset + c]!;
    if (a === 0) continue;
    if (!(a > 0 && a < Infinity))
      throw new RangeError(`${what} ${c} in year ${year}: annual energy must be finite and >= 0, got ${a}`);
    live[k++] = c;
  }
  target.fill(0);
  for (let j = 0; j < k; j += 4) {
    const m = k - j;
    const c0 = live[j]!;
    const a0 = amounts[offset + c0]!;
    const s0 = shapes[c0]!;
    if (m === 1) {
      addScaled1(target, a0, s0);
      continue;
    }
    const c1 = live[j + 1]!;
    const a1 = amounts[offset + c1]!;
    const s1 = shapes[c1]!;
    if (m === 2) {
      addScaled2(target, a0, s0, a1, s1);
      continue;
    }
    const c2 = live[j + 2]!;
    const a2 = amounts[offset + c2]!;
    const s2 = shapes[c2]!;
    if (m === 3) {
      addScaled3(target, a0, s0, a1, s1, a2, s2);
      continue;
    }
    const c3 = live[j + 3]!;
    addScaled4(target, a0, s0, a1, s1, a2, s2, amounts[offset + c3]!, shapes[c3]!);
  }
}

// A local bound in each: under tsx (CLI, workers) an imported constant is a getter call per read.
function addScaled1(t: Float64Array, a0: number, s0: Float64Array): void {
  const n = t.length;
  for (let h = 0; h < n; h++) t[h] = t[h]! + a0 * s0[h]!;
}

function addScaled2(t: Float64Array, a0: number, s0: Float64Array, a1: number, s1: Float64Array): void {
  const n = t.length;
  for (let h = 0; h < n; h++) t[h] = t[h]! + a0 * s0[h]! + a1 * s1[h]!;
}

function addScaled3(
  t: Float64Array,
  a0: number,
  s0: Float64Array,
  a1: number,
  s1: Float64Array,
  a2: number,
  s2: Float64Array,
): void {
  const n = t.length;
  for (let h = 0; h < n; h++) t[h] = t[h]! + a0 * s0[h]! + a1 * s1[h]! + a2 * s2[h]!;
}

function addScaled4(
  t: Float64Array,
  a0: number,
  s0: Float64Array,
  a1: number,
  s1: Float64Array,
  a2: number,
  s2: Float64Array,
  a3: number,
  s3: Float64Array,
): void {
  const n = t.length;
  for (let h = 0; h < n; h++) t[h] = t[h]! + a0 * s0[h]! + a1 * s1[h]! + a2 * s2[h]! + a3 * s3[h]!;
}

export function checkProfiles(p: PathwayProfiles): void {
  if (p.load_shapes.length !== p.load_keys.length || p.gen_shapes.length !== p.gen_keys.length)
    throw new RangeError('each profile key needs exactly one shape');
  for (const s of [...p.load_shapes, ...p.gen_shapes])
    if (s.length !== HOURS_PER_YEAR) throw new RangeError(`shapes need ${HOURS_PER_YEAR} hours, got ${s.length}`);
}

/**
 * Stored energy year `y` starts with: `inputs.storage_start_mwh[y]` when set, else carried
 * over (see PathwayInputs.storage_start_mwh; year y-1 must have run in this workspace).
 */
export function yearStartMwh(inputs: PathwayInputs, y: number, ws: PathwayWorkspace): number {
  const set = inputs.storage_start_mwh[y]!;
  if (!Number.isNaN(set)) return set;
  if (y === 0) return inputs.storage_first_start_share * inputs.storage_usable_mwh[0]!;
  return ws.totals.storage_end_mwh[y - 1]!;
}

/**
 * One year of a pathway: scaled sums into the workspace's hourly arrays, then the dispatch.
 * Results for year `y` land in `ws.year` and in column `y` of `ws.totals`. For engines that
 * loop over years themselves (fill the inputs of year y, call this, read the totals).
 * Storage starts the year as `yearStartMwh` says; it runs by `storage` (default load following).
 */
export function runPathwayYear(
  profiles: PathwayProfiles,
  inputs: PathwayInputs,
  y: number,
  tariff: Tariff,
  ws: PathwayWorkspace,
  storageOptions: StorageOptions = LOAD_FOLLOWING,
): DispatchTotals {
  if (y < 0 || y >= inputs.n_years || y >= ws.n_years)
    throw new RangeError(`year index ${y} outside the pathway (${inputs.n_years} years)`);
  if (inputs.n_load !== profiles.load_keys.length || inputs.n_gen !== profiles.gen_keys.length)
    throw new RangeError('inputs were created for other profiles');
  const { hourly, year, storage, totals } = ws;
  const calendarYear = inputs.first_year + y;
  scaledSum(hourly.load_mw, profiles.load_shapes, inputs.load_mwh, y * inputs.n_load, inputs.n_load, 'load class', calendarYear);
  scaledSum(hourly.generation_mw, profiles.gen_shapes, inputs.gen_mwh, y * inputs.n_gen, inputs.n_gen, 'generator', calendarYear);
  storage.power_mw = inputs.storage_power_mw[y]!;
  storage.usable_mwh = inputs.storage_usable_mwh[y]!;
  storage.round_trip_efficiency = inputs.storage_round_trip_efficiency[y]!;
  const opts = ws.options;
  opts.strategy = storageOptions.strategy;
  opts.grid_import_cap_mw = storageOptions.grid_import_cap_mw;
  opts.peak_target_mw = storageOptions.peak_target_mw;
  opts.start_mwh = yearStartMwh(inputs, y, ws);
  dispatchStorageYear(hourly, storage, inputs.export_limit_mw[y]!, tariff, year, opts);
  for (let k = 0; k < TOTAL_KEYS.length; k++) {
    const key = TOTAL_KEYS[k]!;
    totals[key][y] = year[key];
  }
  return year;
}

/**
 * Run all years, stored energy carried from each year's end to the next year's start. Results land in `ws.totals` (one Float64Array per total, indexed by year) and
 * are returned. `onYear` sees each year's hourly arrays, for the few years a report charts.
 */
export function runPathway(
  profiles: PathwayProfiles,
  inputs: PathwayInputs,
  tariff: Tariff,
  ws: PathwayWorkspace,
  onYear?: YearObserver,
  storageOptions: StorageOptions = LOAD_FOLLOWING,
): PathwayTotals {
  if (ws.n_years < inputs.n_years) throw new RangeError(`workspace holds ${ws.n_years} years, the pathway has ${inputs.n_years}`);
  for (let y = 0; y < inputs.n_years; y++) {
    runPathwayYear(profiles, inputs, y, tariff, ws, storageOptions);
    if (onYear) onYear(y, ws.hourly, ws.year);
  }
  return ws.totals;
}

/**
 * Several storage units as one: powers and energies add, the round-trip efficiency is the
 * energy-weighted mean. Exact when units share an efficiency; otherwise a close approximation
 * (the rule dispatches them together anyway). Takes the engine's kW/kWh units.
 */
export function combineStorage(
  units: readonly { power_kw: number; usable_kwh: number; round_trip_efficiency: number }[],
): StorageSpec {
  let p = 0;
  let e = 0;
  let total = 0;
  for (const u of units) {
    p += u.power_kw / 1000;
    e += u.usable_kwh / 1000;
    total += u.usable_kwh;
  }
  // Weights u/total, not u x efficiency / total: a tiny (subnormal) energy would underflow
  // to an efficiency of 0.
  let rte = 0;
  if (total > 0) for (const u of units) rte += (u.usable_kwh / total) * u.round_trip_efficiency;
  else if (units.length > 0) rte = units[0]!.round_trip_efficiency;
  return { power_mw: p, usable_mwh: e, round_trip_efficiency: rte > 0 ? Math.min(1, rte) : 1 };
}
