import { readFileSync } from 'node:fs';
import { parsePlanOrThrow, runScenario } from '../../../core/engine/index.ts';
import type { ScenarioResult } from '../../../core/engine/result-schema.ts';
import type { Plan } from '../../../core/model/plan.ts';

/** The bundled sample park, run by the real engine (the shaping code sees real results). */
export const samplePlan: Plan = parsePlanOrThrow(
  JSON.parse(readFileSync(new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url), 'utf8')),
);

const cache = new Map<string, ScenarioResult>();
export function sampleResult(id: string, mac = false): ScenarioResult {
  const key = `${id}:${mac}`;
  let r = cache.get(key);
  if (r === undefined) {
    r = runScenario(samplePlan, id, { mac });
    cache.set(key, r);
  }
  return r;
}

/** The deepest scenario and its parent, whatever the sample's ids become. */
export function leafAndParent(): { leaf: string; parent: string } {
  const leaf = samplePlan.scenarios.find((s) => s.parent_id !== null && !samplePlan.scenarios.some((c) => c.parent_id === s.id));
  if (leaf === undefined || leaf.parent_id === null) throw new Error('the sample needs a child scenario');
  return { leaf: leaf.id, parent: leaf.parent_id };
}
