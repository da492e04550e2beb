import type { Plan } from '../model/plan.ts';
import type { PlanResults } from '../engine/result-schema.ts';
import { planFingerprint } from '../fingerprint/index.ts';
import { diffPlans } from './plan-diff.ts';
import { diffOutcomes } from './result-diff.ts';
import type { PlanDiff } from './schema.ts';

export interface VersionInput {
  /** What to call this version in the output: a file name, "open project", … */
  label: string;
  plan: Plan;
  /** Engine results of the plan (all scenarios); omit to compare the plans only. */
  results?: PlanResults;
}

/**
 * Compares version A (older, or the one under review) with version B. Results are passed in
 * rather than computed here, so hosts can run the engine where they like (worker threads in
 * the app, inline in the CLI); `runPlan(plan, { mac: false })` is enough.
 */
export function comparePlans(a: VersionInput, b: VersionInput): PlanDiff {
  const fa = planFingerprint(a.plan);
  const fb = planFingerprint(b.plan);
  const idsA = new Set(a.plan.scenarios.map((s) => s.id));
  const idsB = new Set(b.plan.scenarios.map((s) => s.id));
  const info = (v: VersionInput, fingerprint: string) => ({
    label: v.label,
    park_name: v.plan.park.name,
    fingerprint,
    base_year: v.plan.park.base_year,
    horizon_year: v.plan.park.horizon_year,
  });
  return {
    format: 'parkzero-diff',
    format_version: 1,
    a: info(a, fa),
    b: info(b, fb),
    same_content: fa === fb,
    changes: fa === fb ? [] : diffPlans(a.plan, b.plan),
    outcomes: a.results && b.results ? diffOutcomes(a.results, b.results) : [],
    scenarios_only_in_a: [...idsA].filter((id) => !idsB.has(id)),
    scenarios_only_in_b: [...idsB].filter((id) => !idsA.has(id)),
  };
}
