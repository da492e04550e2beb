import type { ErrorCode } from '../../../core/api/result.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { OptimisePlanOptions, PlanOptimiseResult } from './optimise-plan.ts';
import type { OptimiseProgress } from './solve-problem.ts';

/** Messages between the host and an optimiser worker (structured-cloned). */
export interface OptimiseJob {
  readonly plan: Plan;
  readonly options: Omit<OptimisePlanOptions, 'onProgress'>;
}

export type OptimiseReply =
  | { kind: 'progress'; progress: OptimiseProgress }
  | { kind: 'done'; result: PlanOptimiseResult }
  | { kind: 'failed'; code: ErrorCode; message: string };
