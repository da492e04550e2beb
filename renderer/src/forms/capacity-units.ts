/**
 * Capacities are stored in kW and kWh (the plan's `capacity_kw`, `power_kw`, `energy_kwh`,
 * `electrolyser_kw`); forms may show them in MW and MWh for utility-scale plants. This is the
 * one place that converts: a field shown in MW has a display scale of 1/1000 on top of its own
 * (value shown = value stored x scale), so parsing, bounds and messages follow unchanged.
 */

export type CapacityUnit = 'kw' | 'mw' | 'kwh' | 'mwh';

const FACTOR: Record<CapacityUnit, number> = { kw: 1, mw: 1 / 1000, kwh: 1, mwh: 1 / 1000 };
const LARGE: Record<'kw' | 'kwh', CapacityUnit> = { kw: 'mw', kwh: 'mwh' };

/** The units a field stored in `stored` may be shown in (stored unit first), or null. */
export function capacityUnits(stored: string | null): readonly [CapacityUnit, CapacityUnit] | null {
  return stored === 'kw' || stored === 'kwh' ? [stored, LARGE[stored]] : null;
}

/** Display scale of a unit relative to the stored kW / kWh. */
export function capacityScale(unit: CapacityUnit): number {
  return FACTOR[unit];
}

/** A stored kW or kWh value as a number in `unit` (12 significant digits, no binary noise). */
export function toCapacityUnit(storedValue: number, unit: CapacityUnit): number {
  return Number((storedValue * FACTOR[unit]).toPrecision(12));
}

/** A number typed in `unit` as the stored kW or kWh value. */
export function fromCapacityUnit(shown: number, unit: CapacityUnit): number {
  return Number((shown / FACTOR[unit]).toPrecision(12));
}
