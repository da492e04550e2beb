import type { TechnologyId } from './technologies.ts';

/**
 * The default technology cost library: unit costs with a path by year (learning), lifetimes,
 * and for every number its source, data year, currency year and flags. Same spirit as the
 * factor library (core/factors/library.ts): shipped values carry their source and are shown to
 * users; projects override any of them with a source of their own (cost-set.ts).
 *
 * KEY SCHEME (what a cost override's `key` names): `cost.<technology>.<parameter>`, optionally
 * followed by `.<year>`:
 *   cost.<tech>.capex_cny_per_unit             capex per unit of size (kW, kWh, t/a, vehicle, ...)
 *   cost.storage_li_ion.capex_cny_per_kw       storage power part (PCS, transformer), per kW
 *   cost.<tech>.fixed_opex_cny_per_unit_year   fixed O&M per unit of size and year
 *   cost.<tech>.lifetime_years                 technical lifetime (informative: a measure's own
 *                                              `lifetime_years` drives replacements)
 * A key without a year replaces the whole path with one flat value; a key with a year adds or
 * replaces that point of the path (linear between points, flat before the first and after the last).
 *
 * HONESTY: `secondary` = read in a reprint or summary, not in the original publication;
 * `illustrative` = our own estimate within published ranges, to be replaced by project data.
 * Most values here are illustrative: a project's own quotes should override them.
 */

export const COST_PARAMETERS = [
  'capex_cny_per_unit',
  'capex_cny_per_kw',
  'fixed_opex_cny_per_unit_year',
  'lifetime_years',
] as const;
export type CostParameter = (typeof COST_PARAMETERS)[number];

export interface CostPoint {
  year: number;
  value: number;
}

/** One library value: a year path (one point = flat), with where it comes from. */
export interface CostEntry {
  points: readonly CostPoint[];
  /** Unit of the values, e.g. `CNY/kW`, `CNY/kWh/a`, `a`. */
  unit: string;
  source: string;
  /** Year the first point describes (the data year of the source). */
  year: number;
  /** Price level of the CNY values; null for lifetimes. */
  currency_year: number | null;
  secondary: boolean;
  illustrative: boolean;
  /** How the path beyond the published point was obtained. */
  note?: string;
}

const CPIA =
  'CPIA (China Photovoltaic Industry Association), China PV Industry Development Roadmap, 2023 edition: initial investment of PV systems';
const CNESA = 'CNESA (China Energy Storage Alliance) storage system price tracking, 2024 tender prices';
const IRENA = 'IRENA, Renewable Power Generation Costs in 2023: onshore wind total installed cost and O&M ranges, China';
const IEA_H2 = 'IEA, Global Hydrogen Review 2024: installed cost of alkaline electrolysers made in China';
const CCUS = 'ACCA21, Tsinghua University et al., China CCUS Annual Report 2021: capture cost ranges';
const OWN = 'ParkZero estimate (no public reference value); replace with project quotes';
const LEARNING = 'path after the first year: ParkZero assumption of continued cost decline (illustrative)';

type Spec = Omit<CostEntry, 'points'> & { points: CostPoint[] };
const path = (...pairs: [number, number][]): CostPoint[] => pairs.map(([year, value]) => ({ year, value }));
const flat = (value: number, year = 2024): CostPoint[] => [{ year, value }];

function entry(points: CostPoint[], unit: string, source: string, flags: Partial<Spec> = {}): Spec {
  return {
    points,
    unit,
    source,
    year: points[0]!.year,
    currency_year: unit === 'a' ? null : points[0]!.year,
    secondary: false,
    illustrative: true,
    ...(points.length > 1 ? { note: LEARNING } : {}),
    ...flags,
  };
}
const lifetime = (years: number, source = OWN) => entry(flat(years), 'a', source);

