import { readFileSync } from 'node:fs';
import type { Command, CliIo } from '../cli/commands.ts';
import { readPlanFile } from '../store/index.ts';
import { writeTextFileAtomically } from '../text-file.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { checkPlanOrThrow, formatNumber, runScenario } from '../../../core/engine/index.ts';
import { OutputSpec, SAMPLING_METHODS, offersFor } from '../../../core/uncertainty/index.ts';
import type { SamplingMethod } from '../../../core/uncertainty/index.ts';
import { EngineWorkerPool } from '../engine/worker-pool.ts';
import { monteCarloOnPool, sweepOnPool, tornadoOnPool } from './pool-runs.ts';
import { monteCarloWorkbook } from './workbook.ts';

/**
 * `parkzero sensitivity` and `parkzero montecarlo`: the Risk screen's runs from a shell, on
 * the same engine worker pool. The uncertain inputs are the plan's own (`plan.uncertainty`),
 * or those of an --inputs JSON file, or every input ParkZero offers for the scenario
 * (--offered, the Risk screen's defaults).
 */

type Values = Record<string, string | boolean | undefined>;

function usage(io: CliIo, command: string, message: string): number {
  io.err(`parkzero ${command}: ${message}`);
  return 2;
}

function loadPlan(file: string, values: Values, scenarioId: string): Plan {
  const plan = readPlanFile(file);
  if (!plan.scenarios.some((s) => s.id === scenarioId))
    throw new ParkZeroError(
      'NOT_FOUND',
      `no scenario "${scenarioId}"; the plan has ${plan.scenarios.map((s) => s.id).join(', ')}`,
    );
  let inputs: unknown = undefined;
  if (typeof values.inputs === 'string') {
    try {
      inputs = JSON.parse(readFileSync(values.inputs, 'utf8'));
    } catch (error) {
      throw new ParkZeroError('INVALID_REQUEST', `${values.inputs}: cannot read the inputs JSON: ${(error as Error).message}`);
    }
  } else if (values.offered === true) {
    inputs = offersFor(plan, scenarioId, runScenario(plan, scenarioId, { mac: false })).map((o) => ({
      ...o.input,
      source: o.source.en,
    }));
  }
  if (inputs === undefined) return plan;
  return checkPlanOrThrow({ ...plan, uncertainty: { inputs } }, 'the uncertain inputs do not fit the plan');
}

