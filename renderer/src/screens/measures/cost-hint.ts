import type { Measure, MeasureKind } from '../../../../core/model/measures.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { buildCostSet, libraryCost, measureTechnology } from '../../../../core/costs/index.ts';
import { ParkZeroError } from '../../../../core/api/result.ts';
import { unitOf, type NumberSpec } from './measure-catalog.ts';
import type { useMeasureText } from './measure-text.ts';

const LIBRARY_PARAMETER: Record<string, 'capex_cny_per_unit' | 'capex_cny_per_kw' | 'fixed_opex_cny_per_unit_year'> = {
  capex_cny_per_unit: 'capex_cny_per_unit',
  capex_cny_per_kw: 'capex_cny_per_kw',
  fixed_opex_cny_per_unit_year: 'fixed_opex_cny_per_unit_year',
};

/**
 * The cost library's value beside a unit cost field (with the plan's cost overrides), in the
 * start year: "Cost library: 3,400 CNY/kW (2025)", or, when the measure has its own value,
 * that it overrides the library. Null for other fields and for kinds without a library technology.
 */
export function libraryCostHint(
  plan: Plan,
  kind: MeasureKind,
  consumerCount: number,
  params: Record<string, unknown>,
  spec: NumberSpec,
  text: ReturnType<typeof useMeasureText>,
  own: { value: number | undefined; technology: Measure['technology']; start_year: number } | null = null,
): string | null {
  const parameter = LIBRARY_PARAMETER[spec.path];
  if (parameter === undefined) return null;
  const technology = measureTechnology({
    kind,
    technology: own?.technology,
    consumer_ids: Array.from({ length: consumerCount }, () => ''),
    params,
  } as unknown as Measure);
  if (technology === null) return null;
  let cs;
  try {
    cs = buildCostSet(plan.cost_overrides);
  } catch (e) {
    if (e instanceof ParkZeroError) return null; // the Costs view shows the invalid override
    throw e;
  }
  const year = own?.start_year ?? Math.min(plan.park.base_year + 1, plan.park.horizon_year);
  const value = libraryCost(cs, technology, parameter, year);
  if (value === null) return null;
  const u = unitOf(spec, params);
  const vars = { value: text.num(value, 6), unit: u === null ? '' : text.unit(u), year };
  return text.tt(own?.value !== undefined ? 'measures.ownCostHint' : 'measures.libraryHint', vars);
}
