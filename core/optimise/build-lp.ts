import { LpBuilder } from './lp.ts';
import type { LpModel, Terms } from './lp.ts';
import { HOURS_PER_DAY } from './rep-days.ts';
import { addStorage } from './storage-rows.ts';
import { discountFactor, presentWorth, unitPresentCost, yearValue } from './discount.ts';
import type { Candidate, CandidateCost, LinearTarget, PlanningProblem, Quantity, StorageCandidate } from './problem.ts';

/**
 * From a PlanningProblem to a sparse LP (formulation: README.md). The objective is in million
 * CNY (MONEY_SCALE) so its coefficients sit near 1 for the solver; `LpIndex` says where every
 * variable is so the answer can be read back in the problem's terms.
 */
export const MONEY_SCALE = 1e-6;
/** Default shortfall penalty of an elastic target, CNY per unit of the target's row. */
export const DEFAULT_ELASTIC_PENALTY_CNY = 1e5;

export interface PeriodIndex {
  readonly first_year: number;
  readonly years: readonly number[];
  readonly hours: number;
  /** First column of each hourly block (hours consecutive columns); -1 when absent. */
  readonly imp: number;
  readonly exp: number;
  readonly curt: number;
  readonly ch: number;
  readonly dis: number;
  readonly green: number;
  readonly offset: number;
  /** Installed capacity column by `capKey`. */
  readonly cap: ReadonlyMap<string, number>;
  /** Output capacity column of each generator candidate (its capacity, less degradation). */
  readonly output: ReadonlyMap<string, number>;
  /** MWh per MW of each generator candidate over the period's year (weighted representative hours). */
  readonly annual_yield: ReadonlyMap<string, number>;
  readonly existing_generation_mwh: number;
}

export interface BuildColumn {
  readonly candidate: string;
  readonly part: 'capacity' | 'power' | 'energy';
  readonly year: number;
  readonly col: number;
}

export interface TargetRow {
  readonly target: LinearTarget;
  readonly row: number;
  /** Elastic slack column (shortfall in the row's unit), -1 when targets are hard. */
  readonly slack: number;
}

export interface LpIndex {
  readonly periods: readonly PeriodIndex[];
  readonly builds: readonly BuildColumn[];
  readonly targets: readonly TargetRow[];
  /** Rows that can limit a target: candidate bounds are column bounds, these are rows. */
  readonly green_cap_rows: readonly number[];
  /** The yearly budget rows (investment of a build year <= budget), by build year. */
  readonly budget_rows?: readonly { readonly year: number; readonly row: number; readonly budget_cny: number }[];
}

export interface BuiltLp {
  readonly model: LpModel;
  readonly index: LpIndex;
}

/**
 * The sized parts of a candidate: PV and wind one capacity, storage power and energy, an annual
 * measure its size. `per` converts the cost's unit to the column's (kW -> MW: 1000; an annual
 * measure's column is in its own unit: 1). `max` and `min` are the candidate's, tightened by the
 * park's bounds.
 */
export function capParts(
  c: Candidate,
  bounds?: PlanningProblem['bounds'],
): { part: BuildColumn['part']; max: number; min: number; cost: CandidateCost; per: number }[] {
  const lim = (key: string, own: number) => {
    const b = bounds?.candidates?.[key];
    return { max: Math.min(own, b?.max ?? Infinity), min: Math.min(b?.min ?? 0, Math.min(own, b?.max ?? Infinity)) };
  };
  if (c.kind === 'pv' || c.kind === 'wind') return [{ part: 'capacity', ...lim(c.id, c.max_mw), cost: c.cost, per: 1000 }];
  if (c.kind === 'annual') return [{ part: 'capacity', ...lim(c.id, c.max_units), cost: c.cost, per: 1 }];
  if (c.kind === 'storage')
    return [
      { part: 'power', ...lim(`${c.id}:power`, c.max_power_mw), cost: c.power_cost, per: 1000 },
      { part: 'energy', ...lim(`${c.id}:energy`, c.max_energy_mwh), cost: c.energy_cost, per: 1000 },
    ];
  return [];
}

export function capKey(c: Candidate, part: BuildColumn['part']): string {
  return part === 'capacity' ? c.id : `${c.id}:${part}`;
}

