import { z } from 'zod';
import { COST_KEY_PATTERN, FACTOR_KEY_PATTERN, Id, Name, NO_CONTROL_TEXT_CHECK, Text, Year } from './primitives.ts';
import { isCleanText } from '../text/control-chars.ts';
import { Park, Consumer } from './park.ts';
import { Scenario } from './scenario.ts';
import { Target } from './targets.ts';
import { ImportedSeries } from './hourly-series.ts';
import { upgradePlanJson } from './upgrade-v1.ts';
import { addLanguageNames } from './language-names.ts';
import { measureCostProblem } from '../costs/technologies.ts';
import { UncertaintySpec } from '../uncertainty/schema.ts';
import { ReportSettings } from './report-text.ts';
import { CarbonMarkets } from '../carbon-market/schema.ts';
import type { ErrorReason } from '../api/result.ts';
import { planIssueReason as why } from '../text/plan-issue-text.ts';
import { reasonParams, zodIssueReason } from './issue-reasons.ts';

/**
 * Version of the plan JSON format (independent of the SQLite schema version). 2: measures state
 * unit costs (core/costs); version 1 plans are upgraded on parse (upgrade-v1.ts).
 */
export const PLAN_FORMAT_VERSION = 2;

/** A project-level replacement of one factor library value, with the reason for it. */
export const FactorOverride = z.strictObject({
  /** Factor key in the library, for example `coal.ncv_gj_per_t` or `grid.regional.southwest.2023`. */
  key: z.string().regex(FACTOR_KEY_PATTERN, 'must be a dotted factor key'),
  value: z.number().min(-1e9).max(1e9),
  source: Text.default(''),
  note: Text.default(''),
});
export type FactorOverride = z.infer<typeof FactorOverride>;

/**
 * A project-level replacement of one cost library value (core/costs/library.ts), like a factor
 * override; the source is required, since a cost without one cannot be reviewed.
 */
export const CostOverride = z.strictObject({
  /** `cost.<technology>.<parameter>` or with a year `cost.<technology>.<parameter>.<year>`. */
  key: z.string().regex(COST_KEY_PATTERN, 'must be a cost key: cost.<technology>.<parameter>[.<year>]'),
  value: z.number().min(0).max(1e9),
  source: z.string().trim().min(1, 'a cost override needs its source').max(2000),
  note: Text.default(''),
});
export type CostOverride = z.infer<typeof CostOverride>;

export const COMMENT_ANCHORS = ['park', 'consumer', 'scenario', 'measure', 'target', 'year'] as const;

export const Comment = z.strictObject({
  id: Id,
  anchor: z.strictObject({
    kind: z.enum(COMMENT_ANCHORS),
    /** Id of the anchored entity; null for the park or a bare year. */
    ref: Id.nullable().default(null),
    year: Year.nullable().default(null),
  }),
  author: Name,
  body: z.string().trim().min(1).max(20_000).refine(isCleanText, NO_CONTROL_TEXT_CHECK),
  status: z.enum(['open', 'resolved']).default('open'),
  created_at: z.iso.datetime(),
  resolved_at: z.iso.datetime().nullable().default(null),
});
export type Comment = z.infer<typeof Comment>;

const PlanShape = z.strictObject({
  format: z.literal('parkzero-plan'),
  format_version: z.literal(PLAN_FORMAT_VERSION),
  park: Park,
  consumers: z.array(Consumer).max(5000),
  scenarios: z.array(Scenario).min(1).max(200),
  targets: z.array(Target).max(500).default([]),
  factor_overrides: z.array(FactorOverride).max(5000).default([]),
  /** Project values replacing cost library values (core/costs). */
  cost_overrides: z.array(CostOverride).max(5000).default([]),
  comments: z.array(Comment).max(20_000).default([]),
  /** The user's own hourly series and weather (core/model/hourly-series.ts). */
  hourly_series: z.array(ImportedSeries).max(200).default([]),
  /**
   * Uncertain inputs for sensitivity and Monte Carlo runs (core/uncertainty). Optional and
   * absent unless used, so plans written before it keep their content and fingerprints.
   */
  uncertainty: UncertaintySpec.optional(),
  /**
   * The plan report's cover details and the text people wrote per chapter and language
   * (core/model/report-text.ts). Optional like `uncertainty`, for the same reason.
   */
  report: ReportSettings.optional(),
  /**
   * Carbon markets (emissions trading) the enterprises may be covered by (core/carbon-market).
   * Optional like `uncertainty`, for the same reason.
   */
  carbon_markets: CarbonMarkets.optional(),
});

/**
 * The whole plan: what a project file holds and what `parkzero import/export` read and write.
 * Cross-references (ids that must exist, parents without cycles) are checked here, with paths,
 * so that every consumer of a Plan can rely on them.
 */
