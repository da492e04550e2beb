import { MessageChannel, Worker, type TransferListItem } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ParkZeroError } from '../../../core/api/result.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { ScenarioHours, ScenarioResult } from '../../../core/engine/index.ts';
import type { MonteCarloSpec, OutputSpec, RunRecord } from '../../../core/uncertainty/index.ts';
import type { EngineJob, EngineReply, ParentLineMessage } from './protocol.ts';

type DoneReply = Extract<EngineReply, { kind: 'done' | 'done-json' | 'hourly-done' | 'mc-done' | 'points-done' | 'line-done' }>;

export interface HourlyRequest {
  plan: Plan;
  scenarioId: string;
  year: number;
  /** As for runs: a newer job with the same key cancels an older queued one. */
  supersedeKey?: string;
}

export interface RunRequest {
  plan: Plan;
  scenarioIds: string[];
  mac: boolean;
  /**
   * False: each scenario's own pathway only, without its parent's (the cost and abatement
   * against the parent are then null), which halves the work for a child. Default true.
   */
  compareParent?: boolean;
  /**
   * Jobs with the same key supersede each other: when a newer one is queued, an older one that
   * has not started is cancelled (CANCELLED), so rapid edits never pile up stale work.
   */
  supersedeKey?: string;
  onProgress?: (done: number, total: number) => void;
}

/** A queued or running job: the message for the worker and how to settle its promise. */
interface Pending {
  jobId: number;
  message: EngineJob;
  supersedeKey?: string;
  onProgress?: (done: number, total: number) => void;
  settle: (reply: DoneReply) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Pending | null;
  /** The worker has loaded the engine (its first message): it can help a run at once. */
  ready: boolean;
}

/**
 * Where the worker's code is: the bundled file next to the Electron main bundle, or the
 * TypeScript source run through tsx (CLI, browser host, tests).
 */
function workerEntry(): { file: string; execArgv: string[] } {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'engine-worker.mjs');
  if (existsSync(bundled)) return { file: bundled, execArgv: [] };
  return { file: join(here, 'engine-worker.ts'), execArgv: ['--import', 'tsx'] };
}

function runMessage(jobId: number, request: RunRequest, asJson: boolean): EngineJob {
  return {
    kind: 'run',
    jobId,
    plan: request.plan,
    scenarioIds: request.scenarioIds,
    mac: request.mac,
    ...(request.compareParent === undefined ? {} : { compareParent: request.compareParent }),
    ...(asJson ? { asJson } : {}),
  };
}

/**
 * A small pool of engine worker threads. Results come back in the order asked; a worker that
 * crashes fails its job with INTERNAL and is replaced.
 *
 * A run of a scenario with a parent, started while another worker is idle, has that worker
 * compute the parent's line at the same time (engine-worker.ts): after an edit of the
 * inventory, which changes a scenario and its parent, the live result takes the time of one
 * pathway instead of two. When the run's worker holds the line already, the other worker's
 * answer is not waited for (and it usually answers from its own cache).
 */
