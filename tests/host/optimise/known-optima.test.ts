import { describe, expect, it } from 'vitest';
import { buildLp } from '../../../core/optimise/build-lp.ts';
import { readSolution } from '../../../core/optimise/read-solution.ts';
import { describeShortfall, shortfalls } from '../../../core/optimise/infeasibility.ts';
import type { PlanningProblem } from '../../../core/optimise/problem.ts';
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

describe('known optima', () => {
  it('one PV size against a flat price: built up to the hour where its marginal value equals its cost', async () => {
    // Load 10 MW flat, 500 CNY/MWh, no export. PV's output per MW in five hours: 0.2..1.0.
    // Between 10 and 12.5 MW every extra MW is used in the 0.2+0.4+0.6+0.8 hours: 2.0 MWh a
    // day, worth 500 x 2.0 x 365 = 365,000 CNY/MW-year; above 12.5 MW only 1.2 MWh a day
    // (219,000). A unit cost of 300 CNY/kW (300,000/MW) puts the optimum at 10 / 0.8 = 12.5 MW.
    const problem: PlanningProblem = {
      name: 'pv-flat',
      ...oneYear,
      periods: [identicalDaysPeriod(2025, flat(10), flat(500), { sun: SUN_DAY })],
      candidates: [{ id: 'pv', kind: 'pv', shape: 'sun', max_mw: 100, cost: noOm(300) }],
      targets: [],
    };
    const { answer } = await solve(problem);
    expect(answer.builds).toHaveLength(1);
    expect(answer.builds[0]!.amount).toBeCloseTo(12.5, 6);
    const used = [0.2, 0.4, 1.0, 0.6, 0.8].reduce((s, cf) => s + Math.min(cf * 12.5, 10), 0);
    const cost = 300_000 * 12.5 + 500 * 365 * (240 - used);
    expect(answer.cost_cny).toBeCloseTo(cost, 0);
    expect(answer.periods[0]!.quantities.renewable_used_mwh).toBeCloseTo(used * 365, 4);
    expect(answer.periods[0]!.quantities.curtailed_mwh).toBeCloseTo((12.5 * 3 - used) * 365, 4);
  });

  it('one PV size with export allowed: the export price decides the size beyond the load', async () => {
    // Same PV, export unlimited at 400 CNY/MWh: every MW now earns at least 400 x 3.0 x 365 =
    // 438,000 > 300,000 CNY/MW, so PV is built to its 40 MW maximum.
    const problem: PlanningProblem = {
      name: 'pv-export',
      ...oneYear,
      periods: [
        identicalDaysPeriod(
          2025,
          flat(10),
          flat(500),
          { sun: SUN_DAY },
          { export_limit_mw: Infinity, export_price_cny_per_mwh: 400 },
        ),
      ],
      candidates: [{ id: 'pv', kind: 'pv', shape: 'sun', max_mw: 40, cost: noOm(300) }],
      targets: [],
    };
    const { answer } = await solve(problem);
    expect(answer.builds[0]!.amount).toBeCloseTo(40, 6);
    const used = [0.2, 0.4, 1.0, 0.6, 0.8].reduce((s, cf) => s + Math.min(cf * 40, 10), 0);
    const exported = 40 * 3 - used;
    expect(answer.periods[0]!.quantities.export_mwh).toBeCloseTo(exported * 365, 3);
    expect(answer.cost_cny).toBeCloseTo(300_000 * 40 + 365 * (500 * (240 - used) - 400 * exported), 0);
  });

  it('one storage size against a two-price tariff: filled in the valley, emptied over the peak load', async () => {
    // Load 10 MW flat; 200 CNY/MWh for hours 0-11, 1000 for 12-23; round trip 81% (0.9 each
    // way). Each usable MWh cycled daily saves 1000 x 0.9 - 200 / 0.9 = 677.8 CNY a day (247k
    // a year) against 100k (energy) + 200k / (12 x 0.9) (power) a year: worth building up to
    // covering the whole peak-price load: E = 12 x 10 / 0.9 = 133.3 MWh, charged over 12 hours
    // at E / 0.9 / 12 = 12.35 MW.
    const price = Array.from({ length: 24 }, (_, h) => (h < 12 ? 200 : 1000));
    const problem: PlanningProblem = {
      name: 'storage-tou',
      ...oneYear,
      periods: [identicalDaysPeriod(2025, flat(10), price, {})],
      candidates: [
        {
          id: 'bess',
          kind: 'storage',
          power_cost: noOm(200),
          energy_cost: noOm(100),
          max_power_mw: 1000,
          max_energy_mwh: 1000,
          round_trip_efficiency: 0.81,
          usable_share: 1,
          min_hours: 0,
          max_hours: 100,
        },
      ],
      targets: [],
    };
    const { answer } = await solve(problem);
    const E = 120 / 0.9;
    const P = E / 0.9 / 12;
    expect(answer.periods[0]!.capacity['bess:energy']).toBeCloseTo(E, 4);
    expect(answer.periods[0]!.capacity['bess:power']).toBeCloseTo(P, 4);
    const importCost = 365 * (200 * (120 + E / 0.9));
    expect(answer.cost_cny).toBeCloseTo(100_000 * E + 200_000 * P + importCost, 0);
  });

  it('an unreachable renewable share: relaxed, with the best share and the bound that stops it', async () => {
    // 10 MW of PV at most; used on site it covers 2+4+10+6+8 = 30 of the 240 MWh a day: 12.5%.
    const period = identicalDaysPeriod(2025, flat(10), flat(500), { sun: SUN_DAY });
    const demand = 10 * 8760;
    const problem: PlanningProblem = {
      name: 'share',
      ...oneYear,
      periods: [period],
      candidates: [{ id: 'roof-pv', kind: 'pv', shape: 'sun', max_mw: 10, cost: noOm(300) }],
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
    };
    const hard = buildLp(problem);
    expect((await solveLp(hard.model)).status).toBe('infeasible');

    const elastic = { ...problem, elastic_penalty: 1e5 };
    const { built, sol, answer } = await solve(elastic);
    const report = shortfalls(elastic, built, sol.x!, answer);
    expect(report).toHaveLength(1);
    expect(report[0]!.best).toBeCloseTo(0.125, 6);
    expect(report[0]!.gap).toBeCloseTo(0.375, 6);
    expect(report[0]!.limited_by).toEqual([
      { kind: 'candidate_max', candidate: 'roof-pv', part: 'roof-pv', max: 10, unit: 'MW' },
    ]);
    const names = { target: () => 'renewable electricity share', candidate: () => 'rooftop PV' };
    expect(describeShortfall(report[0]!, 'en', names)).toBe(
      'renewable electricity share 2025: 12.5% at best, target 50% (short by 37.5%); limited by the maximum of rooftop PV (10 MW)',
    );
    const zh = describeShortfall(report[0]!, 'zh', { target: () => '可再生电力占比', candidate: () => '屋顶光伏' });
    expect(zh).toBe('2025年可再生电力占比：最多可达12.5%，目标50%，差37.5%；受限于屋顶光伏上限（10兆瓦）');
    // The LP's cost without the penalty is the cost of the plan it proposes.
    expect(answer.cost_cny).toBeCloseTo(300_000 * 10 + 500 * 365 * (240 - 30), 0);
  });
});

