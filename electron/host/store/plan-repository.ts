import type { Db } from './connection.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { PLAN_FORMAT_VERSION } from '../../../core/model/plan.ts';
import { ENERGY_KEYS } from '../../../core/model/carriers.ts';
import { CarbonMarketRows } from './carbon-market-rows.ts';

/**
 * All SQL for the plan tables and the change log, with statements prepared once per
 * connection. Rows are mapped to the plan's JSON shape and back; reading returns `unknown`
 * on purpose: whatever came from a file is parsed by core's `parsePlan` before anyone uses it.
 */

export const PLAN_SECTIONS = [
  'park',
  'consumers',
  'scenarios',
  'targets',
  'factor_overrides',
  'cost_overrides',
  'comments',
  'hourly_series',
  'uncertainty',
  'report',
  'carbon_markets',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export interface ChangeLogEntry {
  seq: number;
  at: string;
  label: string;
  patches: unknown;
}

const CONSUMER_NUMBERS = [
  'output_value_10k_cny',
  'value_added_10k_cny',
  'process_emissions_tco2',
  'output_growth_rate',
  'efficiency_gain_rate',
  'roof_area_m2',
  'waste_heat_available_gj',
  'process_heat_share',
] as const;

const CONSUMER_COLUMNS = [
  'id',
  'position',
  'name',
  'name_zh',
  'name_en',
  'sector',
  'load_profile',
  ...CONSUMER_NUMBERS,
  ...ENERGY_KEYS,
  'notes',
];

type Row = Record<string, unknown>;

export class PlanRepository {
  private readonly db: Db;
  private readonly s;
  private readonly markets: CarbonMarketRows;

  constructor(db: Db) {
    this.db = db;
    this.markets = new CarbonMarketRows(db);
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      metaGet: p('SELECT value FROM meta WHERE key = ?').pluck(),
      metaSet: p('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      parkGet: p('SELECT * FROM park WHERE id = 1'),
      parkDelete: p('DELETE FROM park'),
      parkInsert: p(
        `INSERT INTO park (id, name, province, city, grid_region, base_year, horizon_year, currency, discount_rate, illustrative, description,
           name_zh, name_en, description_zh, description_en)
         VALUES (1, @name, @province, @city, @grid_region, @base_year, @horizon_year, @currency, @discount_rate, @illustrative, @description,
           @name_zh, @name_en, @description_zh, @description_en)`,
      ),
      consumersAll: p('SELECT * FROM consumers ORDER BY position'),
      consumersDelete: p('DELETE FROM consumers'),
      consumerInsert: p(
        `INSERT INTO consumers (${CONSUMER_COLUMNS.join(', ')}) VALUES (${CONSUMER_COLUMNS.map((c) => `@${c}`).join(', ')})`,
      ),
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
      targetsAll: p('SELECT * FROM targets ORDER BY position'),
      targetsDelete: p('DELETE FROM targets'),
      targetInsert: p(
        `INSERT INTO targets (id, position, kind, name, name_zh, name_en, source, source_zh, source_en, template, indicator, bound, path, energy_method,
           peak_by_year)
         VALUES (@id, @position, @kind, @name, @name_zh, @name_en, @source, @source_zh, @source_en, @template, @indicator, @bound, @path, @energy_method,
           @peak_by_year)`,
      ),
      factorsAll: p('SELECT * FROM factor_overrides ORDER BY position'),
      factorsDelete: p('DELETE FROM factor_overrides'),
      factorInsert: p('INSERT INTO factor_overrides (position, key, value, source, note) VALUES (?, ?, ?, ?, ?)'),
      costsAll: p('SELECT * FROM cost_overrides ORDER BY position'),
      costsDelete: p('DELETE FROM cost_overrides'),
      costInsert: p('INSERT INTO cost_overrides (position, key, value, source, note) VALUES (?, ?, ?, ?, ?)'),
      commentsAll: p('SELECT * FROM comments ORDER BY position'),
      commentsDelete: p('DELETE FROM comments'),
      commentInsert: p(
        `INSERT INTO comments (id, position, anchor_kind, anchor_ref, anchor_year, author, body, status, created_at, resolved_at)
         VALUES (@id, @position, @anchor_kind, @anchor_ref, @anchor_year, @author, @body, @status, @created_at, @resolved_at)`,
      ),
      seriesAll: p('SELECT * FROM hourly_series ORDER BY position'),
      seriesDelete: p('DELETE FROM hourly_series'),
      seriesInsert: p(
        `INSERT INTO hourly_series (id, position, kind, consumer_id, measure_id, name, file_name, imported_at, data)
         VALUES (@id, @position, @kind, @consumer_id, @measure_id, @name, @file_name, @imported_at, @data)`,
      ),
      uncertainAll: p('SELECT * FROM uncertain_inputs ORDER BY position'),
      uncertainDelete: p('DELETE FROM uncertain_inputs'),
      uncertainInsert: p(
        `INSERT INTO uncertain_inputs (id, position, name, address, mode, distribution, group_id, source)
         VALUES (@id, @position, @name, @address, @mode, @distribution, @group_id, @source)`,
      ),
      reportGet: p('SELECT * FROM report_settings WHERE id = 1'),
      reportDelete: p('DELETE FROM report_settings'),
      reportInsert: p(
        `INSERT INTO report_settings (id, organisation, client, version, status, recommended_scenario_id)
         VALUES (1, @organisation, @client, @version, @status, @recommended_scenario_id)`,
      ),
      reportTextsAll: p('SELECT * FROM report_texts ORDER BY position'),
      reportTextsDelete: p('DELETE FROM report_texts'),
      reportTextInsert: p('INSERT INTO report_texts (position, chapter, lang, body) VALUES (?, ?, ?, ?)'),
      logInsert: p('INSERT INTO change_log (at, label, patches) VALUES (?, ?, ?)'),
      logLastSeq: p('SELECT coalesce(max(seq), 0) FROM change_log').pluck(),
      logRecent: p('SELECT seq, at, label, patches FROM change_log ORDER BY seq DESC LIMIT ?'),
      count: {
        consumers: p('SELECT count(*) FROM consumers').pluck(),
        scenarios: p('SELECT count(*) FROM scenarios').pluck(),
        measures: p('SELECT count(*) FROM measures').pluck(),
        targets: p('SELECT count(*) FROM targets').pluck(),
        factor_overrides: p('SELECT count(*) FROM factor_overrides').pluck(),
        cost_overrides: p('SELECT count(*) FROM cost_overrides').pluck(),
        comments: p('SELECT count(*) FROM comments').pluck(),
        hourly_series: p('SELECT count(*) FROM hourly_series').pluck(),
        change_log: p('SELECT count(*) FROM change_log').pluck(),
      },
    };
  }

  /** The stored plan in its JSON shape, unvalidated. */
  readPlan(): unknown {
    const s = this.s;
    const park = s.parkGet.get() as Row | undefined;
    const settings = groupBy(s.settingsAll.all() as Row[]);
    const measures = groupBy(s.measuresAll.all() as Row[]);
    const overrides = groupBy(s.overridesAll.all() as Row[]);
    const coverage = this.markets.readCoverage();
    return {
      format: 'parkzero-plan',
      format_version: Number(s.metaGet.get('plan_format_version') ?? NaN),
      park: park === undefined ? undefined : parkFromRow(park),
      consumers: (s.consumersAll.all() as Row[]).map((r) => {
        const cov = coverage.get(r.id);
        return { ...(consumerFromRow(r) as Row), ...(cov === undefined ? {} : { carbon_market: cov }) };
      }),
      scenarios: (s.scenariosAll.all() as Row[]).map((r) => ({
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
      })),
      targets: (s.targetsAll.all() as Row[]).map(targetFromRow),
      factor_overrides: (s.factorsAll.all() as Row[]).map((r) => ({
        key: r.key,
        value: r.value,
        source: r.source,
        note: r.note,
      })),
      cost_overrides: (s.costsAll.all() as Row[]).map((r) => ({
        key: r.key,
        value: r.value,
        source: r.source,
        note: r.note,
      })),
      comments: (s.commentsAll.all() as Row[]).map((r) => ({
        id: r.id,
        anchor: { kind: r.anchor_kind, ref: r.anchor_ref, year: r.anchor_year },
        author: r.author,
        body: r.body,
        status: r.status,
        created_at: r.created_at,
        resolved_at: r.resolved_at,
      })),
      hourly_series: (s.seriesAll.all() as Row[]).map(seriesFromRow),
      // Absent unless the plan has the field (meta says so), so an emptied list stays an empty list.
      ...(s.metaGet.get('uncertainty') === 'present'
        ? { uncertainty: { inputs: (s.uncertainAll.all() as Row[]).map(uncertainFromRow) } }
        : {}),
      ...reportFromRows(s.reportGet.get() as Row | undefined, s.reportTextsAll.all() as Row[]),
      ...this.markets.readMarkets(),
    };
  }

  /**
   * Replaces the given sections of the stored plan (all by default). Call inside a
   * transaction: the deferred foreign keys are checked at its commit.
   */
  writePlan(plan: Plan, sections: ReadonlySet<PlanSection> | readonly PlanSection[] = PLAN_SECTIONS): void {
    const want = new Set(sections);
    const s = this.s;
    s.metaSet.run('plan_format_version', String(PLAN_FORMAT_VERSION));
    if (want.has('park')) {
      s.parkDelete.run();
      s.parkInsert.run({
        ...plan.park,
        ...nameColumns(plan.park),
        ...textColumns(plan.park, DESCRIPTIONS),
        illustrative: plan.park.illustrative ? 1 : 0,
      });
    }
    if (want.has('consumers')) {
      s.consumersDelete.run();
      plan.consumers.forEach((c, position) => {
        const { energy, carbon_market: _coverage, ...rest } = c;
        s.consumerInsert.run({ ...rest, ...nameColumns(c), ...energy, position });
      });
      this.markets.writeCoverage(plan);
    }
    if (want.has('scenarios')) {
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
    if (want.has('targets')) {
      s.targetsDelete.run();
      plan.targets.forEach((t, position) => {
        const common = {
          id: t.id,
          position,
          kind: t.kind,
          name: t.name,
          ...nameColumns(t),
          source: t.source,
          ...textColumns(t, SOURCES),
          template: t.template,
          indicator: t.indicator,
        };
        if (t.kind === 'limit')
          s.targetInsert.run({
            ...common,
            bound: t.bound,
            path: JSON.stringify(t.path),
            energy_method: t.energy_method,
            peak_by_year: null,
          });
        else s.targetInsert.run({ ...common, bound: null, path: null, energy_method: null, peak_by_year: t.peak_by_year });
      });
    }
    if (want.has('factor_overrides')) {
      s.factorsDelete.run();
      plan.factor_overrides.forEach((f, position) => s.factorInsert.run(position, f.key, f.value, f.source, f.note));
    }
    if (want.has('cost_overrides')) {
      s.costsDelete.run();
      plan.cost_overrides.forEach((f, position) => s.costInsert.run(position, f.key, f.value, f.source, f.note));
    }
    if (want.has('comments')) {
      s.commentsDelete.run();
      plan.comments.forEach((c, position) =>
        s.commentInsert.run({
          id: c.id,
          position,
          anchor_kind: c.anchor.kind,
          anchor_ref: c.anchor.ref,
          anchor_year: c.anchor.year,
          author: c.author,
          body: c.body,
          status: c.status,
          created_at: c.created_at,
          resolved_at: c.resolved_at,
        }),
      );
    }
    if (want.has('hourly_series')) {
      s.seriesDelete.run();
      plan.hourly_series.forEach((x, position) =>
        s.seriesInsert.run({
          id: x.id,
          position,
          kind: x.kind,
          consumer_id: x.kind === 'load' ? x.target.consumer_id : null,
          measure_id: x.kind === 'pv' || x.kind === 'wind' ? x.target.measure_id : null,
          name: x.name,
          file_name: x.source.file_name,
          imported_at: x.source.imported_at,
          data: JSON.stringify(x.kind === 'weather' ? x.weather : x.values),
        }),
      );
    }
    if (want.has('uncertainty')) {
      s.uncertainDelete.run();
      s.metaSet.run('uncertainty', plan.uncertainty === undefined ? 'absent' : 'present');
      plan.uncertainty?.inputs.forEach((x, position) =>
        s.uncertainInsert.run({
          id: x.id,
          position,
          name: x.name,
          address: x.address,
          mode: x.mode,
          distribution: JSON.stringify(x.distribution),
          group_id: x.group,
          source: x.source,
        }),
      );
    }
    if (want.has('carbon_markets')) this.markets.writeMarkets(plan);
    if (want.has('report')) {
      s.reportTextsDelete.run();
      s.reportDelete.run();
      const r = plan.report;
      if (r !== undefined) {
        s.reportInsert.run({
          organisation: r.organisation,
          client: r.client,
          version: r.version,
          status: r.status,
          recommended_scenario_id: r.recommended_scenario_id,
        });
        r.texts.forEach((x, position) => s.reportTextInsert.run(position, x.chapter, x.lang, x.body));
      }
    }
  }

  appendChangeLog(at: string, label: string, patches: unknown): number {
    return Number(this.s.logInsert.run(at, label, JSON.stringify(patches)).lastInsertRowid);
  }

  lastChangeSeq(): number {
    return this.s.logLastSeq.get() as number;
  }

  /** Newest first. */
  recentChanges(limit: number): ChangeLogEntry[] {
    return (this.s.logRecent.all(Math.max(0, Math.trunc(limit))) as Row[]).map((r) => ({
      seq: r.seq as number,
      at: r.at as string,
      label: r.label as string,
      patches: parseJson(r.patches),
    }));
  }

  counts(): Record<keyof PlanRepository['s']['count'], number> {
    const c = this.s.count;
    return {
      consumers: c.consumers.get() as number,
      scenarios: c.scenarios.get() as number,
      measures: c.measures.get() as number,
      targets: c.targets.get() as number,
      factor_overrides: c.factor_overrides.get() as number,
      cost_overrides: c.cost_overrides.get() as number,
      comments: c.comments.get() as number,
      hourly_series: c.hourly_series.get() as number,
      change_log: c.change_log.get() as number,
    };
  }

  /** Runs `fn` in one synchronous transaction on this connection. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
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

/** The language name columns of an entity (NULL = no name in that language). */
/** Texts in two languages (migration 0009): the columns of each, NULL when not written. */
const DESCRIPTIONS = ['description_zh', 'description_en'] as const;
const SOURCES = ['source_zh', 'source_en'] as const;

function textColumns(e: Partial<Record<string, unknown>>, keys: readonly string[]): Row {
  return Object.fromEntries(keys.map((k) => [k, e[k] ?? null]));
}

/** The language texts of a row, as the plan holds them: absent when NULL. */
function textsFromRow(r: Row, keys: readonly string[]): Row {
  return Object.fromEntries(keys.filter((k) => r[k] !== null && r[k] !== undefined).map((k) => [k, r[k]]));
}

function nameColumns(e: { name_zh?: string | undefined; name_en?: string | undefined }): Row {
  return { name_zh: e.name_zh ?? null, name_en: e.name_en ?? null };
}

/** The language names of a row, as the plan holds them: absent when NULL. */
function namesFromRow(r: Row): Row {
  return Object.fromEntries(
    (['name_zh', 'name_en'] as const).filter((k) => r[k] !== null && r[k] !== undefined).map((k) => [k, r[k]]),
  );
}

function parkFromRow(r: Row): unknown {
  return {
    name: r.name,
    ...namesFromRow(r),
    province: r.province,
    city: r.city,
    grid_region: r.grid_region,
    base_year: r.base_year,
    horizon_year: r.horizon_year,
    currency: r.currency,
    discount_rate: r.discount_rate,
    illustrative: r.illustrative === 1,
    description: r.description,
    ...textsFromRow(r, DESCRIPTIONS),
  };
}

function consumerFromRow(r: Row): unknown {
  return {
    id: r.id,
    name: r.name,
    ...namesFromRow(r),
    sector: r.sector,
    load_profile: r.load_profile,
    ...Object.fromEntries(CONSUMER_NUMBERS.map((k) => [k, r[k]])),
    energy: Object.fromEntries(ENERGY_KEYS.map((k) => [k, r[k]])),
    notes: r.notes,
  };
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

/** The report's settings and texts; absent (no row) when the plan has no `report` field. */
function reportFromRows(settings: Row | undefined, texts: Row[]): { report?: unknown } {
  if (settings === undefined) return {};
  return {
    report: {
      organisation: settings.organisation,
      client: settings.client,
      version: settings.version,
      status: settings.status,
      recommended_scenario_id: settings.recommended_scenario_id,
      texts: texts.map((t) => ({ chapter: t.chapter, lang: t.lang, body: t.body })),
    },
  };
}

function seriesFromRow(r: Row): unknown {
  const common = { id: r.id, name: r.name, source: { file_name: r.file_name, imported_at: r.imported_at } };
  if (r.kind === 'weather') return { ...common, kind: r.kind, target: null, weather: parseJson(r.data) };
  const target = r.kind === 'load' ? { consumer_id: r.consumer_id } : { measure_id: r.measure_id };
  return { ...common, kind: r.kind, target, values: parseJson(r.data) };
}

function uncertainFromRow(r: Row): unknown {
  return {
    id: r.id,
    name: r.name,
    address: r.address,
    mode: r.mode,
    distribution: parseJson(r.distribution),
    group: r.group_id,
    source: r.source,
  };
}

function targetFromRow(r: Row): unknown {
  const common = {
    id: r.id,
    name: r.name,
    ...namesFromRow(r),
    source: r.source,
    ...textsFromRow(r, SOURCES),
    template: r.template,
    kind: r.kind,
    indicator: r.indicator,
  };
  if (r.kind === 'limit') return { ...common, bound: r.bound, path: parseJson(r.path), energy_method: r.energy_method };
  return { ...common, peak_by_year: r.peak_by_year };
}

/** Columns carry json_valid CHECKs, but a hand-made file may still hold anything: parse safely. */
function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function groupBy(rows: Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const key = r.scenario_id as string;
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}
