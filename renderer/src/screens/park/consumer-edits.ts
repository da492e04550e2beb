import type { Consumer } from '../../../../core/model/park.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { ENERGY_KEYS } from '../../../../core/model/carriers.ts';
import type { NamedEntity } from '../../../../core/text/names.ts';

/** Plan-level helpers for adding and removing enterprises. Pure, so they are unit-tested. */

/** The first free id of the form `enterprise-N`, N counting up from the consumer count + 1. */
export function newConsumerId(consumers: readonly Consumer[]): string {
  const taken = new Set(consumers.map((c) => c.id));
  for (let n = consumers.length + 1; ; n++) {
    const id = `enterprise-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A new enterprise with every quantity at zero: the planner fills in what they know. */
export function newConsumer(id: string, name: string): Consumer {
  const energy = Object.fromEntries(ENERGY_KEYS.map((k) => [k, 0])) as Consumer['energy'];
  return {
    id,
    name,
    sector: 'other',
    load_profile: 'two_shift',
    output_value_10k_cny: 0,
    value_added_10k_cny: 0,
    energy,
    process_emissions_tco2: 0,
    output_growth_rate: 0,
    efficiency_gain_rate: 0,
    roof_area_m2: 0,
    waste_heat_available_gj: 0,
    process_heat_share: 1,
    notes: '',
  };
}

export interface MeasureRef {
  scenarioName: string;
  measureName: string;
}

/**
 * Measures that name the enterprise; while any do, removing it would break the plan. `nameOf`
 * names scenarios and measures (screens pass useLocalName, so names follow their language).
 */
export function measuresActingOn(
  plan: Plan,
  consumerId: string,
  nameOf: (e: NamedEntity) => string = (e) => e.name,
): MeasureRef[] {
  const refs: MeasureRef[] = [];
  for (const s of plan.scenarios) {
    for (const m of s.measures) {
      if (m.consumer_ids.includes(consumerId)) refs.push({ scenarioName: nameOf(s), measureName: nameOf(m) });
    }
  }
  // A child scenario may retarget an inherited measure to this enterprise.
  const names = new Map(plan.scenarios.flatMap((s) => s.measures.map((m) => [m.id, nameOf(m)] as const)));
  for (const s of plan.scenarios) {
    for (const o of s.measure_overrides) {
      const ids = o.set['consumer_ids'];
      if (Array.isArray(ids) && ids.includes(consumerId))
        refs.push({ scenarioName: nameOf(s), measureName: names.get(o.measure_id) ?? o.measure_id });
    }
  }
  return refs;
}
