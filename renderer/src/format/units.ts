import { CARRIERS, type CarrierId } from '../../../core/model/carriers.ts';

/** The i18n key of each physical unit used in the model (units.* in the language files). */
export type UnitKey = 't' | 'nm3_10k' | 'mwh' | 'gj' | 'tco2' | 'cny_10k';

const CARRIER_UNIT: Record<(typeof CARRIERS)[number]['unit'], UnitKey> = {
  t: 't',
  '10^4 Nm3': 'nm3_10k',
  MWh: 'mwh',
  GJ: 'gj',
};

export function carrierUnitKey(id: CarrierId): UnitKey {
  const carrier = CARRIERS.find((c) => c.id === id);
  if (carrier === undefined) throw new Error(`unknown carrier ${id}`);
  return CARRIER_UNIT[carrier.unit];
}
