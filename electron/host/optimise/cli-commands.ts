import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command, CliIo } from '../cli/commands.ts';
import { ProjectStore, readPlanFile } from '../store/index.ts';
import { writeTextFileAtomically } from '../text-file.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { Scenario } from '../../../core/model/scenario.ts';
import { planProblem } from '../../../core/optimise/from-plan.ts';
import { buildLp } from '../../../core/optimise/build-lp.ts';
import { writeMps } from '../../../core/optimise/mps.ts';
import { describeShortfall } from '../../../core/optimise/infeasibility.ts';
import type { Lang } from '../../../core/optimise/infeasibility.ts';
import { formatOptimiseResult } from './format.ts';
import { recordOfRun } from './record.ts';
import { plannerCandidates } from '../../../core/optimise/candidate-offers.ts';
import { parsePlanBounds } from '../../../core/optimise/plan-bounds.ts';
import { describeEngineMiss } from '../../../core/optimise/engine-check.ts';
import { optimiseInWorker } from './run-in-worker.ts';
import type { PlanOptimiseResult } from './optimise-plan.ts';

/**
 * `parkzero optimise FILE --scenario ID`: the least-cost plan of the candidates that meets the
 * targets, checked by the engine, added to the project as a child scenario of the base. The
 * project is written only after a finished run (Ctrl+C cancels the worker and leaves the file
 * as it was); `--dry-run` prints without writing.
 */

type Values = Record<string, string | boolean | undefined>;

function usage(io: CliIo, message: string): number {
  io.err(`parkzero optimise: ${message}`);
  return 2;
}

function int(values: Values, name: string, lo: number, hi: number): number | null | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= lo && n <= hi ? n : null;
}

export const optimiseCommands: Record<string, Command> = {
  optimise: {
    positionals: ['file'],
    options: {
      scenario: { type: 'string' },
      name: { type: 'string' },
      days: { type: 'string' },
      'period-years': { type: 'string' },
      target: { type: 'string', multiple: true },
      format: { type: 'string', default: 'table' },
      lang: { type: 'string', default: 'en' },
      'write-mps': { type: 'string' },
      'time-limit': { type: 'string' },
      'dry-run': { type: 'boolean' },
      bounds: { type: 'string' },
    },
    async run([file], values, io) {
      if (typeof values.scenario !== 'string') return usage(io, '--scenario ID is required (the base scenario)');
      const format = values.format;
      if (format !== 'table' && format !== 'json')
        return usage(io, `--format must be "table" or "json", got "${String(format)}"`);
      const lang = values.lang;
      if (lang !== 'en' && lang !== 'zh') return usage(io, `--lang must be "en" or "zh", got "${String(lang)}"`);
      const days = int(values, 'days', 2, 60);
      if (days === null) return usage(io, '--days must be a whole number from 2 to 60');
      const periodYears = int(values, 'period-years', 1, 40);
      if (periodYears === null) return usage(io, '--period-years must be a whole number from 1 to 40');
      const timeLimit = int(values, 'time-limit', 1, 3600);
      if (timeLimit === null) return usage(io, '--time-limit must be whole seconds from 1 to 3600');

      const bounds = typeof values.bounds === 'string' ? readBounds(values.bounds) : undefined;
      const plan = readPlanFile(file!);
      const base = plan.scenarios.find((s) => s.id === values.scenario || s.name === values.scenario);
      if (!base)
        throw new ParkZeroError(
          'NOT_FOUND',
          `no scenario "${values.scenario}"; the plan has ${plan.scenarios.map((s) => `${s.id} ("${s.name}")`).join(', ')}`,
        );
      const id = uniqueScenarioId(plan, `${base.id}-least-cost`);
      const name = typeof values.name === 'string' && values.name.length > 0 ? values.name : `${base.name} (least cost)`;
      const targets = values.target as unknown as string[] | undefined;
      const candidates = plannerCandidates(plan, base.id);
      const options = {
        candidates,
        scenario_id: base.id,
        new_scenario_id: id,
        new_scenario_name: name,
        ...(days === undefined ? {} : { days }),
        ...(periodYears === undefined ? {} : { period_years: periodYears }),
        ...(targets === undefined ? {} : { target_ids: targets }),
        ...(timeLimit === undefined ? {} : { time_limit_s: timeLimit }),
        ...(bounds === undefined ? {} : { bounds }),
      };

      if (typeof values['write-mps'] === 'string') {
        const { problem } = planProblem(plan, options);
        writeTextFileAtomically(values['write-mps'], writeMps(buildLp(problem).model));
        io.err(`wrote the LP of the first round to ${values['write-mps']}`);
      }

      const abort = new AbortController();
      const onSigint = () => abort.abort();
      process.once('SIGINT', onSigint);
      let result: PlanOptimiseResult;
      try {
        result = await optimiseInWorker(plan, options, {
          signal: abort.signal,
          onProgress: (p) => {
            if (p.iterations === undefined) io.err(`  ${p.phase}${p.round === undefined ? '' : ` (round ${p.round})`}`);
          },
        });
      } finally {
        process.removeListener('SIGINT', onSigint);
      }

      if (format === 'json') io.out(JSON.stringify(result, null, 2));
      else io.out(formatOptimiseResult(plan, result));
      if (result.status === 'infeasible' && format === 'table') {
        const names = {
          target: (tid: string) => plan.targets.find((t) => t.id === tid)?.name ?? tid,
          candidate: (cid: string) => plan.scenarios.flatMap((s) => s.measures).find((m) => m.id === cid)?.name ?? cid,
        };
        io.out('');
        for (const s of firstAndWorst(result)) io.out(describeShortfall(s, lang as Lang, names));
      }
      // Targets the engine still finds missed that the LP thought met: by how much, per target.
      if (result.scenario !== null && format === 'table') {
        const reported = new Set(result.shortfalls.map((s) => `${s.target_id}@${s.year}`));
        const misses = result.comparisons.filter((c) => !c.engine_pass && !reported.has(`${c.target_id}@${c.year}`));
        const shown = [...new Set(misses.map((c) => c.target_id))].map((id) => misses.find((c) => c.target_id === id)!);
        if (shown.length > 0) io.out('');
        for (const c of shown) {
          const t = plan.targets.find((x) => x.id === c.target_id);
          const share = t?.kind === 'limit' && /share|rate|utilisation/.test(t.indicator);
          io.out(
            describeEngineMiss(c, lang as Lang, { target: (id) => plan.targets.find((x) => x.id === id)?.name ?? id }, share),
          );
        }
      }
      if (result.scenario === null) return 1;
      if (values['dry-run'] !== true) {
        // The planner's record goes with the scenario, so the report can show how it was made.
        const record = recordOfRun(plan, base.id, options, candidates, result, new Date().toISOString().slice(0, 10));
        addScenario(file!, { ...describe(result.scenario, result), ...(record === null ? {} : { optimiser: record }) });
        io.err(`added scenario ${id} ("${name}") to ${file}`);
      }
      return result.status === 'meets_all' ? 0 : 1;
    },
  },
};

