import { describe, expect, it } from 'vitest';
import { sample2024Plan } from '../../fixtures/sample-park-2024.ts';
import { editedBounds, editedCandidates, offerCandidates, plannerCandidates } from '../../../core/optimise/candidate-offers.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import type { Plan } from '../../../core/model/plan.ts';

const BASE = 'clean-transition';

describe('the candidates the app offers and edits', () => {
  const plan = sample2024Plan();

  it('describes each candidate in the units planners type, with the origin of each unit cost', () => {
    const offers = offerCandidates(plan, BASE);
    const pv = offers.find((o) => o.id === 'ground-pv')!;
    expect(pv.bounds).toEqual([{ part: 'capacity', max: 50_000, unit: 'kW' }]);
    expect(pv.costs[0]).toMatchObject({ part: 'capacity', unit: 'CNY/kW', origin: 'measure' });
    expect(offers.every((o) => o.scenario_id !== BASE)).toBe(true);
  });

  it('applies maxima in kW and a typed unit cost flat over every build year; leaves out what is unticked', () => {
    const [wind, pv] = [
      plannerCandidates(plan, BASE).find((c) => c.candidate.kind === 'wind')!,
      plannerCandidates(plan, BASE).find((c) => c.candidate.kind === 'pv')!,
    ];
    const edited = editedCandidates(plan, BASE, [
      {
        id: pv.candidate.id,
        include: true,
        bounds: [{ part: 'capacity', max: 20_000 }],
        costs: [{ part: 'capacity', value: 2500 }],
      },
      { id: wind.candidate.id, include: false },
    ]);
    // A candidate the edits do not name stays in as offered; only the unticked one is left out.
    const ids = edited.map((c) => c.candidate.id);
    expect(ids).toContain(pv.candidate.id);
    expect(ids).not.toContain(wind.candidate.id);
    expect(ids).toEqual(
      plannerCandidates(plan, BASE)
        .map((c) => c.candidate.id)
        .filter((id) => id !== wind.candidate.id),
    );
    const c = edited.find((x) => x.candidate.id === pv.candidate.id)!.candidate;
    expect(c.kind === 'pv' && c.max_mw).toBe(20);
    expect(c.kind === 'pv' && c.cost.capex_cny_per_unit).toBe(2500);
  });

  it('refuses an unknown candidate and a bound out of range, naming them', () => {
    expect(() => editedCandidates(plan, BASE, [{ id: 'nope', include: true }])).toThrow(/"nope" is not a candidate/);
    const id = plannerCandidates(plan, BASE).find((c) => c.candidate.kind === 'pv')!.candidate.id;
    const bad = () => editedCandidates(plan, BASE, [{ id, include: true, bounds: [{ part: 'capacity', max: Number.NaN }] }]);
    expect(bad).toThrow(ParkZeroError);
    expect(bad).toThrow(new RegExp(`candidate "${id}", capacity`));
    // An annual measure (a fuel switch, CCUS, ...) is sized in its own unit, as part 'size'.
    const annual = plannerCandidates(plan, BASE).find((c) => c.candidate.kind === 'annual')!.candidate.id;
    const wrongPart = () => editedCandidates(plan, BASE, [{ id: annual, include: true, bounds: [{ part: 'capacity', max: 1 }] }]);
    expect(wrongPart).toThrow(new RegExp(`candidate "${annual}", capacity: this candidate has only size`));
    const nan = () => editedCandidates(plan, BASE, [{ id: annual, include: true, bounds: [{ part: 'size', max: Number.NaN }] }]);
    expect(nan).toThrow(new RegExp(`candidate "${annual}", size`));
    const minAboveMax = () =>
      editedCandidates(plan, BASE, [{ id, include: true, bounds: [{ part: 'capacity', min: 30_000, max: 20_000 }] }]);
    expect(minAboveMax).toThrow(/minimum 30000 is above the maximum 20000/);
  });

  it('offers every annual measure kind in its own size unit, its maximum and minimum editable', () => {
    const offers = offerCandidates(plan, BASE);
    const annual = offers.filter((o) => o.bounds.some((b) => b.part === 'size'));
    expect(new Set(annual.map((o) => o.kind))).toEqual(
      new Set(plannerCandidates(plan, BASE).flatMap((c) => (c.candidate.kind === 'annual' ? [c.candidate.measure_kind] : []))),
    );
    const ccus = offers.find((o) => o.kind === 'ccus')!;
    expect(ccus.bounds).toEqual([{ part: 'size', max: expect.any(Number), unit: 't/a' }]);
    const edits = [{ id: ccus.id, include: true, bounds: [{ part: 'size' as const, min: 1000, max: 5000 }] }];
    const used = editedCandidates(plan, BASE, edits);
    const c = used.find((x) => x.candidate.id === ccus.id)!.candidate;
    expect(c.kind === 'annual' && c.max_units).toBe(5000);
    expect(editedBounds({ max_green_share: 0.3 }, used, edits)).toEqual({
      max_green_share: 0.3,
      candidates: { [ccus.id]: { min: 1000 } },
    });
  });

  it('does not offer the sized copies of an earlier answer again', () => {
    const copy = { ...plan.scenarios.find((s) => s.id === 'near-zero')!.measures.find((m) => m.kind === 'pv')! };
    copy.id = 'ground-pv-2030';
    const answered: Plan = {
      ...plan,
      scenarios: [
        ...plan.scenarios,
        {
          id: 'answer',
          name: 'Answer',
          parent_id: BASE,
          description: '',
          settings: {},
          measures: [copy],
          measure_overrides: [],
          optimiser: undefined,
        },
      ],
    };
    expect(plannerCandidates(answered, BASE).map((c) => c.candidate.id)).toContain('ground-pv-2030');
    const withRecord = structuredClone(answered);
    withRecord.scenarios.at(-1)!.optimiser = {
      created_on: '2026-01-01',
      base_scenario_id: BASE,
      status: 'meets_all',
      settings: { days: 4, period_years: 10, target_ids: [], include_carbon_price: false },
      candidates: [],
      builds: [],
      cost: { lp_delta_cny: 0, engine_delta_cny: 0, base_npv_cny: 0, engine_npv_cny: 0 },
      emissions: [],
      targets: [],
      shortfalls: [],
      rounds: 1,
    };
    expect(plannerCandidates(withRecord, BASE).map((c) => c.candidate.id)).not.toContain('ground-pv-2030');
  });
});
