import type { Measure } from '../model/measures.ts';
import type { Plan } from '../model/plan.ts';
import type { Scenario } from '../model/scenario.ts';
import { yearValue } from './discount.ts';
import { scaleMeasure } from './annual-effects.ts';
import type { PlanCandidate } from './plan-candidates.ts';
import type { LpAnswer } from './read-solution.ts';

/**
 * The LP's answer as an ordinary child scenario of the base: one measure per candidate and
 * build year, a copy of the candidate's template with its size, start year (no ramp: the LP
 * builds in whole years) and the template's unit costs (so the engine prices it as the LP did). Green power and offsets are
 * bought per period and never cut back (the LP keeps them non-decreasing), so each period's
 * increase is one measure starting that year.
 */

const ROUND_KW = 1; // sizes rounded to whole kW / kWh / MWh / tCO2: what a plan states

export function answerToScenario(
  plan: Plan,
  baseId: string,
  answer: LpAnswer,
  candidates: readonly PlanCandidate[],
  ids: { id: string; name: string; description?: string },
): Scenario {
  const measures: Measure[] = [];
  const taken = new Set(plan.scenarios.flatMap((s) => s.measures.map((m) => m.id)));
  const newId = (base: string, year: number) => {
    let id = `${base}-${year}`;
    for (let i = 2; taken.has(id); i++) id = `${base}-${year}-${i}`;
    taken.add(id);
    return id;
  };
  for (const pc of candidates) {
    const c = pc.candidate;
    const t = pc.template;
    // A copy keeps the template's unit costs (its own, or none so the library prices it by its
    // build year, as the LP did); the size-independent part, which the LP leaves out, is
    // carried once, by the candidate's first build.
    let fixedPartPaid = false;
    const common = (year: number) => {
      const paid = fixedPartPaid;
      fixedPartPaid = true;
      return {
        id: newId(t.id, year),
        name: `${t.name} (${year})`,
        start_year: year,
        ramp_years: 0,
        capex_cny: paid ? 0 : t.capex_cny,
        fixed_opex_cny_per_year: paid ? 0 : t.fixed_opex_cny_per_year,
        notes: '',
      };
    };
    if (c.kind === 'pv' || c.kind === 'wind') {
      for (const b of answer.builds.filter((x) => x.candidate === c.id)) {
        const kw = Math.round((b.amount * 1000) / ROUND_KW) * ROUND_KW;
        if (kw <= 0) continue;
        measures.push({
          ...t,
          ...common(b.year),
          lifetime_years: c.cost.lifetime_years,
          params: { ...t.params, capacity_kw: kw },
        } as Measure);
      }
    }
    if (c.kind === 'storage' && t.kind === 'storage') {
      const years = [...new Set(answer.builds.filter((x) => x.candidate === c.id).map((x) => x.year))].sort((a, b) => a - b);
      for (const y of years) {
        const part = (p: string) => answer.builds.find((x) => x.candidate === c.id && x.year === y && x.part === p)?.amount ?? 0;
        const kw = Math.round(part('power') * 1000);
        const kwh = Math.round(part('energy') * 1000);
        if (kw <= 0 || kwh <= 0) continue;
        measures.push({
          ...t,
          ...common(y),
          lifetime_years: c.energy_cost.lifetime_years,
          params: { ...t.params, power_kw: kw, energy_kwh: kwh },
        });
      }
    }
    if (c.kind === 'annual') {
      // One measure per build; a later step of a share switch is a share of what is left.
      let before = 0;
      for (const b of answer.builds.filter((x) => x.candidate === c.id).sort((x, y) => x.year - y.year)) {
        // Steps below a thousandth of the planned size are solver dust, not a measure.
        if (!(b.amount > c.max_units * 1e-3)) continue;
        const scaled = scaleMeasure(t, b.amount, before);
        before += b.amount;
        measures.push({ ...scaled, ...common(b.year), lifetime_years: c.cost.lifetime_years } as Measure);
      }
    }
    if (c.kind === 'green_power' || c.kind === 'offset') {
      let prev = 0;
      for (const p of answer.periods) {
        const amount = Math.round(c.kind === 'green_power' ? p.quantities.green_mwh : p.quantities.offset_tco2);
        if (amount > prev) {
          const y = p.first_year;
          if (c.kind === 'green_power' && t.kind === 'green_power')
            measures.push({
              ...t,
              ...common(y),
              params: { mode: 'mwh', amount_mwh: amount - prev, premium_cny_per_mwh: yearValue(c.premium_cny_per_mwh, y) },
            });
          if (c.kind === 'offset' && t.kind === 'offset')
            measures.push({
              ...t,
              ...common(y),
              params: { tco2: amount - prev, price_cny_per_t: yearValue(c.price_cny_per_t, y) },
            });
          prev = amount;
        }
      }
    }
  }
  return {
    id: ids.id,
    name: ids.name,
    parent_id: baseId,
    description: ids.description ?? '',
    settings: {},
    measures,
    measure_overrides: [],
  };
}