export function buildLp(problem: PlanningProblem): BuiltLp {
  validate(problem);
  const b = new LpBuilder(problem.name);
  const periods = [...problem.periods].sort((x, y) => x.years[0]! - y.years[0]!);
  const firstYears = periods.map((p) => p.years[0]!);
  const storage = problem.candidates.find((c): c is StorageCandidate => c.kind === 'storage');
  const M = MONEY_SCALE;

  // Investment: one column per candidate part and build year; capacity of a period = builds so far.
  const bounds = problem.bounds;
  const builds: BuildColumn[] = [];
  const budgetTerms = new Map<number, Terms>();
  for (const c of problem.candidates)
    for (const part of capParts(c, bounds))
      for (const y of c.build_years ?? firstYears) {
        const unit = unitPresentCost(problem, part.cost, y) * part.per; // per kW(h) -> per MW(h)
        const col = b.addCol(`build_${sanitize(capKey(c, part.part))}_${y}`, 0, part.max, unit * M);
        builds.push({ candidate: c.id, part: part.part, year: y, col });
        if (bounds?.yearly_budget_cny !== undefined) {
          const terms = budgetTerms.get(y) ?? [];
          terms.push([col, yearValue(part.cost.capex_cny_per_unit, y) * part.per * M]);
          budgetTerms.set(y, terms);
        }
      }
  // The yearly budget: what the builds of a year cost up front (replacements come later and
  // are not in the year's budget), in million CNY like the objective.
  const budgetRows: { year: number; row: number; budget_cny: number }[] = [];
  for (const [y, terms] of [...budgetTerms].sort((a, z) => a[0] - z[0])) {
    const budget = yearValue(bounds!.yearly_budget_cny!, y);
    if (Number.isFinite(budget))
      budgetRows.push({ year: y, row: b.addRow(`budget_${y}`, -Infinity, budget * M, terms), budget_cny: budget });
  }

  const periodIndex: PeriodIndex[] = [];
  const greenCapRows: number[] = [];
  let prevGreen = -1,
    prevOffset = -1;
  periods.forEach((p) => {
    const y0 = p.years[0]!;
    const K = p.days.days.length;
    const T = K * HOURS_PER_DAY;
    const w = (t: number) => p.days.weights[Math.floor(t / HOURS_PER_DAY)]!;
    const pw = presentWorth(problem, p.years);
    const tag = `${y0}`;

    const cap = new Map<string, number>();
    const annual_yield = new Map<string, number>();
    const output = new Map<string, number>();
    for (const c of problem.candidates)
      for (const part of capParts(c, bounds)) {
        const key = capKey(c, part.part);
        // A minimum holds from the candidate's first build year on (nothing can stand before it).
        const firstBuild = Math.min(...(c.build_years ?? firstYears));
        const col = b.addCol(`cap_${sanitize(key)}_${tag}`, y0 >= firstBuild ? part.min : 0, part.max);
        cap.set(key, col);
        const terms: Terms = [[col, 1]];
        for (const bc of builds) if (bc.candidate === c.id && bc.part === part.part && bc.year <= y0) terms.push([bc.col, -1]);
        b.addRow(`capdef_${sanitize(key)}_${tag}`, 0, 0, terms);
        if (c.kind === 'pv' || c.kind === 'wind') {
          const shape = p.shapes[c.shape]!;
          let s = 0;
          for (let t = 0; t < T; t++) s += shape[t]! * w(t);
          annual_yield.set(c.id, s);
          output.set(c.id, col);
          const rate = c.degradation_rate ?? 0;
          if (rate > 0) {
            // Output capacity: each build degraded by its age, averaged over the period's years
            // (the engine's capacity x (1 - rate)^(year - start year)).
            const oc = b.addCol(`out_${sanitize(key)}_${tag}`, 0, Infinity);
            const od: Terms = [[oc, 1]];
            for (const bc of builds)
              if (bc.candidate === c.id && bc.year <= y0) {
                let f = 0;
                for (const y of p.years) f += Math.pow(1 - rate, y - bc.year);
                od.push([bc.col, -f / p.years.length]);
              }
            b.addRow(`outdef_${sanitize(key)}_${tag}`, 0, 0, od);
            output.set(c.id, oc);
          }
        }
      }

    // Operating cost of annual measures (fuel bought or saved) on their installed size.
    for (const c of problem.candidates)
      if (c.kind === 'annual' && c.yearly_cost_cny_per_unit !== undefined)
        b.addCost(cap.get(c.id)!, presentWorth(problem, p.years, c.yearly_cost_cny_per_unit) * M);

    const importLimit = Math.min(p.import_limit_mw ?? Infinity, bounds?.import_limit_mw ?? Infinity);
    const exportLimit = Math.min(p.export_limit_mw, bounds?.export_limit_mw ?? Infinity);
    const imp = b.n_cols;
    for (let t = 0; t < T; t++) b.addCol(`imp_${tag}_${t}`, 0, importLimit, p.import_price_cny_per_mwh[t]! * w(t) * pw * M);
    const exp = b.n_cols;
    for (let t = 0; t < T; t++) b.addCol(`exp_${tag}_${t}`, 0, exportLimit, -p.export_price_cny_per_mwh * w(t) * pw * M);
    const curt = b.n_cols;
    for (let t = 0; t < T; t++) b.addCol(`curt_${tag}_${t}`, 0, Infinity);

    const ex = p.existing_storage;
    const hasStorage = storage !== undefined || (ex !== undefined && ex.power_mw > 0 && ex.usable_mwh > 0);
    let ch = -1,
      dis = -1;
    if (hasStorage) {
      ch = b.n_cols;
      for (let t = 0; t < T; t++) b.addCol(`ch_${tag}_${t}`, 0, Infinity);
      dis = b.n_cols;
      for (let t = 0; t < T; t++) b.addCol(`dis_${tag}_${t}`, 0, Infinity);
    }

    // Hourly balance: generation + import - export - curtailment + discharge - charge = load.
    let existingMwh = 0;
    for (let t = 0; t < T; t++) {
      const eg = p.existing_generation_mw?.[t] ?? 0;
      existingMwh += eg * w(t);
      const terms: Terms = [
        [imp + t, 1],
        [exp + t, -1],
        [curt + t, -1],
      ];
      if (hasStorage) terms.push([dis + t, 1], [ch + t, -1]);
      for (const c of problem.candidates)
        if (c.kind === 'pv' || c.kind === 'wind') terms.push([output.get(c.id)!, p.shapes[c.shape]![t]!]);
        else if (c.kind === 'annual' && c.load_shape !== undefined) {
          // Electrification and electrolysers add load (negative: on-site generation, e.g. TRT).
          const v = p.shapes[c.load_shape]![t]!;
          if (v !== 0) terms.push([cap.get(c.id)!, -v]);
        }
      const rhs = p.load_mw[t]! - eg;
      b.addRow(`bal_${tag}_${t}`, rhs, rhs, terms);
    }

    if (hasStorage) addStorage(b, p, tag, T, ch, dis, storage, cap, ex);

    // Green power and offsets: yearly amounts of the period.
    let green = -1,
      offset = -1;
    for (const c of problem.candidates) {
      if (c.kind === 'green_power') {
        green = b.addCol(`green_${tag}`, 0, Infinity, presentWorth(problem, p.years, c.premium_cny_per_mwh) * M);
        const terms: Terms = [[green, 1]];
        const share = Math.min(c.max_share_of_import, bounds?.max_green_share ?? Infinity);
        for (let t = 0; t < T; t++) terms.push([imp + t, -share * w(t)]);
        greenCapRows.push(b.addRow(`greencap_${tag}`, -Infinity, 0, terms));
      }
      if (c.kind === 'offset')
        offset = b.addCol(
          `offset_${tag}`,
          0,
          Math.min(bounds?.max_offset_tco2_per_year ?? Infinity, ...p.years.map((y) => yearValue(c.max_tco2_per_year, y))),
          presentWorth(problem, p.years, c.price_cny_per_t) * M,
        );
    }
    // Green-power contracts and offset purchases are never cut back from one period to the next,
    // so the answer is a set of measures that each start in a year and then last.
    if (green >= 0 && prevGreen >= 0)
      b.addRow(`greenup_${tag}`, 0, Infinity, [
        [green, 1],
        [prevGreen, -1],
      ]);
    if (offset >= 0 && prevOffset >= 0)
      b.addRow(`offsetup_${tag}`, 0, Infinity, [
        [offset, 1],
        [prevOffset, -1],
      ]);
    prevGreen = green;
    prevOffset = offset;
    const idx: PeriodIndex = {
      first_year: y0,
      years: p.years,
      hours: T,
      imp,
      exp,
      curt,
      ch,
      dis,
      green,
      offset,
      cap,
      annual_yield,
      output,
      existing_generation_mwh: existingMwh,
    };
    periodIndex.push(idx);

    // Carbon price on the emissions the LP changes (scope 2 of the purchase, offsets).
    if (problem.carbon_price_cny_per_t !== undefined) {
      const cp = problem.carbon_price_cny_per_t;
      let pwGrid = 0;
      for (const y of p.years) pwGrid += discountFactor(problem, y) * yearValue(cp, y) * yearValue(p.grid_tco2_per_mwh, y);
      for (let t = 0; t < T; t++) b.addCost(imp + t, pwGrid * w(t) * M);
      if (green >= 0) b.addCost(green, -pwGrid * M);
      if (offset >= 0) b.addCost(offset, -presentWorth(problem, p.years, cp) * M);
    }
  });

  // Targets, one row per target and year, over the quantities of the period holding that year.
  const targets: TargetRow[] = [];
  const penalty = problem.elastic_penalty;
  problem.targets.forEach((tg, i) => {
    const terms: Terms = [];
    let constant = tg.constant;
    for (const term of tg.terms) {
      const q = quantityTerms(problem, periodIndex, term.quantity, term.year ?? tg.year, term.candidate);
      constant += term.coef * q.constant;
      for (const [c, v] of q.terms) terms.push([c, v * term.coef]);
    }
    let slack = -1;
    if (penalty !== undefined) {
      slack = b.addCol(`short_${sanitize(tg.target_id)}_${tg.year}_${i}`, 0, Infinity, penalty * M);
      terms.push([slack, tg.bound === 'min' ? 1 : -1]);
    }
    const rhs = tg.limit - constant;
    const row = b.addRow(
      `target_${sanitize(tg.target_id)}_${tg.year}_${i}`,
      tg.bound === 'min' ? rhs : -Infinity,
      tg.bound === 'max' ? rhs : Infinity,
      terms,
    );
    targets.push({ target: tg, row, slack });
  });

  return {
    model: b.build(),
    index: { periods: periodIndex, builds, targets, green_cap_rows: greenCapRows, budget_rows: budgetRows },
  };
}

