import type { CandidateOffer, OfferPart } from '../../../../core/optimise/candidate-offers.ts';
import type { RequestOf } from '../../../../core/api/contract.ts';

/**
 * The candidate table's drafts: what the user typed, as text, per candidate and part. Bounds
 * are shown in the units planners size plants in (MW, MWh, %, tCO2 a year) and sent in the
 * offer's units (kW, kWh, a share, tCO2 a year); costs are sent as typed.
 */

export interface CandidateDraft {
  include: boolean;
  bounds: Record<string, string>;
  /** Least sizes typed, per part; empty: none (the planner may build nothing). */
  mins: Record<string, string>;
  costs: Record<string, string>;
}

export type Drafts = Record<string, CandidateDraft>;

/** Keys of the units a size is shown in (`optimise.units.*`, words in the user's language). */
export type ShownUnitKey = 'MW' | 'MWh' | 'pct' | 'MWh_a' | 'tCO2_a' | 't_a' | 'GJ_a' | 'vehicles' | 'ha' | 'fuel_a';

/** How an offer unit is shown: the factor from the offer's unit to the shown one, and its label's key. */
export function shownUnit(unit: CandidateOffer['bounds'][number]['unit']): { factor: number; key: ShownUnitKey } {
  switch (unit) {
    case 'kW':
      return { factor: 1 / 1000, key: 'MW' };
    case 'kWh':
      return { factor: 1 / 1000, key: 'MWh' };
    case 'share':
      return { factor: 100, key: 'pct' };
    case 'MWh/a':
      return { factor: 1, key: 'MWh_a' };
    case 'tCO2/a':
      return { factor: 1, key: 'tCO2_a' };
    case 't/a':
      return { factor: 1, key: 't_a' };
    case 'GJ/a':
      return { factor: 1, key: 'GJ_a' };
    case 'vehicles':
      return { factor: 1, key: 'vehicles' };
    case 'ha':
      return { factor: 1, key: 'ha' };
    case 'carrier/a':
      return { factor: 1, key: 'fuel_a' };
  }
}

/** Enough digits that a planned size shows as planned, no binary noise. */
/**
 * A unit cost as shown: whole yuan from 100 up, else two decimals (a library path's value of
 * 3142.85714 CNY/kW shows as 3143). Sent only when the user changes it, so the shown rounding
 * never reaches the run.
 */
export function costForField(v: number): string {
  return String(Math.abs(v) >= 100 ? Math.round(v) : Number(v.toFixed(2)));
}

export function roundForField(v: number): string {
  return String(Number(v.toPrecision(9)));
}

export function draftOf(o: CandidateOffer): CandidateDraft {
  return {
    include: true,
    bounds: Object.fromEntries(o.bounds.map((b) => [b.part, roundForField(b.max * shownUnit(b.unit).factor)])),
    mins: Object.fromEntries(o.bounds.map((b) => [b.part, ''])),
    costs: Object.fromEntries(o.costs.map((c) => [c.part, costForField(c.value)])),
  };
}

/** A typed number: full-width digits and thousands separators allowed; null when not a number >= 0. */
export function parseField(text: string): number | null {
  const s = text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace('．', '.');
  if (s === '') return null;
  const v = Number(s);
  return Number.isFinite(v) && v >= 0 ? v : null;
}

export interface DraftProblem {
  id: string;
  part: OfferPart;
  /** `min`: the least size is not a number, or above the most. */
  field?: 'min';
}

/** The request's candidate edits, or the fields that are not numbers. */
export function editsOf(
  offers: readonly CandidateOffer[],
  drafts: Drafts,
): { ok: true; edits: NonNullable<RequestOf<'optimise.start'>['candidates']> } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const edits = offers.map((o) => {
    const d = drafts[o.id] ?? draftOf(o);
    const bounds = o.bounds.map((b) => {
      const v = parseField(d.bounds[b.part] ?? '');
      if (v === null && d.include) problems.push({ id: o.id, part: b.part });
      const max = (v ?? 0) / shownUnit(b.unit).factor;
      const top = b.unit === 'share' ? Math.min(1, max) : max;
      const minText = d.mins?.[b.part] ?? '';
      const m = minText.trim() === '' ? 0 : parseField(minText);
      if ((m === null || (v !== null && m > v)) && d.include) problems.push({ id: o.id, part: b.part, field: 'min' });
      const min = (m ?? 0) / shownUnit(b.unit).factor;
      return min > 0 ? { part: b.part, max: top, min: Math.min(min, top) } : { part: b.part, max: top };
    });
    // Only a changed cost is sent: an unchanged one keeps the library's path by build year,
    // where a typed figure holds flat for every year.
    const costs = o.costs.flatMap((c) => {
      const text = d.costs[c.part] ?? '';
      const v = parseField(text);
      if (v === null && d.include) problems.push({ id: o.id, part: c.part });
      return v === null || text === costForField(c.value) ? [] : [{ part: c.part, value: v }];
    });
    return { id: o.id, include: d.include, bounds, costs };
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, edits };
}

/** The park-wide bounds as typed on the screen (empty: no bound beyond the plan's own). */
export interface ParkDraft {
  /** Grid connection, MW. */
  import_mw: string;
  /** Export limit, MW. */
  export_mw: string;
  /** Largest green-power share of the grid purchase, %. */
  green_pct: string;
  /** Offsets at most, tCO2 a year. */
  offset_t: string;
  /** Investment a year at most, 10k CNY (万元). */
  budget_wan: string;
}

export type ParkField = keyof ParkDraft;

export const EMPTY_PARK: ParkDraft = { import_mw: '', export_mw: '', green_pct: '', offset_t: '', budget_wan: '' };

/** The request's `bounds` (MW, a share 0-1, tCO2 a year, CNY), or the fields that are not numbers. */
export function parkBoundsOf(
  d: ParkDraft,
): { ok: true; bounds: NonNullable<RequestOf<'optimise.start'>['bounds']> } | { ok: false; problems: ParkField[] } {
  const problems: ParkField[] = [];
  const read = (f: ParkField): number | undefined => {
    if (d[f].trim() === '') return undefined;
    const v = parseField(d[f]);
    if (v === null || (f === 'green_pct' && v > 100)) {
      problems.push(f);
      return undefined;
    }
    return v;
  };
  const imp = read('import_mw');
  const exp = read('export_mw');
  const green = read('green_pct');
  const offset = read('offset_t');
  const budget = read('budget_wan');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    bounds: {
      ...(imp === undefined ? {} : { import_limit_mw: imp }),
      ...(exp === undefined ? {} : { export_limit_mw: exp }),
      ...(green === undefined ? {} : { max_green_share: green / 100 }),
      ...(offset === undefined ? {} : { max_offset_tco2_per_year: offset }),
      ...(budget === undefined ? {} : { yearly_budget_cny: budget * 1e4 }),
    },
  };
}
