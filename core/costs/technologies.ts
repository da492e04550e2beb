import type { Measure, MeasureKind } from '../model/measures.ts';
import type { ErrorReason } from '../api/result.ts';
import { planIssueReason } from '../text/plan-issue-text.ts';

/**
 * Technologies of the cost library and how a measure is sized. A measure's size is the quantity
 * its unit costs multiply: one number in the kind's size unit (storage also has a power part).
 * Kinds whose size is a share (fuel switch, efficiency) or a traded quantity (green power,
 * offsets) have no library technology: their unit cost is the measure's own, 0 when absent.
 */

export const TECHNOLOGY_IDS = [
  'pv_rooftop',
  'pv_ground',
  'wind_onshore',
  'storage_li_ion',
  'electrolyser_alkaline',
  'waste_heat_recovery',
  'ccus_capture',
  'ev_truck',
  'h2_truck',
  'green_space',
] as const;
export type TechnologyId = (typeof TECHNOLOGY_IDS)[number];

/** Size units, as keys of the renderer's and reports' unit labels. */
export const SIZE_UNITS = [
  'kw',
  'kwh',
  't_per_year',
  'vehicle',
  'gj_per_year',
  'ha',
  'share',
  'mwh_per_year',
  'carrier_unit_per_year',
] as const;
export type SizeUnit = (typeof SIZE_UNITS)[number];

/** Technologies a measure kind may name in `technology` (first = default unless said otherwise). */
export const KIND_TECHNOLOGIES: Record<MeasureKind, readonly TechnologyId[]> = {
  pv: ['pv_rooftop', 'pv_ground'],
  wind: ['wind_onshore'],
  storage: ['storage_li_ion'],
  green_power: [],
  fuel_switch: [],
  efficiency: [],
  waste_heat: ['waste_heat_recovery'],
  green_hydrogen: ['electrolyser_alkaline'],
  transport: ['ev_truck', 'h2_truck'],
  carbon_sink: ['green_space'],
  ccus: ['ccus_capture'],
  offset: [],
};

/**
 * The technology whose library costs a measure uses: its own `technology` when given, else the
 * kind's default. PV names no consumers when it is ground-mounted (the roof check says the same),
 * so PV on named consumers defaults to rooftop and park-wide PV to ground; a transport measure
 * follows its drive.
 */
export function measureTechnology(m: Measure): TechnologyId | null {
  if (m.technology !== undefined) return m.technology;
  if (m.kind === 'pv') return m.consumer_ids.length > 0 ? 'pv_rooftop' : 'pv_ground';
  if (m.kind === 'transport') return m.params.drive === 'hydrogen' ? 'h2_truck' : 'ev_truck';
  return KIND_TECHNOLOGIES[m.kind][0] ?? null;
}

export interface MeasureSize {
  /** Quantity the unit capex and unit fixed O&M multiply, in `unit`. */
  size: number;
  unit: SizeUnit;
  /** Storage only: power, kW, which `capex_cny_per_kw` multiplies. */
  power_kw: number;
}

/** The size of a measure at full scale (before the ramp). */
export function measureSize(m: Measure): MeasureSize {
  const s = (size: number, unit: SizeUnit): MeasureSize => ({ size, unit, power_kw: 0 });
  switch (m.kind) {
    case 'pv':
    case 'wind':
      return s(m.params.capacity_kw, 'kw');
    case 'storage':
      return { size: m.params.energy_kwh, unit: 'kwh', power_kw: m.params.power_kw };
    case 'green_power':
      return m.params.mode === 'mwh' ? s(m.params.amount_mwh, 'mwh_per_year') : s(m.params.share_of_grid, 'share');
    case 'fuel_switch':
      return m.params.share !== null ? s(m.params.share, 'share') : s(m.params.amount ?? 0, 'carrier_unit_per_year');
    case 'efficiency':
      return s(m.params.saving_share, 'share');
    case 'waste_heat':
      return s(m.params.heat_recovered_gj, 'gj_per_year');
    case 'green_hydrogen':
      return s(m.params.electrolyser_kw, 'kw');
    case 'transport':
      return s(m.params.vehicles, 'vehicle');
    case 'carbon_sink':
      return s(m.params.area_ha, 'ha');
    case 'ccus':
      return s(m.params.captured_tco2, 't_per_year');
    case 'offset':
      return s(m.params.tco2, 't_per_year');
  }
}

/** A measure's cost fields that do not fit its kind, or null. Checked with the plan and after overrides. */
export function measureCostProblem(m: Measure): { field: string; message: string; reason: ErrorReason } | null {
  if (m.technology !== undefined && !KIND_TECHNOLOGIES[m.kind].includes(m.technology)) {
    const known = KIND_TECHNOLOGIES[m.kind];
    return {
      field: 'technology',
      message:
        known.length === 0
          ? `a ${m.kind} measure has no library technology; give its own unit costs`
          : `technology "${m.technology}" does not fit a ${m.kind} measure (one of: ${known.join(', ')})`,
      reason: planIssueReason(known.length === 0 ? 'no_library_technology' : 'technology_mismatch'),
    };
  }
  if (m.capex_cny_per_kw !== undefined && m.kind !== 'storage')
    return {
      field: 'capex_cny_per_kw',
      message: 'capex per kW of power is a storage field; give capex_cny_per_unit',
      reason: planIssueReason('capex_per_kw_storage_only'),
    };
  return null;
}
