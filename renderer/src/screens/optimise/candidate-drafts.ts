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
  costs: Record<string, string>;
}

export type Drafts = Record<string, CandidateDraft>;

/** How an offer unit is shown: the factor from the offer's unit to the shown one, and its label. */
export function shownUnit(unit: CandidateOffer['bounds'][number]['unit']): { factor: number; label: string } {
  switch (unit) {
    case 'kW':
      return { factor: 1 / 1000, label: 'MW' };
    case 'kWh':
      return { factor: 1 / 1000, label: 'MWh' };
    case 'share':
      return { factor: 100, label: '%' };
    case 'MWh/a':
      return { factor: 1, label: 'MWh/a' };
    case 'tCO2/a':
      return { factor: 1, label: 'tCO₂/a' };
  }
}

/** Enough digits that a planned size shows as planned, no binary noise. */
export function roundForField(v: number): string {
  return String(Number(v.toPrecision(9)));
}

export function draftOf(o: CandidateOffer): CandidateDraft {
  return {
    include: true,
    bounds: Object.fromEntries(o.bounds.map((b) => [b.part, roundForField(b.max * shownUnit(b.unit).factor)])),
    costs: Object.fromEntries(o.costs.map((c) => [c.part, roundForField(c.value)])),
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
      return { part: b.part, max: b.unit === 'share' ? Math.min(1, max) : max };
    });
    // Only a changed cost is sent: an unchanged one keeps the library's path by build year,
    // where a typed figure holds flat for every year.
    const costs = o.costs.flatMap((c) => {
      const text = d.costs[c.part] ?? '';
      const v = parseField(text);
      if (v === null && d.include) problems.push({ id: o.id, part: c.part });
      return v === null || text === roundForField(c.value) ? [] : [{ part: c.part, value: v }];
    });
    return { id: o.id, include: d.include, bounds, costs };
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, edits };
}