/** A yearly quantity as linear terms over the columns plus a constant. */
export function quantityTerms(
  problem: PlanningProblem,
  periods: readonly PeriodIndex[],
  q: Quantity,
  year: number,
  candidate?: string,
): { terms: Terms; constant: number } {
  const pi = periods.findIndex((p) => p.years.includes(year));
  if (pi < 0) throw new Error(`target year ${year} is in no period of the model`);
  const p = periods[pi]!;
  const days = problem.periods.find((x) => x.years[0] === p.first_year)!.days;
  const w = (t: number) => days.weights[Math.floor(t / HOURS_PER_DAY)]!;
  const hourly = (start: number, sign: number): Terms => {
    const out: Terms = [];
    if (start >= 0) for (let t = 0; t < p.hours; t++) out.push([start + t, sign * w(t)]);
    return out;
  };
  const gridFactor = yearValue(problem.periods.find((x) => x.years[0] === p.first_year)!.grid_tco2_per_mwh, year);
  switch (q) {
    case 'import_mwh':
      return { terms: hourly(p.imp, 1), constant: 0 };
    case 'export_mwh':
      return { terms: hourly(p.exp, 1), constant: 0 };
    case 'curtailed_mwh':
      return { terms: hourly(p.curt, 1), constant: 0 };
    case 'green_mwh':
      return { terms: p.green >= 0 ? [[p.green, 1]] : [], constant: 0 };
    case 'offset_tco2':
      return { terms: p.offset >= 0 ? [[p.offset, 1]] : [], constant: 0 };
    case 'renewable_used_mwh': {
      const terms: Terms = [...hourly(p.exp, -1), ...hourly(p.curt, -1)];
      for (const [id, y] of p.annual_yield) terms.push([p.output.get(id)!, y]);
      return { terms, constant: p.existing_generation_mwh };
    }
    case 'candidate_units': {
      const col = candidate === undefined ? undefined : p.cap.get(candidate);
      if (col === undefined) throw new Error(`a target term names candidate "${candidate}", which the model does not have`);
      return { terms: [[col, 1]], constant: 0 };
    }
    case 'scope2_electricity_tco2': {
      const terms = hourly(p.imp, gridFactor);
      if (p.green >= 0) terms.push([p.green, -gridFactor]);
      return { terms, constant: 0 };
    }
  }
}

