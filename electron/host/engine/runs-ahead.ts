import type { Plan } from '../../../core/model/plan.ts';
import type { ScenarioResult } from '../../../core/engine/index.ts';
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
 *  - A result is reused only for the same project (object, not id), the same revision and
 *    the same view. Plans are immutable per revision (the store freezes them), so the same
 *    revision means the same plan and the same bits as a fresh run.
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

interface ProjectRuns {
  /** By view key, in the order last asked (oldest first). */
  views: Map<string, View>;
  /** The revision `results` belong to. */
  revision: number;
  /** By view key: the run of `revision`. */
  results: Map<string, Promise<ScenarioResult[]>>;
}

/** What the runs need to know of an open project. */
export interface RunnableProject {
  readonly id: string;
  readonly revision: number;
  plan(): Plan;
}

export type StartRun = (request: RunRequest) => Promise<ScenarioResult[]>;

function viewKey(scenarioIds: readonly string[], mac: boolean): string {
  return `${mac ? 'mac' : 'live'}:${scenarioIds.join(',')}`;
}

/** The pool's supersede key of a view: the same for a run started ahead and a run asked for. */
export function supersedeKey(projectId: string, scenarioIds: readonly string[], mac: boolean): string {
  return `${projectId}:${scenarioIds.join(',')}:${mac}`;
}

export class RunsAhead {
  private readonly projects = new WeakMap<RunnableProject, ProjectRuns>();
  /** Runs started ahead so far (for tests and the benchmark's breakdown). */
  started = 0;
  /** Requests answered by a run started ahead. */
  reused = 0;

  private readonly start: StartRun;

  constructor(start: StartRun) {
    this.start = start;
  }

  /**
   * The results of `scenarioIds` for the project's current plan: the run started ahead for
   * this revision when there is one, else a new run. Remembers the view for the next edit.
   */
  results(project: RunnableProject, scenarioIds: readonly string[], mac: boolean): Promise<ScenarioResult[]> {
    const runs = this.of(project);
    const key = viewKey(scenarioIds, mac);
    const revision = project.revision;
    runs.views.delete(key);
    runs.views.set(key, { scenarioIds: [...scenarioIds], mac, revision });
    while (runs.views.size > MAX_VIEWS * 2) runs.views.delete(runs.views.keys().next().value!);
    this.forgetOlder(runs, revision);
    const ahead = runs.results.get(key);
    if (ahead !== undefined) {
      this.reused++;
      return ahead;
    }
    return this.launch(runs, key, project, scenarioIds, mac);
  }

  /** An edit committed: start the runs of the views still on screen for the new revision. */
  edited(project: RunnableProject): void {
    const runs = this.projects.get(project);
    if (runs === undefined) return;
    const revision = project.revision;
    this.forgetOlder(runs, revision);
    const recent = [...runs.views.entries()]
      .filter(([, v]) => !v.mac && v.revision >= revision - WATCH_REVISIONS)
      .slice(-MAX_VIEWS)
      .reverse(); // the view asked last first: most likely the one on screen
    for (const [key, view] of recent) {
      if (runs.results.has(key)) continue;
      this.launch(runs, key, project, view.scenarioIds, view.mac);
      this.started++;
    }
  }

  private of(project: RunnableProject): ProjectRuns {
    let runs = this.projects.get(project);
    if (runs === undefined) {
      runs = { views: new Map(), revision: project.revision, results: new Map() };
      this.projects.set(project, runs);
    }
    return runs;
  }

  private forgetOlder(runs: ProjectRuns, revision: number): void {
    if (runs.revision === revision) return;
    runs.revision = revision;
    runs.results.clear();
  }

  /** Starts a run of the project's current plan and keeps it for its revision until it fails. */
  private launch(
    runs: ProjectRuns,
    key: string,
    project: RunnableProject,
    scenarioIds: readonly string[],
    mac: boolean,
  ): Promise<ScenarioResult[]> {
    const run = this.start({
      plan: project.plan(),
      scenarioIds: [...scenarioIds],
      mac,
      supersedeKey: supersedeKey(project.id, scenarioIds, mac),
    });
    runs.results.set(key, run);
    // A failed run (cancelled, a crashed worker) is not kept: the next request runs again. A
    // run started ahead may never be taken, so its failure must not be an unhandled rejection.
    run.catch(() => {
      if (runs.results.get(key) === run) runs.results.delete(key);
    });
    return run;
  }
}