// prettier-ignore
export const COST_LIBRARY: Record<TechnologyId, Partial<Record<CostParameter, Spec>>> = {
  pv_rooftop: {
    capex_cny_per_unit: entry(path([2023, 3180], [2030, 2600], [2060, 1900]), 'CNY/kW', `${CPIA}, distributed (commercial and industrial) 3.18 CNY/W in 2023`, { secondary: true, illustrative: false, note: `2023 value: CPIA (secondary); ${LEARNING}` }),
    fixed_opex_cny_per_unit_year: entry(flat(50), 'CNY/kW/a', `${CPIA}: O&M of distributed PV about 0.05 CNY/W per year`, { secondary: true }),
    lifetime_years: lifetime(25, `${CPIA}: design life 25 years`),
  },
  pv_ground: {
    capex_cny_per_unit: entry(path([2023, 3400], [2030, 2800], [2060, 2000]), 'CNY/kW', `${CPIA}, ground-mounted 3.4 CNY/W in 2023`, { secondary: true, illustrative: false, note: `2023 value: CPIA (secondary); ${LEARNING}` }),
    fixed_opex_cny_per_unit_year: entry(flat(40), 'CNY/kW/a', `${CPIA}: O&M of ground-mounted PV about 0.04 CNY/W per year`, { secondary: true }),
    lifetime_years: lifetime(25, `${CPIA}: design life 25 years`),
  },
  wind_onshore: {
    capex_cny_per_unit: entry(path([2023, 5500], [2030, 4800], [2060, 4000]), 'CNY/kW', `${IRENA}; converted at 7.1 CNY/USD`, { secondary: true }),
    fixed_opex_cny_per_unit_year: entry(flat(150), 'CNY/kW/a', `${IRENA}; converted at 7.1 CNY/USD`, { secondary: true }),
    lifetime_years: lifetime(25, IRENA),
  },
  storage_li_ion: {
    capex_cny_per_unit: entry(path([2024, 800], [2030, 550], [2060, 350]), 'CNY/kWh', `${CNESA}: energy part (cells, racks, BMS) of 2-hour LFP systems`, { secondary: true }),
    capex_cny_per_kw: entry(path([2024, 250], [2030, 200], [2060, 150]), 'CNY/kW', `${CNESA}: power part (PCS, transformer, connection)`, { secondary: true }),
    fixed_opex_cny_per_unit_year: entry(flat(15), 'CNY/kWh/a', OWN),
    lifetime_years: lifetime(15, CNESA),
  },
  electrolyser_alkaline: {
    capex_cny_per_unit: entry(path([2024, 2000], [2030, 1300], [2060, 800]), 'CNY/kW', `${IEA_H2}, with balance of plant and installation; converted at 7.1 CNY/USD`, { secondary: true }),
    fixed_opex_cny_per_unit_year: entry(flat(40), 'CNY/kW/a', `${OWN}: 2% of capex per year`),
    lifetime_years: lifetime(20, IEA_H2),
  },
  waste_heat_recovery: {
    capex_cny_per_unit: entry(flat(300), 'CNY/(GJ/a)', `${OWN}: heat exchangers, piping and controls per GJ recovered a year`),
    fixed_opex_cny_per_unit_year: entry(flat(8), 'CNY/(GJ/a)/a', OWN),
    lifetime_years: lifetime(20),
  },
  ccus_capture: {
    capex_cny_per_unit: entry(flat(2000), 'CNY/(t/a)', `${CCUS}; capex per t/a of capture capacity estimated from them`, { secondary: true }),
    fixed_opex_cny_per_unit_year: entry(flat(200), 'CNY/(t/a)/a', `${CCUS}: operating cost without energy (the energy penalty is counted as electricity)`, { secondary: true }),
    lifetime_years: lifetime(25),
  },
  ev_truck: {
    capex_cny_per_unit: entry(path([2024, 300_000], [2030, 240_000], [2060, 200_000]), 'CNY/vehicle', `${OWN}: battery-electric light truck or van`),
    fixed_opex_cny_per_unit_year: entry(flat(10_000), 'CNY/vehicle/a', OWN),
    lifetime_years: lifetime(8),
  },
  h2_truck: {
    capex_cny_per_unit: entry(path([2024, 1_000_000], [2030, 600_000], [2060, 400_000]), 'CNY/vehicle', `${OWN}: fuel-cell heavy truck`),
    fixed_opex_cny_per_unit_year: entry(flat(30_000), 'CNY/vehicle/a', OWN),
    lifetime_years: lifetime(8),
  },
  green_space: {
    capex_cny_per_unit: entry(flat(150_000), 'CNY/ha', `${OWN}: planting of park green space (15 CNY/m2)`),
    fixed_opex_cny_per_unit_year: entry(flat(5_000), 'CNY/ha/a', OWN),
    lifetime_years: lifetime(50),
  },
};

/** Every library key (`cost.<tech>.<parameter>`) with its entry, in a stable order. */
export function costLibraryEntries(): { key: string; technology: TechnologyId; parameter: CostParameter; entry: CostEntry }[] {
  const out: { key: string; technology: TechnologyId; parameter: CostParameter; entry: CostEntry }[] = [];
  for (const [tech, params] of Object.entries(COST_LIBRARY) as [TechnologyId, Partial<Record<CostParameter, Spec>>][])
    for (const p of COST_PARAMETERS) {
      const e = params[p];
      if (e !== undefined) out.push({ key: `cost.${tech}.${p}`, technology: tech, parameter: p, entry: e });
    }
  return out;
}
