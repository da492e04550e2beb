import type { MessagePort } from 'node:worker_threads';
import type { Plan } from '../../../core/model/plan.ts';
import type { ParentLine, ScenarioHours, ScenarioResult } from '../../../core/engine/index.ts';
import type { ErrorCode } from '../../../core/api/result.ts';
import type { MonteCarloSpec, OutputSpec, RunRecord } from '../../../core/uncertainty/index.ts';

/** Messages between the host and its engine workers (structured-cloned, never shared). */
export type EngineJob =
  /**
   * Full results of scenarios (every year, MAC optional). `lineComing`: another worker is
   * computing the line of `scenarioId` (the first scenario's parent) and posts it on `port`.
   * `asJson`: answer with the results' JSON text (`done-json`), for a host that sends it on.
   */
  | {
      kind: 'run';
      jobId: number;
      plan: Plan;
      scenarioIds: string[];
      mac: boolean;
      compareParent?: boolean;
      asJson?: boolean;
      lineComing?: { scenarioId: string; port: MessagePort };
    }
  /** One year of one scenario, hour by hour (typed arrays are cloned, not transferred). */
  | { kind: 'hourly'; jobId: number; plan: Plan; scenarioId: string; year: number }
  /** Runs [from, to) of a Monte Carlo, each reduced to a small record in the worker. */
  | { kind: 'mc-chunk'; jobId: number; plan: Plan; spec: MonteCarloSpec; from: number; to: number }
  /** One output per vector of uncertain-input values (tornado and sweep points). */
  | { kind: 'points'; jobId: number; plan: Plan; scenarioId: string; output: OutputSpec; points: number[][] }
  /** A scenario's line, posted on `port` to the worker running one of its children (see `lineComing`). */
  | { kind: 'line'; jobId: number; plan: Plan; scenarioId: string; port: MessagePort };

/**
 * The line a run was told is coming (`lineComing`), or null when it will not come (the worker
 * computing it failed): the run then computes the line itself. From the other worker on the
 * run's port, or null from the host.
 */
export interface ParentLineMessage {
  kind: 'parent-line';
  jobId: number;
  line: ParentLine | null;
}

export type EngineReply =
  /** Sent once, when the worker has loaded the engine. */
  | { kind: 'ready' }
  | { kind: 'progress'; jobId: number; done: number; total: number }
  | { kind: 'done'; jobId: number; results: ScenarioResult[] }
  /** JSON.stringify of the ScenarioResult[] a `done` would carry. */
  | { kind: 'done-json'; jobId: number; json: string }
  | { kind: 'hourly-done'; jobId: number; hours: ScenarioHours }
  | { kind: 'mc-done'; jobId: number; records: RunRecord[] }
  | { kind: 'points-done'; jobId: number; outputs: (number | null)[] }
  | { kind: 'line-done'; jobId: number }
  | { kind: 'failed'; jobId: number; code: ErrorCode; message: string };
