import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../../core/model/index.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { runScenario } from '../../../core/engine/index.ts';
import { describeShortfall } from '../../../core/optimise/infeasibility.ts';
import { describeEngineMiss } from '../../../core/optimise/engine-check.ts';
import { optimisePlan } from '../../../electron/host/optimise/optimise-plan.ts';

/**
 * The bundled samples through the whole planner: a scenario the engine finds meeting every
 * target in every year, or a plain report of what cannot be met and why. One test per sample
 * file present (suining and zhangye join when they are bundled).
 */
const SAMPLE_FILES = ['sample-park.plan.json', 'suining.plan.json', 'zhangye.plan.json'].filter((f) =>
  existsSync(join('resources', 'samples', f)),
);

function load(file: string): Plan {
  const parsed = parsePlan(JSON.parse(readFileSync(join('resources', 'samples', file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}`);
  return parsed.plan;
}

/** Small settings so each run stays a few seconds on a shared machine. */
const quick = { days: 4, period_years: 10, new_scenario_id: 'opt', new_scenario_name: 'Least cost' };

describe.each(SAMPLE_FILES)('the planner on %s', (file) => {
  it('hands over a scenario the engine says meets every target every year, or says in plain words what cannot be met', async () => {
    const plan = load(file);
    const root = plan.scenarios.find((s) => s.parent_id === null)!;
    const a = await optimisePlan(plan, { ...quick, scenario_id: root.id });
    expect(['meets_all', 'infeasible', 'misses']).toContain(a.status);
    expect(a.scenario).not.toBeNull();

    // The engine, run afresh on the handed-over scenario, is the judge of every target and year.
    const engine = runScenario({ ...plan, scenarios: [...plan.scenarios, a.scenario!] }, 'opt', { mac: false });
    const checks = engine.years.flatMap((y) => y.targets.map((t) => ({ ...t, year: y.year })));
    const missed = checks.filter((t) => !t.pass);
    expect(a.comparisons.filter((c) => !c.engine_pass).length).toBe(missed.length);
    if (a.status === 'meets_all') expect(missed).toEqual([]);
    else {
      // Every missed target-year is either out of reach in the LP (a sentence with the best
      // value, the gap and what limits it) or missed by a gap the engine states.
      const reached = new Set(a.shortfalls.map((s) => `${s.target_id}@${s.year}`));
      const names = { target: (id: string) => plan.targets.find((t) => t.id === id)!.name, candidate: (id: string) => id };
      for (const s of a.shortfalls) {
        expect(describeShortfall(s, 'zh', names)).toMatch(/^\d{4}年.+：(最多可达|最低只能降到).+，目标.+，差.+；/);
        expect(describeShortfall(s, 'en', names)).toMatch(/^.+ \d{4}: .+ at best, target .+ \(short by .+\); /);
      }
      for (const c of a.comparisons.filter((x) => !x.engine_pass && !reached.has(`${x.target_id}@${x.year}`))) {
        expect(c.engine_margin).toBeLessThan(0);
        expect(describeEngineMiss(c, 'zh', names)).toMatch(/^\d{4}年.+：引擎核算值.+，目标.+，差.+$/);
      }
      const text = a.shortfalls.map((s) => describeShortfall(s, 'en', names)).join('\n');
      expect(text).not.toMatch(/optimal|infeasible|kInfeasible|modelStatus|NaN|undefined/i);
    }

    // Deterministic: the same plan and options hand over the same scenario and report.
    const b = await optimisePlan(plan, { ...quick, scenario_id: root.id });
    expect(b.status).toBe(a.status);
    expect(b.scenario).toEqual(a.scenario);
    expect(b.shortfalls).toEqual(a.shortfalls);
  });

  it('with only the coal cap, the fuel switches meet it in every year as the engine checks', async () => {
    const plan = load(file);
    const coal = plan.targets.filter((t) => t.indicator === 'coal_t');
    if (coal.length === 0) return; // this sample sets no coal cap
    const root = plan.scenarios.find((s) => s.parent_id === null)!;
    const r = await optimisePlan({ ...plan, targets: coal }, { ...quick, scenario_id: root.id });
    expect(r.status).toBe('meets_all');
    expect(r.scenario!.measures.some((m) => m.kind === 'fuel_switch')).toBe(true);
    for (const c of r.comparisons) {
      expect(c.engine_pass).toBe(true);
      // The LP's coal comes from the engine's own per-unit effects: its estimate is the engine's figure.
      if (c.lp_value !== null) expect(Math.abs(c.lp_value - c.engine_value!)).toBeLessThan(0.02 * c.limit);
    }
  });
});