function sanitize(s: string): string {
  return s.replace(/[^A-Za-z0-9_.:-]/g, '_');
}

function validate(p: PlanningProblem): void {
  if (p.periods.length === 0) throw new Error('the plan has no period to optimise');
  const seen = new Set<number>();
  for (const per of p.periods) {
    if (per.years.length === 0) throw new Error('a period holds no year');
    for (const y of per.years) {
      if (seen.has(y)) throw new Error(`year ${y} is in two periods`);
      if (y < p.base_year || y > p.horizon_year) throw new Error(`year ${y} lies outside ${p.base_year}-${p.horizon_year}`);
      seen.add(y);
    }
    const T = per.days.days.length * HOURS_PER_DAY;
    const check = (a: ArrayLike<number> | undefined, what: string) => {
      if (a !== undefined && a.length !== T)
        throw new Error(
          `period ${per.years[0]}: ${what} has ${a.length} values, ${T} expected (${per.days.days.length} days x 24)`,
        );
    };
    check(per.load_mw, 'the load');
    check(per.import_price_cny_per_mwh, 'the import price');
    check(per.existing_generation_mw, 'the existing generation');
    for (const c of p.candidates)
      if (c.kind === 'pv' || c.kind === 'wind') {
        if (per.shapes[c.shape] === undefined)
          throw new Error(`period ${per.years[0]}: no output shape "${c.shape}" for ${c.id}`);
        check(per.shapes[c.shape], `the shape of ${c.id}`);
      } else if (c.kind === 'annual' && c.load_shape !== undefined) {
        if (per.shapes[c.load_shape] === undefined)
          throw new Error(`period ${per.years[0]}: no load shape "${c.load_shape}" for ${c.id}`);
        check(per.shapes[c.load_shape], `the load shape of ${c.id}`);
      }
  }
  const ids = new Set<string>();
  for (const c of p.candidates) {
    if (ids.has(c.id)) throw new Error(`candidate id ${c.id} is used twice`);
    ids.add(c.id);
  }
  if (p.candidates.filter((c) => c.kind === 'storage').length > 1)
    throw new Error('one storage candidate at most (several would share one state of charge)');
  if (p.candidates.filter((c) => c.kind === 'green_power').length > 1) throw new Error('one green-power candidate at most');
  if (p.candidates.filter((c) => c.kind === 'offset').length > 1) throw new Error('one offset candidate at most');
  for (const c of p.candidates)
    for (const y of c.build_years ?? [])
      if (!p.periods.some((per) => per.years[0] === y))
        throw new Error(`candidate ${c.id}: build year ${y} does not start a period`);
}

/**
 * The same LP with its target rows' limits moved to `targets` (the engine-check rounds only
 * tighten limits): no rebuild of the hourly rows. Null when the targets differ in anything but
 * their limits (then build afresh).
 */
export function retargetLp(built: BuiltLp, targets: readonly LinearTarget[]): BuiltLp | null {
  const rows = built.index.targets;
  if (rows.length !== targets.length) return null;
  const lower = Float64Array.from(built.model.row_lower);
  const upper = Float64Array.from(built.model.row_upper);
  const moved: TargetRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const old = rows[i]!.target;
    const t = targets[i]!;
    if (t.target_id !== old.target_id || t.year !== old.year || t.bound !== old.bound || t.terms !== old.terms) return null;
    if (t.constant !== old.constant) return null;
    const d = t.limit - old.limit;
    const r = rows[i]!.row;
    if (Number.isFinite(lower[r]!)) lower[r] = lower[r]! + d;
    if (Number.isFinite(upper[r]!)) upper[r] = upper[r]! + d;
    moved.push({ ...rows[i]!, target: t });
  }
  return { model: { ...built.model, row_lower: lower, row_upper: upper }, index: { ...built.index, targets: moved } };
}
