import { Measure, OPTIONAL_MEASURE_FIELDS } from '../model/measures.ts';
import type { Plan } from '../model/plan.ts';
import { formatPath } from '../model/plan.ts';
import { DEFAULT_SETTINGS } from '../model/scenario.ts';
import type { Scenario, ScenarioSettings } from '../model/scenario.ts';
import { ParkZeroError } from '../api/result.ts';
import { measureCostProblem } from '../costs/technologies.ts';
import type { PlanIssue } from '../model/plan.ts';
import { planIssueReason } from '../text/plan-issue-text.ts';
import { zodIssueReason } from '../model/issue-reasons.ts';

/**
 * Scenario inheritance. A scenario is resolved along its chain from the root to itself:
 * settings are merged key by key over DEFAULT_SETTINGS (a child's key replaces its parent's;
 * `energy_prices`, `carbon_price_cny_per_t` and `output_growth_path` are replaced whole, and a
 * child's explicit null for the growth path goes back to the enterprises' own rates),
 * inherited measures come first in chain order, then each scenario's overrides apply (disable, or `set` dotted fields,
 * after which the merged measure is validated again), then the scenario's own measures.
 * A measure disabled by an ancestor stays disabled in every descendant.
 */

export interface MeasureOrigin {
  scenario_id: string;
  /** JSON path of the measure in the plan: `scenarios[1].measures[0]`. */
  path: string;
}

export interface ResolvedMeasure {
  measure: Measure;
  origin: MeasureOrigin;
  /** Scenario ids whose overrides changed fields of this measure, in chain order. */
  overridden_in: string[];
}

export interface ResolvedScenario {
  scenario: Scenario;
  /** Ids from the root to this scenario. */
  chain: string[];
  settings: ScenarioSettings;
  measures: ResolvedMeasure[];
}

function findScenario(plan: Plan, id: string): { scenario: Scenario; index: number } {
  const index = plan.scenarios.findIndex((s) => s.id === id);
  if (index < 0) throw new ParkZeroError('NOT_FOUND', `no scenario "${id}" in the plan`);
  return { scenario: plan.scenarios[index]!, index };
}

/** Ids from the root to `id`; a cycle or missing parent is refused with its path. */
export function scenarioChain(plan: Plan, id: string): string[] {
  const chain: string[] = [];
  let cursor: string | null = id;
  while (cursor !== null) {
    const { scenario, index } = findScenario(plan, cursor);
    if (chain.includes(cursor))
      throw new ParkZeroError('PLAN_INVALID', 'scenario inheritance forms a cycle', [
        {
          path: `scenarios[${index}].parent_id`,
          message: 'scenario inheritance forms a cycle',
          reason: planIssueReason('inheritance_cycle'),
        },
      ]);
    chain.unshift(cursor);
    cursor = scenario.parent_id;
  }
  return chain;
}

const GREEN_POWER_MODE_FIELDS = ['amount_mwh', 'share_of_grid'];

function applySet(measure: Measure, set: Record<string, unknown>, basePath: string): Measure {
  const draft = JSON.parse(JSON.stringify(measure)) as Record<string, unknown> & { params: Record<string, unknown> };
  const problems: PlanIssue[] = [];
  for (const [field, value] of Object.entries(set)) {
    const keyPath = `${basePath}.set["${field}"]`;
    if (field === 'id' || field === 'kind') {
      problems.push({
        path: keyPath,
        message: `"${field}" of an inherited measure cannot be changed; disable it and add a new measure`,
        reason: planIssueReason('override_fixed_field'),
      });
      continue;
    }
    const parts = field.split('.');
    if (parts.length === 2) {
      if (parts[0] !== 'params') {
        problems.push({
          path: keyPath,
          message: 'only params.<field> may be nested',
          reason: planIssueReason('override_unknown_field', { field }),
        });
        continue;
      }
      const name = parts[1]!;
      // Green power has two modes with different fields; switching mode drops the old field.
      const greenField = draft.kind === 'green_power' && GREEN_POWER_MODE_FIELDS.includes(name);
      if (!(name in draft.params) && !greenField) {
        problems.push({
          path: keyPath,
          message: `a ${String(draft.kind)} measure has no field params.${name}`,
          reason: planIssueReason('override_unknown_field', { field }),
        });
        continue;
      }
      if (draft.kind === 'green_power' && name === 'mode' && value !== draft.params.mode) {
        delete draft.params.amount_mwh;
        delete draft.params.share_of_grid;
      }
      draft.params[name] = value;
    } else {
      if (OPTIONAL_MEASURE_FIELDS.has(field)) {
        // Optional fields: null in an override goes back to the library's value or no name.
        if (value === null) delete draft[field];
        else draft[field] = value;
        continue;
      }
      if (!(field in draft) || field === 'params') {
        problems.push({
          path: keyPath,
          message: `a measure has no settable field "${field}"`,
          reason: planIssueReason('override_unknown_field', { field }),
        });
        continue;
      }
      draft[field] = value;
    }
  }
  if (problems.length === 0) {
    const parsed = Measure.safeParse(draft);
    const costProblem = parsed.success ? measureCostProblem(parsed.data) : null;
    if (parsed.success && costProblem === null) return parsed.data;
    if (costProblem !== null)
      problems.push({
        path: `${basePath}.set["${costProblem.field}"]`,
        message: costProblem.message,
        reason: costProblem.reason,
      });
    else if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const field = formatPath(issue.path);
        const setKey = Object.keys(set).find((k) => k === field);
        problems.push({
          path: setKey !== undefined ? `${basePath}.set["${setKey}"]` : basePath,
          message: `merged measure field ${field}: ${issue.message}`,
          reason: zodIssueReason(issue, draft),
        });
      }
  }
  throw new ParkZeroError('PLAN_INVALID', `${problems[0]!.path}: ${problems[0]!.message}`, problems);
}

