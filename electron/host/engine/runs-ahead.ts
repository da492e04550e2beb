import type { Plan } from '../../../core/model/plan.ts';
import type { RunRequest } from './worker-pool.ts';

/**
 * Scenario runs started as soon as an edit is committed, before the renderer asks for them.
 *
 * Every screen with live results asks `scenario.run` again after each confirmed edit (the
 * revision changes). Without this, the engine would start only once the edit's answer had
 * crossed to the renderer, React had rendered the new revision and the run request had crossed
 * back: time the user waits for nothing. Here the host remembers which views (scenario ids,
 * with or without MAC) a project's screens asked for, and when an edit commits it starts the
 * runs of the views still on screen at once, on the engine workers; the request that follows
 * gets the run already under way (or done) for that revision.
 *
 * Rules:
 *  - A result is reused only for the same project (object, not id), the same revision, the
 *    same plan object (the store freezes the plan it commits; an edit whose write failed
 *    leaves its number to the next edit, not its plan) and the same view: the same bits as a
 *    fresh run.
 *  - Only views asked for at one of the last WATCH_REVISIONS revisions are run ahead (a screen
 *    that was closed stops asking, so after a few edits its runs stop too), at most MAX_VIEWS
 *    per project, and never with MAC: a MAC run costs one run per measure and would hold the
 *    worker back from the chart the user is looking at; the MAC view is run when it asks.
 *  - Runs of an older revision are forgotten when a newer one starts (a request still waiting
 *    for one keeps its own promise). The pool's supersede key is the one `scenario.run` uses,
 *    so a newer run of a view cancels an older one that has not started yet.
 *  - A run started ahead that fails fails the request that takes it, exactly as a run started
 *    by that request would have; no failure is ever left unhandled.
 */

/** How many revisions back a view's last request may be for it to be run ahead. */
export const WATCH_REVISIONS = 3;
/** At most this many views of one project are run ahead after an edit. */
export const MAX_VIEWS = 3;

interface View {
  scenarioIds: string[];
  mac: boolean;
  /** The revision the view last asked for. */
  revision: number;
}

interface ProjectRuns<A> {
  /** By view key, in the order last asked (oldest first). */
  views: Map<string, View>;
  /** The revision `results` belong to. */
  revision: number;
  /** By view key: the run of `revision`, and the plan it runs (the one that revision must have). */
  results: Map<string, { plan: Plan; run: Promise<A> }>;
}

/** What the runs need to know of an open project. */
export interface RunnableProject {
  readonly id: string;
  readonly revision: number;
  plan(): Plan;
}

/**
 * Starts a run on the engine. `A` is the form of its answer: the results as objects, or as the
 * JSON text the browser host sends on without parsing it (host.ts).
 */
export type StartRun<A> = (request: RunRequest) => Promise<A>;

function viewKey(scenarioIds: readonly string[], mac: boolean): string {
  return `${mac ? 'mac' : 'live'}:${scenarioIds.join(',')}`;
}

/** The pool's supersede key of a view: the same for a run started ahead and a run asked for. */
export function supersedeKey(projectId: string, scenarioIds: readonly string[], mac: boolean): string {
  return `${projectId}:${scenarioIds.join(',')}:${mac}`;
}

export class RunsAhead<A> {
  private readonly projects = new WeakMap<RunnableProject, ProjectRuns<A>>();
  /** Runs started ahead so far (for tests and the benchmark's breakdown). */
  started = 0;
  /** Requests answered by a run started ahead. */
  reused = 0;

  private readonly start: StartRun<A>;

  constructor(start: StartRun<A>) {
    this.start = start;
  }

  /**
   * The results of `scenarioIds` for the project's current plan: the run started ahead for
   * this revision when there is one, else a new run. Remembers the view for the next edit.
   */
  results(project: RunnableProject, scenarioIds: readonly string[], mac: boolean): Promise<A> {
    const runs = this.of(project);
    const key = viewKey(scenarioIds, mac);
    const revision = project.revision;
    runs.views.delete(key);
    runs.views.set(key, { scenarioIds: [...scenarioIds], mac, revision });
    while (runs.views.size > MAX_VIEWS * 2) runs.views.delete(runs.views.keys().next().value!);
    this.forgetOlder(runs, revision);
    const plan = project.plan();
    const ahead = runs.results.get(key);
    // The plan too: a run started before an edit's write that then failed has this revision's number, not its plan.
    if (ahead !== undefined && ahead.plan === plan) {
      this.reused++;
      return ahead.run;
    }
    return this.launch(runs, key, project.id, plan, scenarioIds, mac);
  }

  /**
   * An edit is about to commit `plan` as `revision` (called between its validation and its
   * write, so the engine starts while the working copy is written and synced): start the runs
   * of the views still on screen for it.
   */
  edited(project: RunnableProject, plan: Plan, revision: number): void {
    const runs = this.projects.get(project);
    if (runs === undefined) return;
    this.forgetOlder(runs, revision);
    const recent = [...runs.views.entries()]
      .filter(([, v]) => !v.mac && v.revision >= revision - WATCH_REVISIONS)
      .slice(-MAX_VIEWS)
      .reverse(); // the view asked last first: most likely the one on screen
    for (const [key, view] of recent) {
      if (runs.results.has(key)) continue;
      this.launch(runs, key, project.id, plan, view.scenarioIds, view.mac);
      this.started++;
    }
  }

  private of(project: RunnableProject): ProjectRuns<A> {
    let runs = this.projects.get(project);
    if (runs === undefined) {
      runs = { views: new Map(), revision: project.revision, results: new Map() };
      this.projects.set(project, runs);
    }
    return runs;
  }

  private forgetOlder(runs: ProjectRuns<A>, revision: number): void {
    if (runs.revision === revision) return;
    runs.revision = revision;
    runs.results.clear();
  }

  /** Starts a run of the project's current plan and keeps it for its revision until it fails. */
  private launch(
    runs: ProjectRuns<A>,
    key: string,
    projectId: string,
    plan: Plan,
    scenarioIds: readonly string[],
    mac: boolean,
  ): Promise<A> {
    const run = this.start({
      plan,
      scenarioIds: [...scenarioIds],
      mac,
      supersedeKey: supersedeKey(projectId, scenarioIds, mac),
    });
    runs.results.set(key, { plan, run });
    // A failed run (cancelled, a crashed worker) is not kept: the next request runs again. A
    // run started ahead may never be taken, so its failure must not be an unhandled rejection.
    run.catch(() => {
      if (runs.results.get(key)?.run === run) runs.results.delete(key);
    });
    return run;
  }
}
