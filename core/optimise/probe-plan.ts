import type { Measure } from '../model/measures.ts';
import type { Plan } from '../model/plan.ts';

/**
 * The plan with one probe scenario added: a child of the base holding only `probe`, a copy of a
 * candidate's template measure. The template keeps its id, so the engine finds an imported
 * series for it, and is taken out of its own scenario, so the probe's chain (base -> probe)
 * holds it once. The optimiser runs such a plan and subtracts the base to learn a candidate's
 * effect per unit (hourly shapes in from-plan.ts, yearly effects in annual-effects.ts).
 */
export function planWithProbe(plan: Plan, baseId: string, probeId: string, probe: Measure): Plan {
  return {
    ...plan,
    scenarios: [
      ...plan.scenarios.map((s) => ({ ...s, measures: s.measures.filter((m) => m.id !== probe.id) })),
      {
        id: probeId,
        name: probeId,
        parent_id: baseId,
        description: '',
        settings: {},
        measures: [probe],
        measure_overrides: [],
      },
    ],
  };
}
