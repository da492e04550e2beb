import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkPlanOrThrow, runScenario } from '../../../core/engine/index.ts';
import type { ScenarioResult } from '../../../core/engine/index.ts';

const suining = checkPlanOrThrow(
  JSON.parse(readFileSync(new URL('../../../resources/samples/suining.plan.json', import.meta.url), 'utf8')),
);

/** Runs hand one dispatch workspace to the next (core/engine/workspace-pool.ts). */
describe('a run after other runs', () => {
  it('gives the same results as before them, whatever the earlier run dispatched', () => {
    const run = (id: string): ScenarioResult => runScenario(suining, id, { mac: false, compareParent: false });
    // No storage, then TOU arbitrage with a large battery, then each again in the other order.
    const baseline = run('baseline');
    const nearZero = run('near-zero');
    const clean = run('clean-transition');
    expect(run('baseline')).toEqual(baseline);
    expect(run('near-zero')).toEqual(nearZero);
    expect(run('clean-transition')).toEqual(clean);
  });

  it('gives the same MAC curve on a second run (its variants rerun the pathway in the handed-on workspace)', () => {
    const first = runScenario(suining, 'near-zero', { mac: true });
    expect(runScenario(suining, 'near-zero', { mac: true })).toEqual(first);
  });
});
