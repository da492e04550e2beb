/**
 * The last hourly model of each scenario this thread ran for the live results, so that the next
 * run of the scenario can take over every year whose dispatch it would compute again.
 *
 * Most edits leave a scenario's electricity alone: an enterprise's coal or gas use, a target, a
 * cost, a factor of another fuel. The hourly dispatch is still most of a run (about 10 of 12 ms
 * for the sample's near-zero scenario, core/dispatch). A run given the scenario's previous model
 * as its reference (HourlyElectricity, as MAC variants do within one run) takes each year whose
 * dispatch inputs are the same numbers as before, and dispatches the others. That is exactly
 * what a rerun would compute, because the dispatch of a year is a function of those inputs:
 *  - per year (HourlyElectricity.balance compares them): the energy of each load class and
 *    generator, the storage's power, energy and efficiency, and the stored energy at the start;
 *  - per scenario (`sameDispatchSetup`, checked here once per run): the hourly shapes of the
 *    classes and generators, the tariff hour by hour, the export limit, the storage strategy and
 *    the years.
 * Scenarios with surplus-following electrolysers are left out: their pre-pass rewrites their
 * load shapes year by year.
 */
import type { HourlyElectricity, HourlySetup } from './hourly.ts';

/** Scenarios remembered per thread; beyond this the least recently run is forgotten. */
const MAX_SCENARIOS = 16;

function sameNumbers(a: ArrayLike<number> | undefined, b: ArrayLike<number> | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameShapes(a: readonly Float64Array[], b: readonly Float64Array[]): boolean {
  return a.length === b.length && a.every((shape, i) => sameNumbers(shape, b[i]));
}

/** Whether a year with the same inputs dispatches to the same numbers under both set-ups. */
export function sameDispatchSetup(a: HourlySetup, b: HourlySetup): boolean {
  return (
    a.surplus.length === 0 &&
    b.surplus.length === 0 &&
    a.first_year === b.first_year &&
    a.n_years === b.n_years &&
    a.export_limit_mw === b.export_limit_mw &&
    a.storage.strategy === b.storage.strategy &&
    a.storage.grid_import_cap_mw === b.storage.grid_import_cap_mw &&
    a.storage.peak_target_mw === b.storage.peak_target_mw &&
    a.tariff.demand_charge_cny_per_mw_month === b.tariff.demand_charge_cny_per_mw_month &&
    sameNumbers(a.tariff.import_cny_per_mwh, b.tariff.import_cny_per_mwh) &&
    sameNumbers(a.tariff.export_cny_per_mwh, b.tariff.export_cny_per_mwh) &&
    sameNumbers(a.tariff.period_of_hour, b.tariff.period_of_hour) &&
    sameShapes(a.sp.load_shapes, b.sp.load_shapes) &&
    sameShapes(a.sp.gen_shapes, b.sp.gen_shapes) &&
    a.generator_kind.length === b.generator_kind.length &&
    a.generator_kind.every((kind, i) => kind === b.generator_kind[i])
  );
}

/** The models, by scenario id, in the order last run (oldest first). */
const recent = new Map<string, HourlyElectricity>();

export interface RecentDispatchStats {
  /** Runs kept (each a scenario's full pathway). */
  runs: number;
  /** Of their years: taken from the scenario's previous run, and dispatched. */
  years_taken: number;
  years_dispatched: number;
}

const stats: RecentDispatchStats = { runs: 0, years_taken: 0, years_dispatched: 0 };

/** What the kept runs took over and dispatched since the last `forgetDispatches`. */
export function recentDispatchStats(): RecentDispatchStats {
  return { ...stats };
}

/** The previous model of scenario `id` when its years can stand in for this set-up's; else null. */
export function previousDispatch(id: string, setup: HourlySetup): HourlyElectricity | null {
  const previous = recent.get(id);
  return previous !== undefined && sameDispatchSetup(previous.setup, setup) ? previous : null;
}

/** Remember a finished model of scenario `id` (every year balanced) for its next run. */
export function keepDispatch(id: string, model: HourlyElectricity): void {
  model.dropReference();
  stats.runs++;
  stats.years_taken += model.yearsTaken;
  stats.years_dispatched += model.setup.n_years - model.yearsTaken;
  recent.delete(id);
  recent.set(id, model);
  if (recent.size > MAX_SCENARIOS) recent.delete(recent.keys().next().value!);
}

/** Forget every remembered model (tests, and a thread that is done with live results). */
export function forgetDispatches(): void {
  recent.clear();
  stats.runs = 0;
  stats.years_taken = 0;
  stats.years_dispatched = 0;
}
