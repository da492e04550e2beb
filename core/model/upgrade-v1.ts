import { Measure } from './measures.ts';
import { measureSize } from '../costs/technologies.ts';

/**
 * Plan format 1 -> 2. Format 1 measures carried lump sums (`capex_cny`, `fixed_opex_cny_per_year`)
 * that did not follow the measure's size; format 2 states unit costs (core/costs). The upgrade
 * turns a lump sum L of a measure of size S into the measure's own unit cost L/S, so every year's
 * costs stay what format 1 computed (tests/core/costs/migration.test.ts checks the sample):
 *
 * - storage: the capex and O&M go per kWh of energy (power part 0); with no energy but power,
 *   the capex goes per kW;
 * - a measure of size 0 keeps its lump sum as the size-independent part (`capex_cny`,
 *   `fixed_opex_cny_per_year` now mean exactly that), its unit costs set to 0;
 * - an inherited measure changed by a child (`measure_overrides[].set`) in its size or its lump
 *   sum gets, in that override, the unit costs that give the total format 1 computed for it (so a
 *   resized inherited measure keeps its old total until someone edits its unit cost).
 *
 * Unit costs are set explicitly (even 0) so the library's defaults never add costs a format 1
 * plan did not have. L/S is chosen among the doubles next to it so that S x (L/S) == L exactly.
 */

type Raw = Record<string, unknown> & { params?: Record<string, unknown> };

const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The double u closest to lump / size with size x u == lump, when one exists nearby. */
export function exactUnitCost(lump: number, size: number): number {
  const u = lump / size;
  if (size * u === lump) return u;
  const buf = new DataView(new ArrayBuffer(8));
  for (const step of [1n, -1n, 2n, -2n, 3n, -3n]) {
    buf.setFloat64(0, u);
    buf.setBigInt64(0, buf.getBigInt64(0) + step);
    const v = buf.getFloat64(0);
    if (size * v === lump) return v;
  }
  return u;
}

interface CostFields {
  capex_cny_per_unit: number;
  capex_cny_per_kw?: number;
  fixed_opex_cny_per_unit_year: number;
  capex_cny: number;
  fixed_opex_cny_per_year: number;
}

/** Unit cost fields reproducing lump sums `capex` and `opex` for a measure. */
function costFields(m: Measure, capex: number, opex: number): CostFields {
  const { size, power_kw } = measureSize(m);
  const out: CostFields = {
    capex_cny_per_unit: 0,
    fixed_opex_cny_per_unit_year: 0,
    capex_cny: capex,
    fixed_opex_cny_per_year: opex,
  };
  if (m.kind === 'storage') out.capex_cny_per_kw = 0;
  if (size > 0) {
    out.capex_cny_per_unit = exactUnitCost(capex, size);
    out.fixed_opex_cny_per_unit_year = exactUnitCost(opex, size);
    out.capex_cny = 0;
    out.fixed_opex_cny_per_year = 0;
  } else if (m.kind === 'storage' && power_kw > 0) {
    out.capex_cny_per_kw = exactUnitCost(capex, power_kw);
    out.capex_cny = 0;
  }
  return out;
}

/** The total format 1 cost fields give, read through format 2 unit costs (flat, measure-level). */
function reproduces(m: Measure, capex: number, opex: number): boolean {
  const { size, power_kw } = measureSize(m);
  const c = size * (m.capex_cny_per_unit ?? NaN) + power_kw * (m.capex_cny_per_kw ?? 0) + m.capex_cny;
  const o = size * (m.fixed_opex_cny_per_unit_year ?? NaN) + m.fixed_opex_cny_per_year;
  return c === capex && o === opex;
}

interface State {
  raw: Raw;
  capex: number;
  opex: number;
}

function upgradeMeasure(raw: Raw): State | null {
  const parsed = Measure.safeParse(raw);
  if (!parsed.success) return null; // parsePlan reports it with its path
  const m = parsed.data;
  Object.assign(raw, costFields(m, m.capex_cny, m.fixed_opex_cny_per_year));
  return { raw: clone(raw), capex: m.capex_cny, opex: m.fixed_opex_cny_per_year };
}

function applyOverride(state: State, set: Raw): State | null {
  const raw = clone(state.raw);
  let { capex, opex } = state;
  let touches = false;
  for (const [field, value] of Object.entries(set)) {
    if (field === 'capex_cny' && typeof value === 'number') {
      capex = value;
      touches = true;
    } else if (field === 'fixed_opex_cny_per_year' && typeof value === 'number') {
      opex = value;
      touches = true;
    } else if (field.startsWith('params.') && isObj(raw.params)) raw.params[field.slice(7)] = value;
    else raw[field] = value;
  }
  const parsed = Measure.safeParse(raw);
  if (!parsed.success) return null;
  if (touches || !reproduces(parsed.data, capex, opex)) {
    const fields = costFields(parsed.data, capex, opex);
    Object.assign(set, fields);
    Object.assign(raw, fields);
  }
  return { raw, capex, opex };
}

/** Upgrade a format 1 plan (as parsed JSON) to format 2; anything else is returned unchanged. */
export function upgradePlanJson(input: unknown): unknown {
  if (!isObj(input) || input.format_version !== 1) return input;
  const plan = clone(input);
  plan.format_version = 2;
  const scenarios = (Array.isArray(plan.scenarios) ? plan.scenarios : []).filter(isObj);
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const own = new Map<Raw, State[]>();
  for (const s of scenarios) {
    const states: State[] = [];
    for (const m of Array.isArray(s.measures) ? s.measures.filter(isObj) : []) {
      const st = upgradeMeasure(m);
      if (st !== null) states.push(st);
    }
    own.set(s, states);
  }
  // Effective measures per scenario along its chain, so an override sees what it changes.
  const memo = new Map<unknown, Map<unknown, State>>();
  const visiting = new Set<unknown>();
  const stateOf = (s: Raw): Map<unknown, State> => {
    const done = memo.get(s.id);
    if (done !== undefined) return done;
    if (visiting.has(s.id)) return new Map(); // a cycle: parsePlan refuses the plan
    visiting.add(s.id);
    const parent = s.parent_id === null ? undefined : byId.get(s.parent_id);
    const states = new Map(parent === undefined ? [] : stateOf(parent));
    for (const o of Array.isArray(s.measure_overrides) ? s.measure_overrides.filter(isObj) : []) {
      const cur = states.get(o.measure_id);
      if (cur === undefined || !isObj(o.set)) continue;
      const next = applyOverride(cur, o.set);
      if (next !== null) states.set(o.measure_id, next);
    }
    for (const st of own.get(s) ?? []) states.set(st.raw.id, st);
    memo.set(s.id, states);
    return states;
  };
  for (const s of scenarios) stateOf(s);
  return plan;
}
