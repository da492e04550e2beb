import type { TFunction } from 'i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { UncertainInput } from '../../../../core/uncertainty/schema.ts';
import { COST_INPUT_PARAMETERS, costReach } from '../../../../core/uncertainty/cost-inputs.ts';
import type { CostInputParameter } from '../../../../core/uncertainty/cost-inputs.ts';
import { TECHNOLOGY_IDS } from '../../../../core/costs/technologies.ts';
import type { TechnologyId } from '../../../../core/costs/technologies.ts';
import type { NamedEntity } from '../../../../core/text/names.ts';

/** Names an enterprise or measure; screens pass `useLocalName()` so names follow the screen's language. */
type NameOf = (e: NamedEntity) => string;
const primary: NameOf = (e) => e.name;

const FIELDS = [
  'output_growth_rate',
  'efficiency_gain_rate',
  'start_year',
  'capex_cny',
  'fixed_opex_cny_per_year',
  'specific_yield_kwh_per_kw',
  'full_load_hours',
  'premium_cny_per_mwh',
] as const;
const CARRIERS = ['coal_cny_per_t', 'natural_gas_cny_per_10k_nm3', 'electricity_cny_per_mwh'] as const;

function fieldLabel(field: string, t: TFunction): string {
  const key = field.replace(/^params\./, '');
  return (FIELDS as readonly string[]).includes(key) ? t(`risk.field.${key as (typeof FIELDS)[number]}`) : t('risk.field.other');
}

/**
 * What an input's address changes, said in the reader's language with the plan's own names
 * (enterprises and measures), never the address itself: Chinese output shows no paths.
 */
export function addressLabel(plan: Plan, address: string, t: TFunction, nameOf: NameOf = primary): string {
  if (address === 'settings.carbon_price_cny_per_t') return t('risk.what.carbonPrice');
  if (address === 'settings.grid_factor_decline_rate') return t('risk.what.gridDecline');
  if (address === 'settings.demand_charge_cny_per_kw_month') return t('risk.what.demandCharge');
  if (address === 'settings.output_growth_path') return t('risk.what.growthPath');
  const price = /^settings\.energy_prices\.(.+)$/.exec(address);
  if (price) {
    const c = price[1]!;
    const carrier = (CARRIERS as readonly string[]).includes(c)
      ? t(`risk.carrier.${c as (typeof CARRIERS)[number]}`)
      : t('risk.carrier.other');
    return t('risk.what.energyPrice', { carrier });
  }
  const consumer = /^consumers\[([^\]]+)\]\.(.+)$/.exec(address);
  if (consumer) {
    const [, sel, field] = consumer as unknown as [string, string, string];
    const who =
      sel === '*'
        ? t('risk.what.everyEnterprise')
        : (() => {
            const c = plan.consumers.find((x) => x.id === sel);
            return c === undefined ? sel : nameOf(c);
          })();
    return t('risk.what.consumerField', { field: fieldLabel(field, t), who });
  }
  const measure = /^measures\[([^\]]+)\]\.(.+)$/.exec(address);
  if (measure) {
    const [, sel, field] = measure as unknown as [string, string, string];
    const name = sel.startsWith('kind=')
      ? t('risk.what.everyMeasure', { kind: t(`measureKind.${sel.slice(5)}` as 'measureKind.pv') })
      : (() => {
          const m = plan.scenarios.flatMap((s) => s.measures).find((x) => x.id === sel);
          return m === undefined ? sel : nameOf(m);
        })();
    return t('risk.what.measureField', { field: fieldLabel(field, t), measure: name });
  }
  const cost = costAddress(address);
  if (cost)
    return t('risk.what.technologyCost', {
      technology: t(`factors.costs.technology.${cost.technology}`),
      parameter: t(`risk.costParameter.${cost.parameter}`),
    });
  return t('risk.what.other');
}

function costAddress(address: string): { technology: TechnologyId; parameter: CostInputParameter } | null {
  const m = /^costs\[([^\]]+)\]\.(.+)$/.exec(address);
  if (!m || !(TECHNOLOGY_IDS as readonly string[]).includes(m[1]!)) return null;
  if (!(COST_INPUT_PARAMETERS as readonly string[]).includes(m[2]!)) return null;
  return { technology: m[1] as TechnologyId, parameter: m[2] as CostInputParameter };
}

/**
 * For a technology's unit cost, the measures it moves and how ("Rooftop PV (own unit cost)"),
 * in the reader's language; null for other inputs. A migrated measure carries its own quote,
 * which moves with the library path: saying so avoids the surprise either way.
 */
export function costReachLabel(plan: Plan, address: string, t: TFunction, nameOf: NameOf = primary): string | null {
  const cost = costAddress(address);
  if (!cost) return null;
  const reach = costReach(plan, cost.technology, cost.parameter);
  if (reach.length === 0) return t('risk.reach.none');
  const list = reach
    .map((r) => {
      const m = plan.scenarios.find((s) => s.id === r.scenario_id)?.measures.find((x) => x.id === r.measure_id);
      const measure = m === undefined ? r.measure_name : nameOf(m);
      return t(r.via === 'own' ? 'risk.reach.own' : 'risk.reach.library', { measure });
    })
    .join(t('risk.reach.separator'));
  return t('risk.reach.affects', { list });
}

/** Low, central and high of an editable distribution (null for normal and lognormal). */
export function editableRange(input: UncertainInput): [number, number, number] | null {
  const d = input.distribution;
  if (d.kind === 'three_point') return [d.low, d.central, d.high];
  if (d.kind === 'triangular') return [d.min, d.mode, d.max];
  if (d.kind === 'uniform') return [d.min, (d.min + d.max) / 2, d.max];
  return null;
}

/** The distribution with one of low (0), central (1) or high (2) replaced; a uniform's central is not its own. */
export function withRangeValue(input: UncertainInput, which: 0 | 1 | 2, value: number): UncertainInput['distribution'] {
  const d = input.distribution;
  if (d.kind === 'three_point') return { ...d, [(['low', 'central', 'high'] as const)[which]]: value };
  if (d.kind === 'triangular') return { ...d, [(['min', 'mode', 'max'] as const)[which]]: value };
  if (d.kind === 'uniform' && which !== 1) return { ...d, [which === 0 ? 'min' : 'max']: value };
  return d;
}