describe('MPS export', () => {
  it('HiGHS reads the written MPS file back to the same optimum', async () => {
    const { writeMps } = await import('../../../core/optimise/mps.ts');
    const { highs } = await import('../../../electron/host/optimise/highs-solve.ts');
    const price = Array.from({ length: 24 }, (_, h) => (h < 12 ? 200 : 1000));
    const problem: PlanningProblem = {
      name: 'mps-roundtrip',
      ...oneYear,
      periods: [identicalDaysPeriod(2025, flat(10), price, { sun: SUN_DAY })],
      candidates: [
        { id: 'pv', kind: 'pv', shape: 'sun', max_mw: 8, cost: noOm(300) },
        {
          id: 'bess',
          kind: 'storage',
          power_cost: noOm(200),
          energy_cost: noOm(100),
          max_power_mw: 50,
          max_energy_mwh: 200,
          round_trip_efficiency: 0.88,
          usable_share: 0.9,
        },
      ],
      targets: [],
    };
    const built = buildLp(problem);
    const direct = await solveLp(built.model);
    const h = await highs();
    const objective = h.withModel({ format: 'mps', data: new TextEncoder().encode(writeMps(built.model)) }, (m) => {
      m.options.set({ output_flag: false });
      m.run();
      return m.getObjectiveValue();
    });
    expect(objective).toBeCloseTo(direct.objective!, 6);
  });
});
