import { describe, expect, it } from 'vitest';
import {
  draftOf,
  editsOf,
  EMPTY_PARK,
  parkBoundsOf,
  parseField,
  shownUnit,
} from '../../../../renderer/src/screens/optimise/candidate-drafts.ts';
import type { CandidateOffer } from '../../../../core/optimise/candidate-offers.ts';

const storage: CandidateOffer = {
  id: 'battery',
  kind: 'storage',
  name: 'Battery',
  scenario_id: 'near-zero',
  consumer_ids: [],
  bounds: [
    { part: 'power', max: 20_000, unit: 'kW' },
    { part: 'energy', max: 40_000, unit: 'kWh' },
  ],
  costs: [
    { part: 'power', value: 300, unit: 'CNY/kW', origin: 'library', source: 'CNESA' },
    { part: 'energy', value: 900, unit: 'CNY/kWh', origin: 'library', source: 'CNESA' },
  ],
};
const green: CandidateOffer = {
  id: 'green',
  kind: 'green_power',
  name: 'Green power',
  scenario_id: 'near-zero',
  consumer_ids: [],
  bounds: [{ part: 'green_power', max: 0.3, unit: 'share' }],
  costs: [{ part: 'green_power', value: 30, unit: 'CNY/MWh', origin: 'measure', source: '' }],
};

describe('candidate drafts of the Plan-to-targets screen', () => {
  it('shows kW as MW, kWh as MWh and shares in %', () => {
    expect(draftOf(storage).bounds).toEqual({ power: '20', energy: '40' });
    expect(draftOf(green).bounds).toEqual({ green_power: '30' });
  });

  it('sends maxima back in the offer units and only the unit costs the user changed', () => {
    const drafts = {
      battery: { ...draftOf(storage), bounds: { power: '10', energy: '１,５00' }, costs: { power: '300', energy: '700' } },
      green: { ...draftOf(green), bounds: { green_power: '150' } },
    };
    const r = editsOf([storage, green], drafts);
    expect(r).toEqual({
      ok: true,
      edits: [
        {
          id: 'battery',
          include: true,
          bounds: [
            { part: 'power', max: 10_000 },
            { part: 'energy', max: 1_500_000 },
          ],
          costs: [{ part: 'energy', value: 700 }],
        },
        // A share above 100% is capped at the whole purchase.
        { id: 'green', include: true, bounds: [{ part: 'green_power', max: 1 }], costs: [] },
      ],
    });
  });

  it('names the fields that are not numbers, except on a left-out candidate', () => {
    const drafts = {
      battery: { ...draftOf(storage), bounds: { power: 'ten', energy: '40' } },
      green: { ...draftOf(green), include: false, bounds: { green_power: '' } },
    };
    expect(editsOf([storage, green], drafts)).toEqual({ ok: false, problems: [{ id: 'battery', part: 'power' }] });
    expect(parseField('-1')).toBeNull();
    expect(parseField('1，234．5')).toBe(1234.5);
  });

  it('sends a typed minimum in the offer units, refuses one above the maximum, and sizes annual measures in their own units', () => {
    const ccus: CandidateOffer = {
      id: 'ccus',
      kind: 'ccus',
      name: 'CCUS',
      scenario_id: 'near-zero',
      consumer_ids: [],
      bounds: [{ part: 'size', max: 50_000, unit: 't/a' }],
      costs: [],
    };
    expect(shownUnit('t/a')).toEqual({ factor: 1, key: 't_a' });
    expect(draftOf(ccus)).toEqual({ include: true, bounds: { size: '50000' }, mins: { size: '' }, costs: {} });
    const ok = editsOf([storage, ccus], {
      battery: { ...draftOf(storage), mins: { power: '5', energy: '' } },
      ccus: { ...draftOf(ccus), mins: { size: '10000' } },
    });
    expect(ok).toEqual({
      ok: true,
      edits: [
        {
          id: 'battery',
          include: true,
          bounds: [
            { part: 'power', max: 20_000, min: 5_000 },
            { part: 'energy', max: 40_000 },
          ],
          costs: [],
        },
        { id: 'ccus', include: true, bounds: [{ part: 'size', max: 50_000, min: 10_000 }], costs: [] },
      ],
    });
    const bad = editsOf([ccus], { ccus: { ...draftOf(ccus), mins: { size: '60000' } } });
    expect(bad).toEqual({ ok: false, problems: [{ id: 'ccus', part: 'size', field: 'min' }] });
  });

  it('turns the park-wide limits typed in MW, %, tCO2 a year and 10k CNY into the request bounds', () => {
    expect(parkBoundsOf(EMPTY_PARK)).toEqual({ ok: true, bounds: {} });
    expect(parkBoundsOf({ import_mw: '80', export_mw: '０', green_pct: '30', offset_t: '', budget_wan: '5,000' })).toEqual({
      ok: true,
      bounds: { import_limit_mw: 80, export_limit_mw: 0, max_green_share: 0.3, yearly_budget_cny: 50_000_000 },
    });
    expect(parkBoundsOf({ ...EMPTY_PARK, green_pct: '120', import_mw: 'lots' })).toEqual({
      ok: false,
      problems: ['import_mw', 'green_pct'],
    });
  });
});
