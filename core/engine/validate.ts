import type { Plan, PlanIssue } from '../model/plan.ts';
import { ParkZeroError } from '../api/result.ts';
import { buildFactorSet } from '../factors/factor-set.ts';
import { resolveScenario } from './resolve.ts';

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
  return issues;
}
