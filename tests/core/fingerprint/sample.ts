import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan, type Plan } from '../../../core/model/plan.ts';

const SAMPLE = fileURLToPath(new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url));

/** The sample park's JSON text as shipped. */
export function sampleText(): string {
  return readFileSync(SAMPLE, 'utf8');
}

/** The sample park, validated (a fresh, mutable copy each call). */
export function samplePlan(): Plan {
  const parsed = parsePlan(JSON.parse(sampleText()));
  if (!parsed.ok) throw new Error(`sample invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.plan;
}
