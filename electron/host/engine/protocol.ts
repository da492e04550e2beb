import type { Plan } from '../../../core/model/plan.ts';
import type { ScenarioResult } from '../../../core/engine/index.ts';
import type { ErrorCode } from '../../../core/api/result.ts';

/** Messages between the host and its engine workers (structured-cloned, never shared). */
export interface EngineJob {
  jobId: number;
  plan: Plan;
  scenarioIds: string[];
  mac: boolean;
}

export type EngineReply =
  | { kind: 'progress'; jobId: number; done: number; total: number }
  | { kind: 'done'; jobId: number; results: ScenarioResult[] }
  | { kind: 'failed'; jobId: number; code: ErrorCode; message: string };
