import { describe, expect, it } from 'vitest';
import { sample2024Plan } from '../../fixtures/sample-park-2024.ts';
import { optimisePlan } from '../../../electron/host/optimise/optimise-plan.ts';
import { runScenario } from '../../../core/engine/index.ts';
import { candidatesFromPlan } from '../../../core/optimise/plan-candidates.ts';
import { describeShortfall } from '../../../core/optimise/infeasibility.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { Measure } from '../../../core/model/measures.ts';

/** Small settings so each run stays a few seconds on a shared machine. */
const quick = { days: 4, period_years: 10, new_scenario_id: 'opt', new_scenario_name: 'Least cost' };

describe('optimisePlan on the sample park', () => {
  it('reports in plain words when no plan of the candidates meets the targets, deterministically', async () => {
    const plan = sample2024Plan();
    const a = await optimisePlan(plan, { ...quick, scenario_id: 'clean-transition' });
    expect(a.status).toBe('infeasible');
    expect(a.candidates).toEqual(['hill-wind', 'ground-pv']);
    // The coal cap cannot be moved by PV, wind, storage, green power or offsets: no candidate limits it.
    const coal = a.shortfalls.find((s) => s.target_id === 'coal-cap')!;
    expect(coal.limited_by).toEqual([]);
    const names = { target: (id: string) => plan.targets.find((t) => t.id === id)!.name, candidate: (id: string) => id };
    expect(describeShortfall(coal, 'en', names)).toMatch(/^Total coal consumption cap \d{4}: [\d,]+ t at best, target [\d,]+ t/);
    expect(describeShortfall(coal, 'zh', { target: () => '煤炭消费总量', candidate: (id) => id })).toMatch(
      /^\d{4}年煤炭消费总量：最低只能降到[\d,]+ 吨，目标[\d,]+ 吨/,
    );
    // The scenario handed over is the engine's: its comparisons are the engine's own checks.
    const engine = runScenario({ ...plan, scenarios: [...plan.scenarios, a.scenario!] }, 'opt', { mac: false });
    expect(a.comparisons.filter((c) => !c.engine_pass).length).toBe(
      engine.years.flatMap((y) => y.targets).filter((t) => !t.pass).length,
    );
    const b = await optimisePlan(plan, { ...quick, scenario_id: 'clean-transition' });
    expect(b.scenario).toEqual(a.scenario);
    expect(b.shortfalls).toEqual(a.shortfalls);
  });

  it('meets targets the candidates can reach, as the engine checks every year', async () => {
    const plan: Plan = {
      ...sample2024Plan(),
      targets: [
        {
          id: 're-share',
          name: 'Renewable electricity share',
          source: '',
          template: null,
          kind: 'limit',
          indicator: 'renewable_electricity_share',
          bound: 'min',
          path: [
            { year: 2030, value: 0.1 },
            { year: 2040, value: 0.15 },
          ],
          energy_method: 'equivalent',
        },
      ],
    };
    const r = await optimisePlan(plan, { ...quick, scenario_id: 'baseline' });
    expect(r.status).toBe('meets_all');
    expect(r.comparisons.length).toBeGreaterThan(20);
    expect(r.comparisons.every((c) => c.engine_pass)).toBe(true);
    expect(r.scenario!.measures.length).toBeGreaterThan(0);
    // Net emissions side by side for every modelled year; representative days and 10-year
    // periods keep the LP's estimate near the engine's, not equal to it.
    expect(r.emissions.map((e) => e.year)).toEqual(Array.from({ length: 36 }, (_, i) => 2025 + i));
    for (const e of r.emissions) expect(Math.abs(e.lp_net_tco2 / e.engine_net_tco2 - 1)).toBeLessThan(0.1);
  });
});

describe('the LP against an exhaustive search through the engine', () => {
  it('two candidates: the sizes the LP picks cost within 1% of the best engine-evaluated grid point', async () => {
    // Ground PV made large enough (up to 1.5 GW at the same unit cost) that, with no export,
    // curtailment makes its best size interior; wind up to its planned 40 MW. Builds in 2025 only.
    const base = sample2024Plan();
    const scenarios = base.scenarios.map((s) => ({
      ...s,
      measures: s.measures.map((m) =>
        m.id === 'ground-pv' && m.kind === 'pv'
          ? {
              ...m,
              // Unit costs (per kW) stay the measure's, so the larger size costs in proportion.
              params: { ...m.params, capacity_kw: 1_500_000 },
            }
          : m,
      ),
    }));
    const plan: Plan = { ...base, scenarios, targets: [] };
    const candidates = candidatesFromPlan(plan, 'clean-transition').map((pc) => ({
      ...pc,
      candidate: { ...pc.candidate, build_years: [2025] },
    }));
    const r = await optimisePlan(plan, { ...quick, days: 8, scenario_id: 'clean-transition', candidates });
    expect(r.status).toBe('meets_all');

    const engineCost = (pvKw: number, windKw: number): number => {
      const measures: Measure[] = [];
      for (const pc of candidates) {
        const t = pc.template;
        const kw = t.id === 'ground-pv' ? pvKw : windKw;
        if (kw <= 0 || (t.kind !== 'pv' && t.kind !== 'wind')) continue;
        measures.push({
          ...t,
          id: `grid-${t.id}`,
          start_year: 2025,
          ramp_years: 0,
          params: { ...t.params, capacity_kw: kw },
        } as Measure);
      }
      const child = {
        id: 'grid',
        name: 'grid',
        parent_id: 'clean-transition',
        description: '',
        settings: {},
        measures,
        measure_overrides: [],
      };
      const res = runScenario({ ...plan, scenarios: [...plan.scenarios, child] }, 'grid', { mac: false });
      return res.summary.npv_cost_vs_parent_excl_carbon_cny!;
    };
    let best = Infinity;
    for (let pv = 0; pv <= 1_500_000; pv += 100_000)
      for (const wind of [0, 20_000, 40_000]) best = Math.min(best, engineCost(pv, wind));
    const lp = r.engine!.delta_cost_cny!;
    // Both are savings (negative); the LP's plan is at least as good as the grid's best, less 1%.
    expect(best).toBeLessThan(0);
    expect(lp).toBeLessThanOrEqual(best + 0.01 * Math.abs(best));
  });
});