export class EngineWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextJobId = 1;
  private closed = false;
  /** Parents' lines computed by an idle worker beside a run (for tests and the benchmark). */
  linesShared = 0;
  private readonly capacity: number;

  /**
   * At most `size` workers: two on a machine with two cores or more, for a live run beside its
   * parent's line, or beside a MAC or hourly view. One starts at once, the others when first
   * needed (a worker costs a start-up and memory; a CLI command or a host that only opens
   * files never needs a second one). Idle threads only sleep.
   */
  constructor(size = Math.max(1, Math.min(2, availableParallelism()))) {
    this.capacity = Math.max(1, Math.floor(size));
    this.slots.push(this.spawn());
  }

  run(request: RunRequest): Promise<ScenarioResult[]> {
    return this.enqueue(
      (jobId) => runMessage(jobId, request, false),
      request.supersedeKey,
      request.onProgress,
      (reply) => {
        if (reply.kind !== 'done') throw new ParkZeroError('INTERNAL', 'the engine worker answered a run with something else');
        return reply.results;
      },
    );
  }

  /**
   * The same results as `run`, as their JSON text, made in the worker: for the browser host's
   * live results, which only send them on. The host's main thread then neither rebuilds the
   * objects (about 1.7 ms for the sample's answer) nor writes them out as JSON again (2 ms).
   */
  runJson(request: RunRequest): Promise<string> {
    return this.enqueue(
      (jobId) => runMessage(jobId, request, true),
      request.supersedeKey,
      request.onProgress,
      (reply) => {
        if (reply.kind !== 'done-json')
          throw new ParkZeroError('INTERNAL', 'the engine worker answered a run with something else');
        return reply.json;
      },
    );
  }

  /** One year of one scenario, hour by hour (for heatmaps and hourly exports). */
  hourly(request: HourlyRequest): Promise<ScenarioHours> {
    return this.enqueue(
      (jobId) => ({ kind: 'hourly', jobId, plan: request.plan, scenarioId: request.scenarioId, year: request.year }),
      request.supersedeKey,
      undefined,
      (reply) => {
        if (reply.kind !== 'hourly-done')
          throw new ParkZeroError('INTERNAL', 'the engine worker answered an hourly job with results');
        return reply.hours;
      },
    );
  }

  /** Number of worker threads the pool runs at most (and uses when it has work for them). */
  get size(): number {
    return this.capacity;
  }

  /** A new idle worker, if the pool may have one more. */
  private grow(): Slot | null {
    if (this.closed || this.slots.length >= this.capacity) return null;
    const slot = this.spawn();
    this.slots.push(slot);
    return slot;
  }

  /** Runs [from, to) of a Monte Carlo (core/uncertainty runChunk) on a worker. */
  monteCarloChunk(plan: Plan, spec: MonteCarloSpec, from: number, to: number): Promise<RunRecord[]> {
    return this.enqueue(
      (jobId) => ({ kind: 'mc-chunk', jobId, plan, spec, from, to }),
      undefined,
      undefined,
      (reply) => {
        if (reply.kind !== 'mc-done')
          throw new ParkZeroError('INTERNAL', 'the engine worker answered a Monte Carlo chunk with something else');
        return reply.records;
      },
    );
  }

  /** The output for each vector of uncertain-input values (core/uncertainty evaluatePoints). */
  points(plan: Plan, scenarioId: string, output: OutputSpec, points: number[][]): Promise<(number | null)[]> {
    return this.enqueue(
      (jobId) => ({ kind: 'points', jobId, plan, scenarioId, output, points }),
      undefined,
      undefined,
      (reply) => {
        if (reply.kind !== 'points-done')
          throw new ParkZeroError('INTERNAL', 'the engine worker answered points with something else');
        return reply.outputs;
      },
    );
  }

  private enqueue<T>(
    message: (jobId: number) => EngineJob,
    supersedeKey: string | undefined,
    onProgress: ((done: number, total: number) => void) | undefined,
    unpack: (reply: DoneReply) => T,
  ): Promise<T> {
    if (this.closed) return Promise.reject(new ParkZeroError('CANCELLED', 'the engine is shutting down'));
    return new Promise<T>((resolve, reject) => {
      if (supersedeKey !== undefined) {
        for (let i = this.queue.length - 1; i >= 0; i--) {
          const queued = this.queue[i]!;
          if (queued.supersedeKey === supersedeKey) {
            this.queue.splice(i, 1);
            queued.reject(new ParkZeroError('CANCELLED', 'superseded by a newer run of the same project'));
          }
        }
      }
      const jobId = this.nextJobId++;
      this.queue.push({
        jobId,
        message: message(jobId),
        ...(supersedeKey === undefined ? {} : { supersedeKey }),
        ...(onProgress === undefined ? {} : { onProgress }),
        settle: (reply) => {
          try {
            resolve(unpack(reply));
          } catch (error) {
            reject(error as Error);
          }
        },
        reject,
      });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new ParkZeroError('CANCELLED', 'the engine is shutting down'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const entry = workerEntry();
    const worker = new Worker(entry.file, { execArgv: entry.execArgv });
    const slot: Slot = { worker, job: null, ready: false };
    worker.on('message', (reply: EngineReply) => this.onReply(slot, reply));
    worker.on('error', (error) => this.onCrash(slot, error));
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.onCrash(slot, new Error(`engine worker exited with code ${code}`));
    });
    // An idle pool must not keep a CLI process alive.
    worker.unref();
    return slot;
  }

  private onReply(slot: Slot, reply: EngineReply): void {
    if (reply.kind === 'ready') {
      slot.ready = true;
      return;
    }
    const job = slot.job;
    if (!job || job.jobId !== reply.jobId) return;
    if (reply.kind === 'progress') {
      job.onProgress?.(reply.done, reply.total);
      return;
    }
    slot.job = null;
    slot.worker.unref();
    if (reply.kind === 'failed') job.reject(new ParkZeroError(reply.code, reply.message));
    else job.settle(reply);
    this.pump();
  }

  private onCrash(slot: Slot, error: Error): void {
    const job = slot.job;
    slot.job = null;
    job?.reject(new ParkZeroError('INTERNAL', `the engine worker failed: ${error.message}`));
    const index = this.slots.indexOf(slot);
    if (index >= 0 && !this.closed) {
      this.slots[index] = this.spawn();
      this.pump();
    }
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.job === null) ?? this.grow();
      if (slot === null) return;
      const job = this.queue.shift()!;
      if (job.message.kind === 'run') this.startRun(slot, job, job.message);
      else this.start(slot, job);
    }
  }

  private start(slot: Slot, job: Pending, transfer: readonly TransferListItem[] = []): void {
    slot.job = job;
    // A busy worker keeps the process alive (a CLI waits for its result); an idle one does not.
    slot.worker.ref();
    slot.worker.postMessage(job.message, transfer);
  }

  /**
   * Starts a run on `slot`; when its first scenario has a parent and another worker is idle,
   * that worker computes the parent's line meanwhile and posts it to the run on a port of
   * their own. If it fails, the run is told so and computes the line itself.
   */
  private startRun(slot: Slot, job: Pending, message: Extract<EngineJob, { kind: 'run' }>): void {
    const first = message.plan.scenarios.find((s) => s.id === message.scenarioIds[0]);
    const parentId = message.compareParent === false ? null : (first?.parent_id ?? null);
    const helper = parentId === null ? undefined : this.slots.find((s) => s !== slot && s.ready && s.job === null);
    if (parentId === null || helper === undefined) {
      this.start(slot, job);
      // A worker still starting would answer only after its start-up: the run computes the line
      // itself this time, and a later run has a helper.
      if (parentId !== null) this.grow();
      return;
    }
    const { port1, port2 } = new MessageChannel();
    job.message = { ...message, lineComing: { scenarioId: parentId, port: port1 } };
    this.start(slot, job, [port1]);
    const lineJobId = this.nextJobId++;
    this.linesShared++;
    const notComing = (): void => {
      // The run may be over already (it held the line itself, or its worker crashed).
      if (slot.job === job)
        slot.worker.postMessage({ kind: 'parent-line', jobId: job.jobId, line: null } satisfies ParentLineMessage);
    };
    this.start(
      helper,
      {
        jobId: lineJobId,
        message: { kind: 'line', jobId: lineJobId, plan: message.plan, scenarioId: parentId, port: port2 },
        settle: () => {},
        reject: notComing,
      },
      [port2],
    );
  }
}
