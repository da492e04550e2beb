import type { Plan } from '../../../core/model/plan.ts';
import type { ScenarioHours, ScenarioResult } from '../../../core/engine/index.ts';
import type { ErrorCode } from '../../../core/api/result.ts';
import type { MonteCarloSpec, OutputSpec, RunRecord } from '../../../core/uncertainty/index.ts';

/** Messages between the host and its engine workers (structured-cloned, never shared). */
export type EngineJob =
  /** Full results of scenarios (every year, MAC optional). */
  | { kind: 'run'; jobId: number; plan: Plan; scenarioIds: string[]; mac: boolean; compareParent?: boolean }
  /** One year of one scenario, hour by hour (typed arrays are cloned, not transferred). */
  | { kind: 'hourly'; jobId: number; plan: Plan; scenarioId: string; year: number }
  /** Runs [from, to) of a Monte Carlo, each reduced to a small record in the worker. */
  | { kind: 'mc-chunk'; jobId: number; plan: Plan; spec: MonteCarloSpec; from: number; to: number }
  /** One output per vector of uncertain-input values (tornado and sweep points). */
  | { kind: 'points'; jobId: number; plan: Plan; scenarioId: string; output: OutputSpec; points: number[][] };

export type EngineReply =
  | { kind: 'progress'; jobId: number; done: number; total: number }
  | { kind: 'done'; jobId: number; results: ScenarioResult[] }
  | { kind: 'hourly-done'; jobId: number; hours: ScenarioHours }
  | { kind: 'mc-done'; jobId: number; records: RunRecord[] }
  | { kind: 'points-done'; jobId: number; outputs: (number | null)[] }
  | { kind: 'failed'; jobId: number; code: ErrorCode; message: string };
