import { describe, expect, it } from 'vitest';
import { buildLp, retargetLp } from '../../../core/optimise/build-lp.ts';
import { readSolution } from '../../../core/optimise/read-solution.ts';
import { describeShortfall, shortfalls } from '../../../core/optimise/infeasibility.ts';
import { parsePlanBounds } from '../../../core/optimise/plan-bounds.ts';
import type { LinearTarget, PlanningProblem } from '../../../core/optimise/problem.ts';
import { solveLp } from '../../../electron/host/optimise/highs-solve.ts';
import { flat, identicalDaysPeriod, SUN_DAY } from './cases.ts';

const oneYear = { base_year: 2025, horizon_year: 2025, discount_rate: 0 };
const noOm = (capex: number) => ({ capex_cny_per_unit: capex, fixed_om_cny_per_unit_year: 0, lifetime_years: 1 });

async function solve(problem: PlanningProblem) {
  const built = buildLp(problem);
  const sol = await solveLp(built.model);
  expect(sol.status).toBe('optimal');
  return { built, sol, answer: readSolution(problem, built, sol.x!) };
}

/** Coal 100 kt; a switch of share s removes 100 kt x s of coal and adds 2 MW x s of load around the clock. */
function coalSwitchProblem(cap: number, extra: Partial<PlanningProblem> = {}): PlanningProblem {
  const coalCap: LinearTarget = {
    target_id: 'coal-cap',
    year: 2025,
    constant: 100_000,
    terms: [{ quantity: 'candidate_units', candidate: 'boiler-switch', coef: -100_000 }],
    bound: 'max',
    limit: cap,
    unit: 't',
  };
  return {
    name: 'coal-switch',
    ...oneYear,
    periods: [identicalDaysPeriod(2025, flat(10), flat(500), { 'boiler-switch:load': flat(2) })],
    candidates: [
      {
        id: 'boiler-switch',
        kind: 'annual',
        measure_kind: 'fuel_switch',
        unit: 'share',
        max_units: 1,
        // 1 million CNY for the whole switch; coal saved less gas bought: 100,000 CNY a year.
        cost: noOm(1_000_000),
        yearly_cost_cny_per_unit: -100_000,
        load_shape: 'boiler-switch:load',
      },
    ],
    targets: [coalCap],
    ...extra,
  };
}

describe('annual candidates (fuel switches, efficiency, CCUS, ...)', () => {
  it('a coal cap is met by switching exactly the share it needs, the added load bought from the grid', async () => {
    const problem = coalSwitchProblem(40_000);
    const { answer } = await solve(problem);
    // Switching costs 1 M + 500 x 2 x 8760 = 9.76 M CNY per unit against 0.1 M saved: only what the cap needs.
    expect(answer.builds).toHaveLength(1);
    expect(answer.builds[0]!.amount).toBeCloseTo(0.6, 9);
    expect(answer.periods[0]!.quantities.import_mwh).toBeCloseTo((10 + 2 * 0.6) * 8760, 4);
    expect(answer.cost_cny).toBeCloseTo(0.6 * 1_000_000 - 0.6 * 100_000 + 500 * 8760 * (10 + 1.2), 0);
    expect(answer.targets[0]!.value).toBeCloseTo(40_000, 4);
    expect(answer.targets[0]!.shortfall).toBe(0);
  });

  it('a cap beyond the switch is reported with the best value and the switch at its maximum, in both languages', async () => {
    const problem = { ...coalSwitchProblem(40_000), elastic_penalty: 1e5 };
    const limited = { ...problem, bounds: { candidates: { 'boiler-switch': { max: 0.5 } } } };
    const { built, sol, answer } = await solve(limited);
    const [s] = shortfalls(limited, built, sol.x!, answer);
    expect(s!.best).toBeCloseTo(50_000, 4);
    expect(s!.gap).toBeCloseTo(10_000, 4);
    expect(s!.limited_by).toEqual([
      { kind: 'measure_max', candidate: 'boiler-switch', measure_kind: 'fuel_switch', max: 0.5, unit: 'share' },
    ]);
    expect(describeShortfall(s!, 'zh', { target: () => '煤炭消费总量', candidate: () => '锅炉煤改气' })).toBe(
      '2025年煤炭消费总量：最低只能降到50,000 吨，目标40,000 吨，差10,000 吨；受限于锅炉煤改气上限（50%）',
    );
    expect(describeShortfall(s!, 'en', { target: () => 'Coal cap', candidate: () => 'boiler switch' })).toBe(
      'Coal cap 2025: 50,000 t at best, target 40,000 t (short by 10,000 t); limited by the maximum of boiler switch (50%)',
    );
  });

  it('a share of a total the candidate moves is exact: numerator over the moved denominator', async () => {
    // Electricity share of energy: 10 + 2s MW of electricity over a total of 100 - 50s (per hour, in MWh).
    const year = 8760;
    const share: LinearTarget = {
      target_id: 'elec-share',
      year: 2025,
      constant: 10 * year,
      terms: [
        { quantity: 'candidate_units', candidate: 'boiler-switch', coef: 2 * year },
        // - limit x the denominator's moving part, taken to the left: -0.2 x (-50 s).
        { quantity: 'candidate_units', candidate: 'boiler-switch', coef: -0.2 * -50 * year },
      ],
      bound: 'min',
      limit: 0.2 * 100 * year,
      indicator_scale: 1 / (100 * year),
      unit: 'share',
      ratio: {
        numerator: { constant: 10 * year, terms: [{ quantity: 'candidate_units', candidate: 'boiler-switch', coef: 2 * year }] },
        denominator: {
          constant: 100 * year,
          terms: [{ quantity: 'candidate_units', candidate: 'boiler-switch', coef: -50 * year }],
        },
      },
    };
    const { answer } = await solve({ ...coalSwitchProblem(100_000), targets: [share] });
    // (10 + 2s) / (100 - 50s) = 0.2  =>  s = 10 / 12; the indicator is then exactly 20%.
    expect(answer.builds[0]!.amount).toBeCloseTo(10 / 12, 9);
    expect(answer.targets[0]!.indicator).toBeCloseTo(0.2, 9);
  });
});