/** Resolve one scenario of a validated plan. */
export function resolveScenario(plan: Plan, scenarioId: string): ResolvedScenario {
  const chain = scenarioChain(plan, scenarioId);
  let settings: ScenarioSettings = DEFAULT_SETTINGS;
  let measures: ResolvedMeasure[] = [];
  const disabled = new Set<string>();
  for (const id of chain) {
    const { scenario, index } = findScenario(plan, id);
    settings = { ...settings, ...(scenario.settings as Partial<ScenarioSettings>) };
    scenario.measure_overrides.forEach((o, oi) => {
      const basePath = `scenarios[${index}].measure_overrides[${oi}]`;
      const target = measures.find((m) => m.measure.id === o.measure_id);
      if (target === undefined) {
        if (disabled.has(o.measure_id)) return; // overriding a measure an ancestor disabled: no effect
        throw new ParkZeroError('PLAN_INVALID', `${basePath}.measure_id: "${o.measure_id}" is not inherited`, [
          {
            path: `${basePath}.measure_id`,
            message: `"${o.measure_id}" is not a measure inherited from an ancestor scenario`,
            reason: planIssueReason('not_inherited', { id: o.measure_id }),
          },
        ]);
      }
      if (o.disabled) {
        disabled.add(o.measure_id);
        measures = measures.filter((m) => m !== target);
        return;
      }
      if (Object.keys(o.set).length === 0) return;
      target.measure = applySet(target.measure, o.set, basePath);
      target.overridden_in.push(id);
    });
    scenario.measures.forEach((m, mi) => {
      measures.push({ measure: m, origin: { scenario_id: id, path: `scenarios[${index}].measures[${mi}]` }, overridden_in: [] });
    });
  }
  return { scenario: findScenario(plan, scenarioId).scenario, chain, settings, measures };
}

export interface ScenarioDifference {
  kind: 'setting' | 'measure_added' | 'measure_disabled' | 'measure_changed';
  /** JSON path in the plan where the difference is stored. */
  path: string;
  /** One readable sentence. */
  text: string;
}

const show = (v: unknown): string => (typeof v === 'number' ? String(v) : JSON.stringify(v));

function describeMeasure(m: Measure): string {
  const p = m.params as Record<string, unknown>;
  const size =
    m.kind === 'pv' || m.kind === 'wind'
      ? `${show(p.capacity_kw)} kW`
      : m.kind === 'storage'
        ? `${show(p.power_kw)} kW / ${show(p.energy_kwh)} kWh`
        : m.kind === 'fuel_switch'
          ? `${String(p.from_carrier)} -> ${String(p.to_carrier)}`
          : m.kind;
  return `"${m.name}" (${m.kind}, ${size}, from ${m.start_year})`;
}

/**
 * What a scenario changes relative to its parent, in readable sentences. A root scenario's
 * differences are its settings against the defaults and its measures.
 */
export function scenarioDifferences(plan: Plan, scenarioId: string): ScenarioDifference[] {
  const self = resolveScenario(plan, scenarioId);
  const { scenario, index } = findScenario(plan, scenarioId);
  const parentSettings = scenario.parent_id === null ? DEFAULT_SETTINGS : resolveScenario(plan, scenario.parent_id).settings;
  const parentMeasures = scenario.parent_id === null ? [] : resolveScenario(plan, scenario.parent_id).measures;
  const out: ScenarioDifference[] = [];
  for (const key of Object.keys(self.settings) as (keyof ScenarioSettings)[]) {
    const a = JSON.stringify(parentSettings[key]);
    const b = JSON.stringify(self.settings[key]);
    if (a !== b) out.push({ kind: 'setting', path: `scenarios[${index}].settings.${key}`, text: `Setting ${key}: ${a} -> ${b}` });
  }
  scenario.measure_overrides.forEach((o, oi) => {
    const path = `scenarios[${index}].measure_overrides[${oi}]`;
    const before = parentMeasures.find((m) => m.measure.id === o.measure_id);
    const name = before === undefined ? o.measure_id : `"${before.measure.name}"`;
    if (o.disabled) {
      out.push({ kind: 'measure_disabled', path, text: `Disables inherited measure ${name}` });
      return;
    }
    const changes = Object.entries(o.set).map(([field, value]) => {
      const parts = field.split('.');
      const old =
        before === undefined
          ? undefined
          : parts.length === 2
            ? (before.measure.params as Record<string, unknown>)[parts[1]!]
            : (before.measure as unknown as Record<string, unknown>)[field];
      return `${field} ${show(old)} -> ${show(value)}`;
    });
    if (changes.length > 0)
      out.push({ kind: 'measure_changed', path, text: `Changes inherited measure ${name}: ${changes.join('; ')}` });
  });
  scenario.measures.forEach((m, mi) =>
    out.push({ kind: 'measure_added', path: `scenarios[${index}].measures[${mi}]`, text: `Adds measure ${describeMeasure(m)}` }),
  );
  return out;
}