/** `npv`, `npv-vs-parent`, `emissions`, `margin:TARGET:YEAR`, `indicator:KEY:YEAR`. */
export function parseOutput(text: string): OutputSpec | null {
  const [kind, a, b] = text.split(':');
  const raw =
    kind === 'npv'
      ? { kind: 'npv_total_cost' }
      : kind === 'npv-vs-parent'
        ? { kind: 'npv_vs_parent' }
        : kind === 'emissions'
          ? { kind: 'cumulative_net_emissions' }
          : kind === 'margin'
            ? { kind: 'target_margin', target_id: a, year: Number(b) }
            : kind === 'indicator'
              ? { kind: 'indicator', indicator: a, year: Number(b) }
              : null;
  const parsed = OutputSpec.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function workerCount(values: Values): number | null {
  if (values.workers === undefined) return 2;
  const n = Number(values.workers);
  return Number.isInteger(n) && n >= 1 && n <= 16 ? n : null;
}

// Large figures whole, small ones (rates, factors, intensities) with four decimals.
const fmt = (v: number | null) => formatNumber(v, v !== null && Math.abs(v) < 100 ? 4 : 0);

export const uncertaintyCommands: Record<string, Command> = {
  sensitivity: {
    positionals: ['file'],
    options: {
      scenario: { type: 'string' },
      output: { type: 'string', default: 'npv' },
      sweep: { type: 'string' },
      steps: { type: 'string', default: '11' },
      inputs: { type: 'string' },
      offered: { type: 'boolean' },
      workers: { type: 'string' },
      format: { type: 'string', default: 'table' },
      out: { type: 'string', short: 'o' },
    },
    async run([file], values, io) {
      if (typeof values.scenario !== 'string') return usage(io, 'sensitivity', '--scenario ID is required');
      const output = parseOutput(String(values.output));
      if (output === null)
        return usage(
          io,
          'sensitivity',
          '--output must be npv, npv-vs-parent, emissions, margin:TARGET:YEAR or indicator:KEY:YEAR',
        );
      const workers = workerCount(values);
      if (workers === null) return usage(io, 'sensitivity', '--workers must be 1 to 16');
      const plan = loadPlan(file!, values, values.scenario);
      const pool = new EngineWorkerPool(workers);
      try {
        if (typeof values.sweep === 'string') {
          const sweep = await sweepOnPool(pool, plan, values.scenario, values.sweep, Number(values.steps), output);
          if (values.format === 'json') return emit(io, values, JSON.stringify(sweep, null, 2));
          const lines = [`input\toutput`, ...sweep.points.map((p) => `${fmt(p.input)}\t${fmt(p.output)}`)];
          return emit(io, values, lines.join('\n'));
        }
        const t = await tornadoOnPool(pool, plan, values.scenario, output);
        if (values.format === 'json') return emit(io, values, JSON.stringify(t, null, 2));
        const lines = [
          `central output: ${fmt(t.central_output)}`,
          `input\tlow\thigh\toutput at low\toutput at high\tswing`,
          ...t.bars.map(
            (b) =>
              `${b.name}\t${fmt(b.low_input)}\t${fmt(b.high_input)}\t${fmt(b.low_output)}\t${fmt(b.high_output)}\t${fmt(b.swing)}`,
          ),
        ];
        return emit(io, values, lines.join('\n'));
      } finally {
        await pool.close();
      }
    },
  },

  montecarlo: {
    positionals: ['file'],
    options: {
      scenario: { type: 'string' },
      runs: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      sampling: { type: 'string', default: 'lhs' },
      inputs: { type: 'string' },
      offered: { type: 'boolean' },
      'vs-parent': { type: 'boolean' },
      workers: { type: 'string' },
      out: { type: 'string', short: 'o' },
    },
    async run([file], values, io) {
      if (typeof values.scenario !== 'string') return usage(io, 'montecarlo', '--scenario ID is required');
      const runs = Number(values.runs);
      const seed = Number(values.seed);
      if (!Number.isInteger(runs) || runs < 1 || runs > 100_000) return usage(io, 'montecarlo', '--runs must be 1 to 100000');
      if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
        return usage(io, 'montecarlo', '--seed must be 0 to 4294967295');
      if (!(SAMPLING_METHODS as readonly string[]).includes(String(values.sampling)))
        return usage(io, 'montecarlo', '--sampling must be lhs or random');
      const workers = workerCount(values);
      if (workers === null) return usage(io, 'montecarlo', '--workers must be 1 to 16');
      const out = typeof values.out === 'string' ? values.out : null;
      if (out !== null && !/\.(json|xlsx)$/i.test(out)) return usage(io, 'montecarlo', '-o must end in .json or .xlsx');
      const plan = loadPlan(file!, values, values.scenario);
      const pool = new EngineWorkerPool(workers);
      try {
        const started = performance.now();
        let shown = 0;
        const result = await monteCarloOnPool(
          pool,
          plan,
          {
            scenarioId: values.scenario,
            runs,
            seed,
            sampling: values.sampling as SamplingMethod,
            compareParent: values['vs-parent'] === true,
          },
          {
            onProgress: (done, total) => {
              if (done * 10 >= (shown + 1) * total)
                io.err(`${(shown = Math.floor((done * 10) / total)) * 10}% (${done}/${total} runs)`);
            },
          },
        );
        const seconds = (performance.now() - started) / 1000;
        if (out !== null) {
          writeTextFileAtomically(
            out,
            out.toLowerCase().endsWith('.xlsx') ? await monteCarloWorkbook(plan, result) : JSON.stringify(result, null, 2) + '\n',
          );
          io.out(`wrote ${runs} runs of "${values.scenario}" to ${out}`);
        }
        const s = result.summaries;
        io.out(
          `${runs} runs, seed ${seed}, ${values.sampling}, ${workers} worker(s), ${seconds.toFixed(1)} s (${(runs / seconds).toFixed(0)} runs/s)`,
        );
        io.out(
          `NPV total cost, CNY:          P5 ${fmt(s.npv_total_cost_cny.p5)}  P50 ${fmt(s.npv_total_cost_cny.p50)}  P95 ${fmt(s.npv_total_cost_cny.p95)}`,
        );
        const c = s.cumulative_net_emissions_tco2;
        io.out(`Cumulative net emissions, tCO2: P5 ${fmt(c.p5)}  P50 ${fmt(c.p50)}  P95 ${fmt(c.p95)}`);
        const y2030 = result.years.indexOf(2030);
        for (const t of result.targets) {
          const p = y2030 >= 0 ? t.probability[y2030] : null;
          io.out(`P(${t.name} met in 2030): ${p === null || p === undefined ? 'not checked' : `${(p * 100).toFixed(1)}%`}`);
        }
        return 0;
      } finally {
        await pool.close();
      }
    },
  },
};

function emit(io: CliIo, values: Values, text: string): number {
  if (typeof values.out === 'string') {
    writeTextFileAtomically(values.out, text + '\n');
    io.out(`wrote ${values.out}`);
  } else io.out(text);
  return 0;
}