/** The --bounds file: JSON checked field by field, errors naming the file and the field. */
function readBounds(file: string) {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ParkZeroError('NOT_FOUND', `cannot read the bounds file ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ParkZeroError('INVALID_REQUEST', `the bounds file ${file} is not JSON: ${(e as Error).message}`);
  }
  return parsePlanBounds(json, `the bounds in ${file}`);
}

/** Per target, the first year it is missed and the year with the largest gap. */
function firstAndWorst(result: PlanOptimiseResult) {
  const out = [];
  const ids = [...new Set(result.shortfalls.map((s) => s.target_id))];
  for (const id of ids) {
    const list = result.shortfalls.filter((s) => s.target_id === id);
    const first = list[0]!;
    const worst = list.reduce((a, b) => (b.gap > a.gap ? b : a), first);
    out.push(first);
    if (worst !== first) out.push(worst);
  }
  return out;
}

function describe(s: Scenario, r: PlanOptimiseResult): Scenario {
  const verdict =
    r.status === 'meets_all'
      ? 'The engine finds every target met in every year.'
      : r.status === 'infeasible'
        ? 'No plan of these candidates meets every target; this is the one that misses them least.'
        : 'The engine still finds some targets missed (see parkzero run).';
  return { ...s, description: `Least-cost plan found by parkzero optimise (${r.rounds} round(s)). ${verdict}` };
}

function uniqueScenarioId(plan: Plan, wanted: string): string {
  let id = wanted;
  for (let i = 2; plan.scenarios.some((s) => s.id === id); i++) id = `${wanted}-${i}`;
  return id;
}

/** One project edit (with its change-log row) and an atomic save, like the app's. */
function addScenario(file: string, scenario: Scenario): void {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parkzero-optimise-'));
  const store = new ProjectStore({ workDir });
  try {
    const project = store.open(file, { mode: 'edit' });
    if (project.readOnly) throw new ParkZeroError('READ_ONLY', `cannot edit: ${project.readOnlyMessage ?? file}`);
    const n = project.plan().scenarios.length;
    project.edit([{ op: 'add', path: ['scenarios', n], value: scenario }], `Least-cost plan: ${scenario.name}`, project.revision);
    project.save();
  } finally {
    store.closeAll();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
