import { readFileSync } from 'node:fs';
import { parsePlanOrThrow } from '../../../core/engine/index.ts';
import type { Plan, PlanInput } from '../../../core/model/plan.ts';
import type { UncertainInput } from '../../../core/uncertainty/index.ts';

/** The bundled sample park, validated. */
export function samplePlan(): Plan {
  return parsePlanOrThrow(
    JSON.parse(readFileSync(new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url), 'utf8')),
  );
}

/** The sample with the given uncertain inputs (validated, so address problems throw). */
export function withInputs(inputs: Partial<UncertainInput>[], base: Plan = samplePlan()): Plan {
  const full = inputs.map((i, k) => ({ id: `in-${k}`, name: `Input ${k}`, mode: 'set', group: null, source: '', ...i }));
  return parsePlanOrThrow({ ...base, uncertainty: { inputs: full } } as PlanInput);
}
