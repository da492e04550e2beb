import { z } from 'zod';
import { Plan } from '../model/plan.ts';
import { PlanResults } from './result-schema.ts';

/**
 * JSON Schemas (draft 2020-12) of the plan format and the results format, for
 * `resources/` and for people writing plans by hand. Cross-field rules (unique ids, known
 * parents, no cycles) live in the zod refinements and are not expressible here; `parsePlan`
 * checks them.
 */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Plan, { io: 'input', unrepresentable: 'any' }),
    title: 'ParkZero plan',
    description: 'A ParkZero plan (format parkzero-plan). Validate with parsePlan for cross-reference rules.',
  };
}

export function resultsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanResults, { io: 'output', unrepresentable: 'any' }),
    title: 'ParkZero results',
    description: 'Results of runPlan (format parkzero-results).',
  };
}
