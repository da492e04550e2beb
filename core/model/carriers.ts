/**
 * Energy carriers a park consumes, each with the physical unit its quantities are kept in.
 * The unit is part of every field name that holds a quantity (`coal_t`, `electricity_mwh`),
 * so a number never travels without its unit. Conversions live in `core/units`.
 */
export const CARRIERS = [
  { id: 'coal', unit: 't', energyKey: 'coal_t', fossil: true },
  { id: 'coke', unit: 't', energyKey: 'coke_t', fossil: true },
  // 10^4 Nm3 (wan cubic metres) is the unit of Chinese energy statistics for gas.
  { id: 'natural_gas', unit: '10^4 Nm3', energyKey: 'natural_gas_10k_nm3', fossil: true },
  { id: 'diesel', unit: 't', energyKey: 'diesel_t', fossil: true },
  { id: 'gasoline', unit: 't', energyKey: 'gasoline_t', fossil: true },
  { id: 'fuel_oil', unit: 't', energyKey: 'fuel_oil_t', fossil: true },
  { id: 'lpg', unit: 't', energyKey: 'lpg_t', fossil: true },
  { id: 'electricity', unit: 'MWh', energyKey: 'electricity_mwh', fossil: false },
  // Purchased heat and steam, measured as delivered heat.
  { id: 'heat', unit: 'GJ', energyKey: 'heat_gj', fossil: false },
  // Purchased hydrogen (on-site green hydrogen is a measure, not a purchase).
  { id: 'hydrogen', unit: 't', energyKey: 'hydrogen_t', fossil: false },
] as const;

export type CarrierId = (typeof CARRIERS)[number]['id'];
export type EnergyKey = (typeof CARRIERS)[number]['energyKey'];

export const CARRIER_IDS = CARRIERS.map((c) => c.id) as unknown as readonly [CarrierId, ...CarrierId[]];
export const ENERGY_KEYS = CARRIERS.map((c) => c.energyKey) as unknown as readonly [EnergyKey, ...EnergyKey[]];

export function carrierById(id: CarrierId): (typeof CARRIERS)[number] {
  const found = CARRIERS.find((c) => c.id === id);
  if (!found) throw new Error(`unknown carrier ${id}`);
  return found;
}

export function energyKeyOf(id: CarrierId): EnergyKey {
  return carrierById(id).energyKey;
}
