import type { Plan, PlanIssue, ParsePlanResult } from '../model/plan.ts';
import { parsePlan } from '../model/plan.ts';
import { ParkZeroError } from '../api/result.ts';
import { buildFactorSet } from '../factors/factor-set.ts';
import { resolveScenario } from './resolve.ts';
import { uncertaintyIssues } from '../uncertainty/apply.ts';

/**
 * Rules the plan schema cannot express because they need the engine's knowledge: factor
 * override keys that exist in the library (or are valid new years) with sane values, and
 * inherited-measure overrides that still give a valid measure once merged. The host runs this
 * on every edit and import, so a plan the engine cannot run is refused where it is made, with
 * the JSON path, instead of failing later on the results screen.
 */
export function engineIssues(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const collect = (run: () => void) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof ParkZeroError) || error.code !== 'PLAN_INVALID') throw error;
      issues.push(...(error.details ?? [{ path: '(root)', message: error.message }]));
    }
  };
  collect(() => buildFactorSet(plan.factor_overrides));
  for (const scenario of plan.scenarios) collect(() => resolveScenario(plan, scenario.id));
  // Uncertain inputs need the other rules to hold first (their addresses resolve scenarios).
  if (issues.length === 0) issues.push(...uncertaintyIssues(plan));
  return issues;
}

/**
 * The one full check of unknown input as a plan, used wherever a plan enters the host (edits,
 * imports, new files, plan.validate): the schema and its references first, then the engine's
 * rules. Returns every issue with its JSON path.
 */
export function checkPlan(input: unknown): ParsePlanResult {
  const parsed = parsePlan(input);
  if (!parsed.ok) return parsed;
  const issues = engineIssues(parsed.plan);
  return issues.length === 0 ? parsed : { ok: false, issues };
}

/** checkPlan, throwing PLAN_INVALID (first issue in the message, all in the details). */
export function checkPlanOrThrow(input: unknown, context = 'the plan is invalid'): Plan {
  const checked = checkPlan(input);
  if (checked.ok) return checked.plan;
  const [first] = checked.issues;
  const more = checked.issues.length > 1 ? ` (and ${checked.issues.length - 1} more)` : '';
  throw new ParkZeroError('PLAN_INVALID', `${context}: ${first!.path}: ${first!.message}${more}`, checked.issues.slice(0, 100));
}
