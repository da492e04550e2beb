/**
 * Benchmark of the least-cost planner (`npm run bench:optimise`, part of `npm run bench`).
 * Prints, for each bundled sample's whole pathway (its root scenario, every other measure of
 * the plan a candidate, the plan's targets, 8 representative days, 5-year periods): LP size
 * (columns, rows, non-zeros), prepare, build and solve times, rounds and the engine check
 * (goal: the whole run under 10 s on a 2-core machine); then a one-year 8760-hour PV + wind + storage model
 * (365 representative days = every day), written as MPS and solved by the npm `highs`
 * WebAssembly build and, when present, by native HiGHS (`highspy` from PyPI or the `highs`
 * binary) on the same file. Figures only: tests never assert timings.
 */
import { existsSync, mkdtempSync, readFileSync as readText, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { loadSamplePlan } from '../electron/host/host.ts';
import { optimisePlan } from '../electron/host/optimise/optimise-plan.ts';
import { highs, solveLp } from '../electron/host/optimise/highs-solve.ts';
import { planProblem } from '../core/optimise/from-plan.ts';
import { buildLp } from '../core/optimise/build-lp.ts';
import { lpSize } from '../core/optimise/lp.ts';
import { writeMps } from '../core/optimise/mps.ts';
import type { Plan } from '../core/model/plan.ts';
import { parsePlan } from '../core/model/index.ts';

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const n = (v: number) => v.toLocaleString('en-US');

console.log('Least-cost planner, whole pathway (8 representative days, 5-year periods, one thread; goal: whole run < 10 s):');
const sample = loadSamplePlan();
const samples: [string, Plan][] = [];
for (const file of ['suining.plan.json', 'zhangye.plan.json']) {
  const path = join('resources', 'samples', file);
  if (!existsSync(path)) continue;
  const parsed = parsePlan(JSON.parse(readText(path, 'utf8')));
  if (parsed.ok) samples.push([file, parsed.plan]);
}
const reachable: Plan = {
  ...sample,
  targets: [
    {
      id: 're-share',
      name: 'Renewable electricity share',
      source: 'benchmark',
      template: null,
      kind: 'limit',
      indicator: 'renewable_electricity_share',
      bound: 'min',
      path: [
        { year: 2030, value: 0.1 },
        { year: 2040, value: 0.2 },
      ],
      energy_method: 'equivalent',
    },
  ],
};
const runs: [string, Plan, string][] = samples.map(([file, plan]) => {
  const root = plan.scenarios.find((x) => x.parent_id === null)!.id;
  return [`${file}, from ${root}, the plan's targets`, plan, root];
});
runs.push(['suining.plan.json, from baseline, a reachable renewable share', reachable, 'baseline']);
for (const [label, plan, scenario] of runs) {
  const t0 = performance.now();
  const r = await optimisePlan(plan, { scenario_id: scenario, new_scenario_id: 'bench', new_scenario_name: 'bench' });
  const total = performance.now() - t0;
  console.log(
    `  ${label}: ${r.status}; LP ${n(r.lp.size.columns)} columns, ${n(r.lp.size.rows)} rows, ${n(r.lp.size.nonzeros)} non-zeros; ` +
      `prepare ${s(r.prepare_ms)}, build ${s(r.lp.build_ms)}, solve ${r.lp.solve_s.toFixed(2)} s (${n(r.lp.iterations)} iterations), ` +
      `${r.rounds} round(s), engine check ${s(r.engine?.check_ms ?? 0)}; whole run ${s(total)}`,
  );
}

console.log('');
console.log('One year, 8760 hours (every day its own representative): PV + wind + storage + grid, Suining sample 2030');
const oneYear: Plan = { ...sample, park: { ...sample.park, horizon_year: 2030 }, targets: [] };
const t1 = performance.now();
const { problem } = planProblem(oneYear, { scenario_id: 'clean-transition', days: 365, first_year: 2030, period_years: 1 });
const prep = performance.now() - t1;
const t2 = performance.now();
const built = buildLp(problem);
const buildMs = performance.now() - t2;
const size = lpSize(built.model);
const dir = mkdtempSync(join(tmpdir(), 'parkzero-bench-lp-'));
const mps = join(dir, 'one-year.mps');
writeFileSync(mps, writeMps(built.model));
console.log(
  `  LP ${n(size.columns)} columns, ${n(size.rows)} rows, ${n(size.nonzeros)} non-zeros; prepare ${s(prep)}, build ${s(buildMs)}; MPS: ${mps}`,
);
const direct = await solveLp(built.model);
console.log(
  `  highs (WebAssembly, sparse arrays): ${direct.status}, ${direct.solve_s.toFixed(2)} s, ${n(direct.iterations)} iterations`,
);
const h = await highs();
const { readFileSync } = await import('node:fs');
// Median of three runs each: the machine is shared, single runs wander by tens of percent.
const RUNS = 3;
const wasmRuns: number[] = [];
let wasmObjective = 0;
for (let i = 0; i < RUNS; i++)
  h.withModel({ format: 'mps', data: new Uint8Array(readFileSync(mps)) }, (m) => {
    m.options.set({ output_flag: false });
    m.run();
    wasmRuns.push(m.getRunTime());
    wasmObjective = m.getObjectiveValue();
  });
const wasmFromMps = { t: [...wasmRuns].sort((a, b) => a - b)[1]!, obj: wasmObjective };
console.log(
  `  highs (WebAssembly, the MPS file, median of ${RUNS}): ${wasmFromMps.t.toFixed(2)} s, objective ${wasmFromMps.obj.toFixed(3)}`,
);
const py = spawnSync(
  'python3',
  [
    '-c',
    [
      'import sys, highspy',
      'ts = []',
      'for i in range(3):',
      '    h = highspy.Highs(); h.setOptionValue("output_flag", False); h.readModel(sys.argv[1]); h.run()',
      '    ts.append(h.getRunTime()); obj = h.getInfo().objective_function_value',
      'print(sorted(ts)[1], obj, h.version())',
    ].join('\n'),
    mps,
  ],
  { encoding: 'utf8' },
);
if (py.status === 0) {
  const [ts, objs, version] = py.stdout.trim().split(/\s+/);
  const t = Number(ts),
    obj = Number(objs);
  console.log(
    `  native HiGHS ${version} (highspy, median of 3): ${t.toFixed(2)} s, objective ${obj.toFixed(3)}; highs / native = ${(wasmFromMps.t / t).toFixed(2)}x (goal <= 1.3x)`,
  );
} else {
  const bin = spawnSync('highs', ['--model_file', mps], { encoding: 'utf8' });
  if (bin.status === 0)
    console.log(
      `  native HiGHS binary:\n${bin.stdout
        .split('\n')
        .filter((l) => /time|Objective/i.test(l))
        .join('\n')}`,
    );
  else
    console.log(
      '  native HiGHS: skipped (neither highspy for python3 nor a highs binary is installed; pip install highspy to compare)',
    );
}
rmSync(dir, { recursive: true, force: true });
