import type { Plan } from '../model/plan.ts';
import type { Target } from '../model/targets.ts';
import { Target as TargetSchema } from '../model/targets.ts';
import { ParkZeroError } from '../api/result.ts';
import { buildPlanContext, K } from './context.ts';
import { runScenario } from './run.ts';

/**
 * The indicator sets of DOMAIN.md as target templates. Each instantiated target carries its
 * source (secondary: read in reprints) and the template id. Indicators ParkZero does not model
 * (solid waste, water reuse, product energy-use levels) are listed in `not_modelled`.
 */
export interface TargetTemplate {
  id: string;
  name: string;
  source: string;
  not_modelled: string[];
  /** The base year the indicator set asks plans to take, if any (the 2025 notice: 2025). */
  base_year: number | null;
}

export const NATIONAL_TEMPLATE_ID = 'national-zero-carbon-park-2025';

export const TARGET_TEMPLATES: readonly TargetTemplate[] = [
  {
    id: NATIONAL_TEMPLATE_ID,
    name: 'National zero-carbon park indicators (2025 notice)',
    source:
      'NDRC et al., notice on building zero-carbon parks (发改环资〔2025〕910号), "1 core + 5 guiding" indicators (secondary)',
    not_modelled: [
      'industrial solid waste utilisation >= 80%',
      'industrial water reuse >= 80%',
      'product unit energy use at or better than level 2 of the national limit standards',
    ],
    base_year: 2025,
  },
  {
    id: 'provincial-near-zero-carbon-park',
    name: 'Provincial near-zero-carbon park indicator table',
    source: 'Provincial near-zero-carbon park evaluation indicators, province unnamed (secondary)',
    not_modelled: [],
    base_year: null,
  },
];

/** The notice's size tiers, tce a year (calorific-equivalent method). */
export const NZCP_TIER_LOW_TCE = 200_000;
export const NZCP_TIER_HIGH_TCE = 1_000_000;

export interface InstantiateOptions {
  /** First year the targets are checked; default 2030 clamped to the plan's years. */
  from_year?: number;
  /**
   * Year whose total energy use sizes the park (national template's core threshold). Default:
   * the template's base year (2025) clamped to the plan's years.
   */
  base_year?: number;
}

export interface InstantiatedTemplate {
  targets: Target[];
  notes: string[];
  not_modelled: string[];
  /** National template: the sizing year and its energy use, tce (equivalent); null otherwise. */
  sizing: { year: number; tce: number; basis: 'inventory' | 'baseline_projection' } | null;
}

/** Base-year energy use of the plan, tce (calorific-equivalent method). */
export function baseYearTce(plan: Plan): number {
  const ctx = buildPlanContext(plan);
  let tce = 0;
  for (let c = 0; c < ctx.nC; c++) for (let k = 0; k < K; k++) tce += ctx.base[c * K + k]! * ctx.carriers[k]!.tce_eq_per_unit;
  return tce;
}

/**
 * Total energy use of the park in `year`, tce, calorific-equivalent method: the base-year
 * inventory in the plan's base year; in a later year, the baseline (the first root scenario)
 * as the engine projects it, with the annual electricity balance (the hourly dispatch changes
 * only storage losses, far below the notice's tier steps).
 */
export function energyUseTce(plan: Plan, year: number): { tce: number; basis: 'inventory' | 'baseline_projection' } {
  const root = plan.scenarios.find((s) => s.parent_id === null);
  if (year <= plan.park.base_year || root === undefined) return { tce: baseYearTce(plan), basis: 'inventory' };
  const r = runScenario(plan, root.id, { mac: false, electricity: 'annual' });
  const y = r.years.find((x) => x.year === year);
  return y === undefined
    ? { tce: baseYearTce(plan), basis: 'inventory' }
    : { tce: y.indicators.total_tce_equivalent, basis: 'baseline_projection' };
}

