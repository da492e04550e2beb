import { describe, expect, it } from 'vitest';
import { sample2024Plan } from '../../fixtures/sample-park-2024.ts';
import { editedCandidates, offerCandidates, plannerCandidates } from '../../../core/optimise/candidate-offers.ts';
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
    expect(edited.map((c) => c.candidate.id)).toEqual([pv.candidate.id]);
    const c = edited[0]!.candidate;
    expect(c.kind === 'pv' && c.max_mw).toBe(20);
    expect(c.kind === 'pv' && c.cost.capex_cny_per_unit).toBe(2500);
  });

  it('refuses an unknown candidate and a bound out of range, naming them', () => {
    expect(() => editedCandidates(plan, BASE, [{ id: 'nope', include: true }])).toThrow(/"nope" is not a candidate/);
    const id = plannerCandidates(plan, BASE)[0]!.candidate.id;
    const bad = () => editedCandidates(plan, BASE, [{ id, include: true, bounds: [{ part: 'capacity', max: Number.NaN }] }]);
    expect(bad).toThrow(ParkZeroError);
    expect(bad).toThrow(new RegExp(`candidate "${id}", capacity`));
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
