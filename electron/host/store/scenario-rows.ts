import type { Db } from './connection.ts';
import type { Plan } from '../../../core/model/plan.ts';
import {
  DESCRIPTIONS,
  groupBy,
  nameColumns,
  namesFromRow,
  parseJson,
  textColumns,
  textsFromRow,
  type Row,
} from './row-mapping.ts';

/**
 * SQL for the scenarios and what each holds: settings (with the planner's record and the
 * "submitted plan" flag under reserved keys), measures and measure overrides. Reads return
 * `unknown` parts that core's `parsePlan` checks before anyone uses them.
 */

export class ScenarioRows {
  private readonly s;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      scenariosAll: p('SELECT * FROM scenarios ORDER BY position'),
      scenariosDelete: p('DELETE FROM scenarios'),
      scenarioInsert: p(
        `INSERT INTO scenarios (id, position, name, name_zh, name_en, parent_id, description, description_zh, description_en)
         VALUES (@id, @position, @name, @name_zh, @name_en, @parent_id, @description, @description_zh, @description_en)`,
      ),
      settingsAll: p('SELECT scenario_id, key, value FROM scenario_settings ORDER BY scenario_id, key'),
      settingsDelete: p('DELETE FROM scenario_settings'),
      settingInsert: p('INSERT INTO scenario_settings (scenario_id, key, value) VALUES (?, ?, ?)'),
      measuresAll: p('SELECT * FROM measures ORDER BY scenario_id, position'),
      measuresDelete: p('DELETE FROM measures'),
      measureInsert: p(
        `INSERT INTO measures (id, scenario_id, position, kind, name, start_year, ramp_years, lifetime_years, capex_cny,
           fixed_opex_cny_per_year, consumer_ids, notes, params, technology, capex_cny_per_unit, capex_cny_per_kw,
           fixed_opex_cny_per_unit_year, name_zh, name_en, responsible_party)
         VALUES (@id, @scenario_id, @position, @kind, @name, @start_year, @ramp_years, @lifetime_years, @capex_cny,
           @fixed_opex_cny_per_year, @consumer_ids, @notes, @params, @technology, @capex_cny_per_unit, @capex_cny_per_kw,
           @fixed_opex_cny_per_unit_year, @name_zh, @name_en, @responsible_party)`,
      ),
      overridesAll: p('SELECT * FROM measure_overrides ORDER BY scenario_id, position'),
      overridesDelete: p('DELETE FROM measure_overrides'),
      overrideInsert: p(
        'INSERT INTO measure_overrides (scenario_id, position, measure_id, disabled, fields) VALUES (?, ?, ?, ?, ?)',
      ),
    };
  }

  /** The scenarios in plan order with their settings, measures and overrides. */
  read(): unknown[] {
    const s = this.s;
    const settings = groupBy(s.settingsAll.all() as Row[]);
    const measures = groupBy(s.measuresAll.all() as Row[]);
    const overrides = groupBy(s.overridesAll.all() as Row[]);
    return (s.scenariosAll.all() as Row[]).map((r) => ({
      id: r.id,
      name: r.name,
      ...namesFromRow(r),
      parent_id: r.parent_id,
      description: r.description,
      ...textsFromRow(r, DESCRIPTIONS),
      settings: Object.fromEntries(
        (settings.get(r.id as string) ?? [])
          .filter((x) => !RESERVED_KEYS.has(x.key as string))
          .map((x) => [x.key, parseJson(x.value)]),
      ),
      measures: (measures.get(r.id as string) ?? []).map(measureFromRow),
      measure_overrides: (overrides.get(r.id as string) ?? []).map((o) => ({
        measure_id: o.measure_id,
        disabled: o.disabled === 1,
        set: parseJson(o.fields),
      })),
      ...optimiserRecord(settings.get(r.id as string)),
      ...submittedFlag(settings.get(r.id as string)),
    }));
  }

  write(plan: Plan): void {
    const s = this.s;
    // Children first, so nothing is left pointing at a deleted row for longer than needed.
    s.overridesDelete.run();
    s.measuresDelete.run();
    s.settingsDelete.run();
    s.scenariosDelete.run();
    plan.scenarios.forEach((sc, position) => {
      s.scenarioInsert.run({
        id: sc.id,
        position,
        name: sc.name,
        ...nameColumns(sc),
        parent_id: sc.parent_id,
        description: sc.description,
        ...textColumns(sc, DESCRIPTIONS),
      });
      for (const [key, value] of Object.entries(sc.settings)) {
        if (value !== undefined) s.settingInsert.run(sc.id, key, JSON.stringify(value));
      }
      if (sc.optimiser !== undefined) s.settingInsert.run(sc.id, OPTIMISER_KEY, JSON.stringify(sc.optimiser));
      if (sc.submitted_plan === true) s.settingInsert.run(sc.id, SUBMITTED_KEY, 'true');
      sc.measures.forEach((m, mp) => {
        s.measureInsert.run({
          id: m.id,
          scenario_id: sc.id,
          position: mp,
          kind: m.kind,
          name: m.name,
          ...nameColumns(m),
          start_year: m.start_year,
          ramp_years: m.ramp_years,
          lifetime_years: m.lifetime_years,
          capex_cny: m.capex_cny,
          fixed_opex_cny_per_year: m.fixed_opex_cny_per_year,
          consumer_ids: JSON.stringify(m.consumer_ids),
          notes: m.notes,
          params: JSON.stringify(m.params),
          technology: m.technology ?? null,
          capex_cny_per_unit: m.capex_cny_per_unit ?? null,
          capex_cny_per_kw: m.capex_cny_per_kw ?? null,
          fixed_opex_cny_per_unit_year: m.fixed_opex_cny_per_unit_year ?? null,
          responsible_party: m.responsible_party ?? null,
        });
      });
      sc.measure_overrides.forEach((o, op) => {
        s.overrideInsert.run(sc.id, op, o.measure_id, o.disabled ? 1 : 0, JSON.stringify(o.set));
      });
    });
  }
}