describe('engine-check rounds', () => {
  it('moving a target limit on the built LP gives the model a fresh build would', () => {
    const problem = { ...coalSwitchProblem(40_000), elastic_penalty: 1e5 };
    const tighter = { ...problem, targets: problem.targets.map((t) => ({ ...t, limit: t.limit - 5_000 })) };
    const moved = retargetLp(buildLp(problem), tighter.targets)!;
    const fresh = buildLp(tighter);
    expect(moved.model).toEqual(fresh.model);
    expect(moved.index.targets.map((t) => t.target.limit)).toEqual([35_000]);
    // A target that changed more than its limit cannot be moved in place.
    expect(retargetLp(buildLp(problem), [{ ...problem.targets[0]!, terms: [] }])).toBeNull();
  });
});

describe('the park bounds', () => {
  const pvProblem = (extra: Partial<PlanningProblem> = {}): PlanningProblem => ({
    name: 'pv-flat',
    ...oneYear,
    periods: [identicalDaysPeriod(2025, flat(10), flat(500), { sun: SUN_DAY })],
    candidates: [{ id: 'roof-pv', kind: 'pv', shape: 'sun', max_mw: 100, cost: noOm(300) }],
    targets: [],
    ...extra,
  });

  it('a candidate maximum (a roof) and minimum bind the size', async () => {
    // Unbounded, 12.5 MW is optimal (known-optima.test.ts).
    expect((await solve(pvProblem())).answer.builds[0]!.amount).toBeCloseTo(12.5, 6);
    const roof = await solve(pvProblem({ bounds: { candidates: { 'roof-pv': { max: 8 } } } }));
    expect(roof.answer.builds[0]!.amount).toBeCloseTo(8, 9);
    const must = await solve(pvProblem({ bounds: { candidates: { 'roof-pv': { min: 20 } } } }));
    expect(must.answer.builds[0]!.amount).toBeCloseTo(20, 9);
  });

  it('a yearly budget caps what is built that year', async () => {
    // 2 million CNY at 300 CNY/kW buys 6.667 MW.
    const { answer } = await solve(pvProblem({ bounds: { yearly_budget_cny: 2_000_000 } }));
    expect(answer.builds[0]!.amount).toBeCloseTo(2_000_000 / 300_000, 6);
  });

  it('a renewable share beyond the roof and the budget names both', async () => {
    const demand = 10 * 8760;
    const problem = pvProblem({
      elastic_penalty: 1e5,
      // The roof holds 8 MW, and 2.4 million CNY buys exactly 8 MW: both bind.
      bounds: { candidates: { 'roof-pv': { max: 8 } }, yearly_budget_cny: 2_400_000, import_limit_mw: 50 },
      targets: [
        {
          target_id: 're-share',
          year: 2025,
          constant: 0,
          terms: [{ quantity: 'renewable_used_mwh', coef: 1 }],
          bound: 'min',
          limit: 0.5 * demand,
          indicator_scale: 1 / demand,
          unit: 'share',
        },
      ],
    });
    const { built, sol, answer } = await solve(problem);
    const [s] = shortfalls(problem, built, sol.x!, answer);
    // 8 MW used on site: 1.6 + 3.2 + 8 + 4.8 + 6.4 = 24 of 240 MWh a day.
    expect(s!.best).toBeCloseTo(0.1, 6);
    expect(s!.limited_by).toEqual([
      { kind: 'budget', year: 2025, cny: 2_400_000 },
      { kind: 'candidate_max', candidate: 'roof-pv', part: 'roof-pv', max: 8, unit: 'MW' },
    ]);
    expect(describeShortfall(s!, 'zh', { target: () => '可再生电力占比', candidate: () => '屋顶光伏' })).toBe(
      '2025年可再生电力占比：最多可达10%，目标50%，差40%；受限于2025年投资预算（240万元）和屋顶光伏上限（8兆瓦）',
    );
    expect(describeShortfall(s!, 'en', { target: () => 'Renewable share', candidate: () => 'rooftop PV' })).toBe(
      'Renewable share 2025: 10% at best, target 50% (short by 40%); limited by the 2025 budget (2.4 million CNY) and the maximum of rooftop PV (8 MW)',
    );
  });

  it('bounds as a user writes them are checked field by field, in plain words', () => {
    expect(parsePlanBounds({ max_green_share: 0.3, candidates: { 'roof-pv': { area_m2: 1000 } } })).toEqual({
      max_green_share: 0.3,
      candidates: { 'roof-pv': { area_m2: 1000 } },
    });
    expect(() => parsePlanBounds({ max_green_share: 1.5 })).toThrow(/max_green_share: .*1/);
    expect(() => parsePlanBounds({ roof: 3 })).toThrow(/Expected fields: import_limit_mw/);
  });
});