export function instantiateTemplate(plan: Plan, templateId: string, options: InstantiateOptions = {}): InstantiatedTemplate {
  const tpl = TARGET_TEMPLATES.find((t) => t.id === templateId);
  if (tpl === undefined)
    throw new ParkZeroError(
      'NOT_FOUND',
      `no target template "${templateId}" (known: ${TARGET_TEMPLATES.map((t) => t.id).join(', ')})`,
    );
  const from = options.from_year ?? Math.min(plan.park.horizon_year, Math.max(plan.park.base_year, 2030));
  const taken = new Set(plan.targets.map((t) => t.id));
  const idFor = (base: string) => {
    let id = base;
    for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
    taken.add(id);
    return id;
  };
  const notes: string[] = [];
  const limit = (
    key: string,
    name: string,
    indicator: string,
    bound: 'max' | 'min',
    value: number,
    method: 'equivalent' | 'coal_method',
    detail: string,
  ): Target =>
    TargetSchema.parse({
      id: idFor(`${key}`),
      kind: 'limit',
      name,
      indicator,
      bound,
      path: [{ year: from, value }],
      energy_method: method,
      source: `${tpl.source}; ${detail}`,
      template: tpl.id,
    });

  const targets: Target[] = [];
  let sizing: InstantiatedTemplate['sizing'] = null;
  if (tpl.id === NATIONAL_TEMPLATE_ID) {
    const sizeYear = Math.min(plan.park.horizon_year, Math.max(plan.park.base_year, options.base_year ?? tpl.base_year ?? 0));
    const use = energyUseTce(plan, sizeYear);
    const tce = use.tce;
    sizing = { year: sizeYear, tce, basis: use.basis };
    notes.push('The notice asks construction plans to take 2025 as the base year.');
    let threshold = 0.2;
    let tier = 'parks using 200k-1M tce a year: <= 0.20 tCO2/tce';
    if (tce > NZCP_TIER_HIGH_TCE) {
      threshold = 0.3;
      tier = 'parks using more than 1M tce a year: <= 0.30 tCO2/tce';
    } else if (tce < NZCP_TIER_LOW_TCE) {
      tier = 'the notice covers parks from 200k tce a year; the 0.20 tCO2/tce tier is applied';
      notes.push(
        `Energy use in ${sizeYear} is ${Math.round(tce)} tce, below the 200k tce a year the notice covers; 0.20 tCO2/tce applied as the nearest tier.`,
      );
    }
    notes.push(
      use.basis === 'inventory'
        ? `Park size from energy use in ${sizeYear}: ${Math.round(tce)} tce (calorific-equivalent method, base-year inventory).`
        : `Park size from energy use in ${sizeYear}: ${Math.round(tce)} tce (calorific-equivalent method, baseline scenario projection).`,
    );
    targets.push(
      limit(
        'nzcp-co2-per-tce',
        'CO2 per unit of energy use',
        'co2_per_tce',
        'max',
        threshold,
        'equivalent',
        `core indicator (veto); ${tier}; energy use in ${sizeYear}: ${Math.round(tce)} tce`,
      ),
    );
    targets.push(
      limit(
        'nzcp-clean-energy-share',
        'Clean-energy share of consumption',
        'clean_energy_share',
        'min',
        0.9,
        'coal_method',
        '>= 90%; coal-consumption method (statistical convention)',
      ),
    );
    targets.push(
      limit(
        'nzcp-waste-heat',
        'Residual heat, cold and pressure utilisation',
        'waste_heat_utilisation',
        'min',
        0.5,
        'equivalent',
        '>= 50%',
      ),
    );
  } else {
    targets.push(
      limit(
        'pnzc-energy-intensity',
        'Energy per 10^4 CNY industrial value added',
        'tce_per_10k_cny_va',
        'max',
        0.35,
        'equivalent',
        '<= 0.35 tce per 10^4 CNY; equivalent method assumed',
      ),
    );
    targets.push(
      limit(
        'pnzc-carbon-intensity',
        'CO2 per 10^4 CNY industrial value added',
        'tco2_per_10k_cny_va',
        'max',
        0.6,
        'equivalent',
        '<= 0.6 tCO2 per 10^4 CNY',
      ),
    );
    targets.push(
      limit(
        'pnzc-non-fossil-share',
        'Non-fossil share of energy use',
        'non_fossil_share',
        'min',
        0.2,
        'coal_method',
        '>= 20%; coal-consumption method (statistical convention)',
      ),
    );
    targets.push(
      limit(
        'pnzc-renewable-electricity',
        'Renewable electricity share (certificates included)',
        'renewable_electricity_share',
        'min',
        0.3,
        'equivalent',
        '>= 30%',
      ),
    );
    targets.push(
      limit(
        'pnzc-electrification',
        'Electrification rate',
        'electrification_rate',
        'min',
        0.5,
        'equivalent',
        '>= 50%; equivalent method assumed',
      ),
    );
    targets.push(limit('pnzc-waste-heat', 'Waste heat recovery', 'waste_heat_utilisation', 'min', 0.95, 'equivalent', '>= 95%'));
  }
  notes.push(`Targets are checked from ${from} on.`);
  return { targets, notes, not_modelled: tpl.not_modelled, sizing };
}