/**
 * The least-cost planner's record of a scenario it made (`scenario.optimiser`) is kept as a row
 * of scenario_settings under this reserved key, not in a table of its own: it is one JSON value
 * per scenario, deleted with the scenario's settings, and needs no schema migration (none of the
 * settings keys is this one: they are ScenarioSettings' own names).
 */
const OPTIMISER_KEY = 'optimiser_record';

/**
 * The "submitted plan" flag (`scenario.submitted_plan`) is kept the same way, as the JSON `true`
 * under this reserved key: no row means no flag, so files written before it read unchanged.
 */
const SUBMITTED_KEY = 'submitted_plan';

const RESERVED_KEYS: ReadonlySet<string> = new Set([OPTIMISER_KEY, SUBMITTED_KEY]);

/** The flag as stored; a row holding anything else is passed on for parsePlan to refuse. */
function submittedFlag(rows: Row[] | undefined): { submitted_plan?: unknown } {
  const row = rows?.find((x) => x.key === SUBMITTED_KEY);
  return row === undefined ? {} : { submitted_plan: parseJson(row.value) };
}

function optimiserRecord(rows: Row[] | undefined): { optimiser?: unknown } {
  const row = rows?.find((x) => x.key === OPTIMISER_KEY);
  return row === undefined ? {} : { optimiser: parseJson(row.value) };
}

function measureFromRow(r: Row): unknown {
  return {
    id: r.id,
    name: r.name,
    ...namesFromRow(r),
    kind: r.kind,
    start_year: r.start_year,
    ramp_years: r.ramp_years,
    lifetime_years: r.lifetime_years,
    capex_cny: r.capex_cny,
    fixed_opex_cny_per_year: r.fixed_opex_cny_per_year,
    consumer_ids: parseJson(r.consumer_ids),
    notes: r.notes,
    params: parseJson(r.params),
    // NULL = the cost library's value: the field is absent from the plan.
    ...Object.fromEntries(
      (['technology', 'capex_cny_per_unit', 'capex_cny_per_kw', 'fixed_opex_cny_per_unit_year', 'responsible_party'] as const)
        .filter((k) => r[k] !== null && r[k] !== undefined)
        .map((k) => [k, r[k]]),
    ),
  };
}
