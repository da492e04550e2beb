import fc from 'fast-check';
import { Plan } from '../../../core/model/plan.ts';
import type { PlanInput } from '../../../core/model/plan.ts';
import { ENERGY_KEYS } from '../../../core/model/carriers.ts';
import { GRID_REGIONS } from '../../../core/model/park.ts';

/**
 * Arbitrary valid plans: 1-4 consumers, a root and a child with 0-8 measures of any kind, and
 * a grandchild without differences. The root may set a park-wide output growth path, which the
 * child inherits or replaces by the consumers' own rates. Values span the schema bounds where that stays cheap;
 * pathways are short (0-12 years) so hundreds of runs stay fast.
 */
const FOSSIL = ['coal', 'coke', 'natural_gas', 'diesel', 'gasoline', 'fuel_oil', 'lpg'] as const;
const CARRIER = [...FOSSIL, 'electricity', 'heat', 'hydrogen'] as const;

const amount = (max: number) => fc.oneof(fc.constant(0), fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }));

const energy = fc.record(
  Object.fromEntries(ENERGY_KEYS.map((k) => [k, amount(1e6)])) as Record<(typeof ENERGY_KEYS)[number], fc.Arbitrary<number>>,
  { requiredKeys: [] },
);

const consumerArb = (i: number) =>
  fc.record({
    id: fc.constant(`c${i}`),
    name: fc.constant(`Consumer ${i}`),
    sector: fc.constantFrom('metals', 'chemicals', 'offices', 'logistics'),
    load_profile: fc.constantFrom('continuous', 'two_shift', 'office'),
    output_value_10k_cny: amount(1e7),
    value_added_10k_cny: amount(1e6),
    energy,
    process_emissions_tco2: amount(1e6),
    output_growth_rate: fc.double({ min: -0.5, max: 1, noNaN: true }),
    efficiency_gain_rate: fc.double({ min: 0, max: 0.2, noNaN: true }),
    roof_area_m2: amount(1e6),
    waste_heat_available_gj: amount(1e6),
  });

function paramsFor(kind: string): fc.Arbitrary<Record<string, unknown>> {
  switch (kind) {
    case 'pv':
      return fc.record({
        capacity_kw: amount(1e5),
        specific_yield_kwh_per_kw: fc.oneof(fc.constant(null), amount(3000)),
        degradation_rate: fc.double({ min: 0, max: 0.05, noNaN: true }),
      });
    case 'wind':
      return fc.record({ capacity_kw: amount(1e5), full_load_hours: fc.oneof(fc.constant(null), amount(8760)) });
    case 'storage':
      return fc.record({
        power_kw: amount(1e5),
        energy_kwh: amount(1e6),
        round_trip_efficiency: fc.double({ min: 0.3, max: 1, noNaN: true }),
      });
    case 'green_power':
      return fc.oneof(
        fc.record({ mode: fc.constant('mwh'), amount_mwh: amount(1e7) }),
        fc.record({ mode: fc.constant('share'), share_of_grid: fc.double({ min: 0, max: 1, noNaN: true }) }),
      );
    case 'fuel_switch':
      return fc
        .record({
          from_carrier: fc.constantFrom(...FOSSIL),
          to_carrier: fc.constantFrom(...CARRIER),
          byShare: fc.boolean(),
          share: fc.double({ min: 0, max: 10, noNaN: true }),
          amount: amount(1e6),
          from_efficiency: fc.double({ min: 0.05, max: 1, noNaN: true }),
          to_efficiency: fc.double({ min: 0.05, max: 8, noNaN: true }),
        })
        .filter((p) => p.from_carrier !== p.to_carrier)
        .map(({ byShare, share, amount: a, ...rest }) => ({
          ...rest,
          share: byShare ? share : null,
          amount: byShare ? null : a,
        }));
    case 'efficiency':
      return fc.record({
        carrier: fc.oneof(fc.constant(null), fc.constantFrom(...CARRIER)),
        saving_share: fc.double({ min: 0, max: 10, noNaN: true }),
      });
    case 'waste_heat':
      return fc.record({
        heat_recovered_gj: amount(1e7),
        displaced_carrier: fc.constantFrom(...FOSSIL, 'heat', 'electricity'),
        displaced_efficiency: fc.double({ min: 0.05, max: 8, noNaN: true }),
        pressure_power_mwh: amount(1e5),
      });
    case 'green_hydrogen':
      return fc.record({
        electrolyser_kw: amount(1e5),
        operating_hours: amount(8760),
        kwh_per_kg: fc.double({ min: 35, max: 80, noNaN: true }),
        displaced_carrier: fc.constantFrom('diesel', 'natural_gas', 'coal', 'gasoline', 'lpg', 'hydrogen'),
        substitution_ratio: fc.double({ min: 0.2, max: 3, noNaN: true }),
      });
    case 'transport':
      return fc.record({
        vehicles: fc.integer({ min: 0, max: 10_000 }),
        km_per_vehicle_year: amount(5e5),
        fuel: fc.constantFrom('diesel', 'gasoline', 'lpg', 'natural_gas'),
        fuel_per_100km: amount(1),
        kwh_per_km: fc.double({ min: 0.05, max: 10, noNaN: true }),
        drive: fc.constantFrom('electric', 'hydrogen'),
      });
    case 'carbon_sink':
      return fc.record({ area_ha: amount(1e4), uptake_tco2_per_ha_year: amount(50) });
    case 'ccus':
      return fc.record({ captured_tco2: amount(1e7), energy_penalty_kwh_per_t: amount(2000) });
    default:
      return fc.record({ tco2: amount(1e6), price_cny_per_t: amount(5000) });
  }
}