export const Plan = PlanShape.superRefine((plan, ctx) => {
  // Each rule gives its English message (CLI, logs) and its reason, said in the reader's language (plan-issue-text.ts).
  const issue = (path: (string | number)[], message: string, reason: ErrorReason) =>
    ctx.addIssue({ code: 'custom', path, message, ...reasonParams(reason) });

  const uniqueIds = (items: { id: string }[], label: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        issue([label, i, 'id'], `duplicate id "${item.id}" (also at ${label}[${first}])`, why('duplicate_id', { id: item.id }));
      else seen.set(item.id, i);
    });
    return seen;
  };

  const consumerIds = uniqueIds(plan.consumers, 'consumers');
  const scenarioIds = uniqueIds(plan.scenarios, 'scenarios');
  uniqueIds(plan.targets, 'targets');
  uniqueIds(plan.comments, 'comments');

  // Measure ids are unique across the whole plan so overrides and comments can name them.
  const measureOwner = new Map<string, string>();
  plan.scenarios.forEach((s, si) => {
    s.measures.forEach((m, mi) => {
      if (measureOwner.has(m.id))
        issue(
          ['scenarios', si, 'measures', mi, 'id'],
          `duplicate measure id "${m.id}"`,
          why('duplicate_measure_id', { id: m.id }),
        );
      else measureOwner.set(m.id, s.id);
      const costProblem = measureCostProblem(m);
      if (costProblem !== null)
        issue(['scenarios', si, 'measures', mi, costProblem.field], costProblem.message, costProblem.reason);
      m.consumer_ids.forEach((cid, ci) => {
        if (!consumerIds.has(cid))
          issue(
            ['scenarios', si, 'measures', mi, 'consumer_ids', ci],
            `unknown consumer "${cid}"`,
            why('unknown_consumer', { id: cid }),
          );
      });
      if (m.kind === 'waste_heat' && m.params.source_consumer_id !== undefined) {
        // Shared waste heat: the source must exist and must not also be listed as a user.
        const src = m.params.source_consumer_id;
        const at = ['scenarios', si, 'measures', mi, 'params', 'source_consumer_id'];
        if (!consumerIds.has(src)) issue(at, `unknown consumer "${src}"`, why('unknown_consumer', { id: src }));
        else if (m.consumer_ids.includes(src))
          issue(
            at,
            `"${src}" is both the source of the heat and one of its users (consumer_ids)`,
            why('heat_source_is_user', { id: src }),
          );
      }
    });
  });

  const byId = new Map(plan.scenarios.map((s) => [s.id, s]));
  plan.scenarios.forEach((s, si) => {
    if (s.parent_id === null) return;
    if (!scenarioIds.has(s.parent_id)) {
      issue(
        ['scenarios', si, 'parent_id'],
        `unknown parent scenario "${s.parent_id}"`,
        why('unknown_parent', { id: s.parent_id }),
      );
      return;
    }
    // Walk up the chain; more steps than scenarios means a cycle.
    let cursor: string | null = s.parent_id;
    for (let steps = 0; cursor !== null; steps++) {
      if (cursor === s.id || steps > plan.scenarios.length) {
        issue(['scenarios', si, 'parent_id'], 'scenario inheritance forms a cycle', why('inheritance_cycle'));
        return;
      }
      cursor = byId.get(cursor)?.parent_id ?? null;
    }
  });

  // An override must name a measure of a strict ancestor (own measures are edited directly).
  plan.scenarios.forEach((s, si) => {
    const ancestors = new Set<string>();
    let cursor = s.parent_id;
    while (cursor !== null && !ancestors.has(cursor)) {
      ancestors.add(cursor);
      cursor = byId.get(cursor)?.parent_id ?? null;
    }
    s.measure_overrides.forEach((o, oi) => {
      const owner = measureOwner.get(o.measure_id);
      if (owner === undefined || !ancestors.has(owner))
        issue(
          ['scenarios', si, 'measure_overrides', oi, 'measure_id'],
          `"${o.measure_id}" is not a measure inherited from an ancestor scenario`,
          why('not_inherited', { id: o.measure_id }),
        );
    });
  });

  // Imported series: the consumer or measure must exist (and be PV for a PV series, wind for a
  // wind series); one series per target and kind, one weather file per park.
  uniqueIds(plan.hourly_series, 'hourly_series');
  const measureKind = new Map<string, string>();
  for (const s of plan.scenarios) for (const m of s.measures) if (!measureKind.has(m.id)) measureKind.set(m.id, m.kind);
  const seriesTargets = new Map<string, number>();
  plan.hourly_series.forEach((s, i) => {
    let key: string;
    if (s.kind === 'load') {
      key = `load|${s.target.consumer_id}`;
      if (!consumerIds.has(s.target.consumer_id))
        issue(
          ['hourly_series', i, 'target', 'consumer_id'],
          `unknown consumer "${s.target.consumer_id}"`,
          why('unknown_consumer', { id: s.target.consumer_id }),
        );
    } else if (s.kind === 'weather') {
      key = 'weather';
    } else {
      key = `${s.kind}|${s.target.measure_id}`;
      const kind = measureKind.get(s.target.measure_id);
      if (kind === undefined)
        issue(
          ['hourly_series', i, 'target', 'measure_id'],
          `unknown measure "${s.target.measure_id}"`,
          why('unknown_measure', { id: s.target.measure_id }),
        );
      else if (kind !== s.kind)
        issue(
          ['hourly_series', i, 'target', 'measure_id'],
          `measure "${s.target.measure_id}" is a ${kind} measure; a ${s.kind} series needs a ${s.kind} measure`,
          why('series_measure_kind', { id: s.target.measure_id }),
        );
    }
    const first = seriesTargets.get(key);
    if (first !== undefined)
      issue(
        ['hourly_series', i],
        s.kind === 'weather'
          ? `a plan has one weather file (also at hourly_series[${first}])`
          : `a second ${s.kind} series for the same ${s.kind === 'load' ? 'consumer' : 'measure'} (also at hourly_series[${first}])`,
        why(s.kind === 'weather' ? 'second_weather' : 'second_series'),
      );
    else seriesTargets.set(key, i);
    if (s.kind !== 'weather' && !s.values.some((v) => v > 0))
      issue(['hourly_series', i, 'values'], 'every value is zero: the series gives no shape', why('series_all_zero'));
  });

  if (plan.report !== undefined) {
    const rec = plan.report.recommended_scenario_id;
    if (rec !== null && !scenarioIds.has(rec))
      issue(['report', 'recommended_scenario_id'], `unknown scenario "${rec}"`, why('unknown_scenario', { id: rec }));
    const seen = new Set<string>();
    plan.report.texts.forEach((x, i) => {
      const key = `${x.chapter}|${x.lang}`;
      if (seen.has(key))
        issue(['report', 'texts', i], `a second ${x.lang} text for chapter "${x.chapter}"`, why('second_report_text'));
      seen.add(key);
    });
  }

  // Carbon markets: unique ids; every covered enterprise names a defined market.
  const marketIds = uniqueIds(plan.carbon_markets ?? [], 'carbon_markets');
  plan.consumers.forEach((c, ci) => {
    const cov = c.carbon_market;
    if (cov === undefined) return;
    if (!marketIds.has(cov.market_id))
      issue(
        ['consumers', ci, 'carbon_market', 'market_id'],
        `unknown carbon market "${cov.market_id}": define it under carbon_markets or pick one that is defined`,
        why('unknown_market', { id: cov.market_id }),
      );
    if (cov.from_year !== null && cov.from_year > plan.park.horizon_year)
      issue(
        ['consumers', ci, 'carbon_market', 'from_year'],
        `covered only after the horizon year ${plan.park.horizon_year}`,
        why('market_after_horizon', { horizon_year: plan.park.horizon_year }),
      );
  });

  // The portfolio shows one plan per park: two flagged scenarios would make it guess.
  const submitted = plan.scenarios.flatMap((s, si) => (s.submitted_plan === true ? [si] : []));
  for (const si of submitted.slice(1))
    issue(
      ['scenarios', si, 'submitted_plan'],
      `只能有一个情景标记为提交方案，第 ${submitted[0]! + 1} 个情景已标记；请取消其中一个。` +
        ` / only one scenario may be marked as the submitted plan, and scenarios[${submitted[0]}] already is; unmark one of them`,
      why('second_submitted', { first: submitted[0]! + 1 }),
    );

  if (!plan.scenarios.some((s) => s.parent_id === null))
    issue(['scenarios'], 'at least one scenario must be a root (parent_id null)', why('no_root_scenario'));

  plan.scenarios.forEach((s, si) =>
    s.measures.forEach((m, mi) => {
      if (m.start_year > plan.park.horizon_year)
        issue(
          ['scenarios', si, 'measures', mi, 'start_year'],
          `starts after the horizon year ${plan.park.horizon_year}`,
          why('start_after_horizon', { horizon_year: plan.park.horizon_year }),
        );
    }),
  );
});
export type Plan = z.infer<typeof Plan>;
/** What a hand-written plan may omit (defaults fill it in); version 1 plans are accepted by parsePlan. */
export type PlanInput = z.input<typeof Plan> | (Omit<z.input<typeof Plan>, 'format_version'> & { format_version: 1 });

/** One validation problem, with a JSON path a person can follow: `consumers[3].energy.coal_t`. */
export interface PlanIssue {
  path: string;
  /** English, for the command line, logs and tests. */
  message: string;
  /** Why, for the app to say in the reader's language (core/text/plan-issue-text.ts). */
  reason?: ErrorReason;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

export type ParsePlanResult = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

/**
 * Validate unknown input as a plan, returning every problem with its path. Version 1 plans are
 * upgraded first, and names written in one language only get their language field (language-names.ts).
 */
export function parsePlan(input: unknown): ParsePlanResult {
  const prepared = addLanguageNames(upgradePlanJson(input));
  const result = Plan.safeParse(prepared);
  if (result.success) return { ok: true, plan: result.data };
  return { ok: false, issues: planIssuesOf(result.error, prepared) };
}

/** A zod error's issues as plan issues, each with its reason; `input` is what was parsed. */
export function planIssuesOf(error: z.ZodError, input: unknown): PlanIssue[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message, reason: zodIssueReason(i, input) }));
}