const KINDS = [
  'pv',
  'wind',
  'storage',
  'green_power',
  'fuel_switch',
  'efficiency',
  'waste_heat',
  'green_hydrogen',
  'transport',
  'carbon_sink',
  'ccus',
  'offset',
] as const;

const measureArb = (i: number, nConsumers: number, base: number, horizon: number) =>
  fc.constantFrom(...KINDS).chain((kind) =>
    fc.record({
      id: fc.constant(`m${i}`),
      name: fc.constant(`Measure ${i}`),
      kind: fc.constant(kind),
      start_year: fc.integer({ min: base - 2, max: horizon }),
      ramp_years: fc.integer({ min: 0, max: 5 }),
      lifetime_years: fc.integer({ min: 1, max: 40 }),
      capex_cny: amount(1e9),
      fixed_opex_cny_per_year: amount(1e7),
      consumer_ids: fc.subarray(Array.from({ length: nConsumers }, (_, c) => `c${c}`)),
      params: paramsFor(kind),
    }),
  );

export const planArb: fc.Arbitrary<Plan> = fc
  .record({
    nConsumers: fc.integer({ min: 1, max: 4 }),
    base: fc.integer({ min: 2018, max: 2030 }),
    span: fc.integer({ min: 0, max: 12 }),
    nMeasures: fc.integer({ min: 0, max: 8 }),
  })
  .chain(({ nConsumers, base, span, nMeasures }) =>
    fc.record({
      park: fc.record({
        name: fc.constant('Arbitrary park'),
        province: fc.constantFrom('Sichuan', 'Hebei', '青海', 'Atlantis', 'Jiangsu'),
        city: fc.constantFrom('Chengdu', 'Shijiazhuang', 'X'),
        grid_region: fc.constantFrom(...GRID_REGIONS),
        base_year: fc.constant(base),
        horizon_year: fc.constant(base + span),
        currency: fc.constant('CNY' as const),
        discount_rate: fc.double({ min: 0, max: 0.3, noNaN: true }),
      }),
      consumers: fc.tuple(...Array.from({ length: nConsumers }, (_, i) => consumerArb(i))),
      scope: fc.constantFrom('national', 'regional', 'provincial'),
      decline: fc.double({ min: -0.1, max: 0.3, noNaN: true }),
      measures:
        nMeasures === 0
          ? fc.constant([])
          : fc.tuple(...Array.from({ length: nMeasures }, (_, i) => measureArb(i, nConsumers, base, base + span))),
      disableFirst: fc.boolean(),
      // Park-wide output growth: none (each consumer's own rate), or 1-4 points whose years may
      // lie before, inside and after the pathway, rates anywhere within the Rate bounds.
      growthPath: fc.oneof(
        fc.constant(null),
        fc
          .uniqueArray(fc.integer({ min: base - 3, max: base + span + 3 }), { minLength: 1, maxLength: 4 })
          .chain((years) =>
            fc.tuple(
              ...years
                .sort((a, b) => a - b)
                .map((year) => fc.record({ year: fc.constant(year), value: fc.double({ min: -0.5, max: 1, noNaN: true }) })),
            ),
          ),
      ),
      // The child either inherits the root's growth setting or goes back to own rates (null).
      childOwnRates: fc.boolean(),
    }),
  )
  .map(({ park, consumers, scope, decline, measures, disableFirst, growthPath, childOwnRates }) => {
    const input = {
      format: 'parkzero-plan',
      format_version: 2,
      park,
      consumers,
      scenarios: [
        {
          id: 'root',
          name: 'Root',
          parent_id: null,
          settings: { grid_factor_scope: scope, grid_factor_decline_rate: decline, output_growth_path: growthPath },
          measures: measures.slice(0, 2),
        },
        {
          id: 'child',
          name: 'Child',
          parent_id: 'root',
          settings: childOwnRates ? { output_growth_path: null } : {},
          measures: measures.slice(2),
          measure_overrides: disableFirst && measures.length > 0 ? [{ measure_id: 'm0', disabled: true }] : [],
        },
        { id: 'same', name: 'Same as child', parent_id: 'child' },
      ],
      targets: [
        {
          id: 't1',
          name: 'Coal',
          kind: 'limit',
          indicator: 'coal_t',
          bound: 'max',
          path: [{ year: park.base_year, value: 1e5 }],
        },
        {
          id: 't2',
          name: 'Share',
          kind: 'limit',
          indicator: 'clean_energy_share',
          bound: 'min',
          path: [{ year: park.base_year, value: 0.5 }],
        },
        { id: 't3', name: 'Peak', kind: 'peak', indicator: 'net_emissions_tco2', peak_by_year: park.base_year + 1 },
      ],
    } as unknown as PlanInput;
    return Plan.parse(input);
  });
