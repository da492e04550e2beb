import type { ScenarioResult } from '../../../core/engine/result-schema.ts';

/**
 * Live results for one view (a chart set, the MAC tab, the compare screen): whenever the open
 * project's confirmed revision or the scenarios on screen change, ask the host to run them
 * again, and keep only the answer that belongs to the newest request.
 *
 * Rules, in the order they matter:
 *  - Runs are debounced on both edges: an isolated edit runs at once (leading edge, no added
 *    latency); further changes within DEBOUNCE_MS of a run, or while one is outstanding, are
 *    coalesced into one trailing run of the newest state. Typing never waits for the engine
 *    (the request is asynchronous; nothing here blocks the event loop).
 *  - An answer is shown only if it is the answer to the LAST request sent (in-flight counter),
 *    for the same project and scenarios, and computed from a revision at least as new as the
 *    one the screen is on now. Anything else is stale and dropped without a trace.
 *  - A newer request for the same view makes the host cancel an older queued one; that
 *    CANCELLED answer is expected and never reported.
 *  - `slow` turns on only when a run has been outstanding for SLOW_MS, so fast runs never
 *    flash a progress indicator.
 *  - Results of other scenarios are never shown under a new selection: changing the
 *    scenarios clears them until the new answer arrives.
 *  - Pipelined (`expect`): when an edit leaves for the host, the view asks at once for the
 *    revision that edit will make (the host answers only once it is committed). That answer
 *    is held, not shown, until the store confirms that revision; the confirmation then shows
 *    it or waits for it instead of asking again. If the edit is refused or its write fails,
 *    the host refuses the request (REVISION_CONFLICT), which is ignored; a held answer for a
 *    revision that was never confirmed is dropped, and the last good result stays on screen.
 */

export const DEBOUNCE_MS = 30;
export const SLOW_MS = 150;

export interface RunParams {
  readonly projectId: string;
  /** The project revision the screen shows (the last one the host confirmed). */
  readonly revision: number;
  readonly scenarioIds: readonly string[];
  readonly mac: boolean;
  /** For one-year views (the hourly heatmap): the year asked for. */
  readonly year?: number;
}

/** What the host answered: the revision it computed from and the payload (scenario results by default). */
export interface RunAnswer<R = ScenarioResult[]> {
  readonly revision: number;
  readonly results: R;
}

export interface LiveState<R = ScenarioResult[]> {
  /** Results in the order of `scenarioIds`, or null before the first answer for this view. */
  readonly results: R | null;
  /** The revision the shown results were computed from. */
  readonly revision: number | null;
  /** A run is scheduled or outstanding. */
  readonly computing: boolean;
  /** A run has been outstanding for longer than SLOW_MS. */
  readonly slow: boolean;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

const EMPTY: LiveState<never> = { results: null, revision: null, computing: false, slow: false };

function viewKey(p: RunParams): string {
  return `${p.projectId}\n${p.mac ? 'mac' : 'live'}\n${p.year ?? ''}\n${p.scenarioIds.join('\n')}`;
}

interface Ahead<R> {
  key: string;
  /** The revision asked for: the one the edit sent will make. */
  revision: number;
  /** The request's id (see `sent`). */
  id: number;
  /** Its answer, held until the store confirms `revision`. */
  answer: RunAnswer<R> | null;
  failed: boolean;
}

function isCancelled(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'CANCELLED';
}

export class LiveResults<R = ScenarioResult[]> {
  private state: LiveState<R> = EMPTY;
  private params: RunParams | null = null;
  /** Key of the view the shown results belong to. */
  private shownKey: string | null = null;
  /** In-flight counter: the id of the last request sent; only its answer may be shown. */
  private sent = 0;
  private outstanding = false;
  /** The pipelined request for a revision not confirmed yet, if any (see `expect`). */
  private ahead: Ahead<R> | null = null;
  private debounceHandle: unknown = null;
  /** Set for DEBOUNCE_MS after a run starts: changes in this window wait for the trailing run. */
  private coolHandle: unknown = null;
  private slowHandle: unknown = null;
  private readonly listeners = new Set<() => void>();
  private readonly run: (params: RunParams) => Promise<RunAnswer<R>>;
  private readonly onError: (error: unknown) => void;
  private readonly timers: Timers;
  private readonly debounceMs: number;
  private readonly slowMs: number;

  constructor(
    run: (params: RunParams) => Promise<RunAnswer<R>>,
    onError: (error: unknown) => void,
    options: { timers?: Timers; debounceMs?: number; slowMs?: number } = {},
  ) {
    this.run = run;
    this.onError = onError;
    this.timers = options.timers ?? realTimers;
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
    this.slowMs = options.slowMs ?? SLOW_MS;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LiveState<R> => this.state;

  private set(next: Partial<LiveState<R>>): void {
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  }

  /** Tell the view what is on screen now; null switches it off (no project, hidden tab). */
  update(params: RunParams | null): void {
    const previous = this.params;
    this.params = params;
    if (params === null) {
      this.stop();
      return;
    }
    const key = viewKey(params);
    if (this.takeAhead(key, params)) return;
    const sameView = previous !== null && viewKey(previous) === key;
    if (sameView && previous.revision === params.revision && (this.state.computing || this.shownKey === key)) return;
    if (this.shownKey !== key && this.state.results !== null) {
      this.shownKey = null;
      this.set({ results: null, revision: null });
    }
    this.schedule();
  }

  /**
   * An edit of `projectId` has just been sent and will make `revision` if the host commits it:
   * ask for that revision's results now (pipelined), unless a run is already outstanding or
   * scheduled (then the confirmation's trailing run covers it, as before).
   */
  expect(projectId: string, revision: number): void {
    const p = this.params;
    if (p === null || p.projectId !== projectId || revision <= p.revision) return;
    if (this.outstanding || this.debounceHandle !== null) return;
    const asked = { ...p, revision };
    this.ahead = { key: viewKey(p), revision, id: this.sent + 1, answer: null, failed: false };
    void this.fire(asked);
  }

  /**
   * The store confirmed `params.revision`: use the pipelined request for it when there is one
   * (show its held answer, or wait for it). True when nothing else needs doing.
   */
  private takeAhead(key: string, params: RunParams): boolean {
    const a = this.ahead;
    if (a === null) return false;
    if (a.key !== key || a.revision !== params.revision || a.failed || a.id !== this.sent) {
      // Another view, an older revision, or a request that failed or was overtaken: forget it.
      if (a.key !== key || a.revision <= params.revision || a.failed || a.id !== this.sent) this.ahead = null;
      return false;
    }
    if (a.answer !== null) {
      this.ahead = null;
      this.show(params, a.answer);
      return true;
    }
    this.markComputing();
    return true;
  }

  /** Forget the view: cancel timers, let any answer still on its way be dropped. */
  stop(): void {
    this.ahead = null;
    this.params = null;
    this.sent++;
    this.outstanding = false;
    this.clearTimers();
    if (this.state.computing || this.state.slow) this.set({ computing: false, slow: false });
  }

  private clearTimers(): void {
    if (this.debounceHandle !== null) this.timers.clearTimeout(this.debounceHandle);
    if (this.slowHandle !== null) this.timers.clearTimeout(this.slowHandle);
    if (this.coolHandle !== null) this.timers.clearTimeout(this.coolHandle);
    this.debounceHandle = null;
    this.slowHandle = null;
    this.coolHandle = null;
  }

  private schedule(): void {
    const idle = !this.outstanding && this.debounceHandle === null && this.coolHandle === null;
    if (idle) {
      // Leading edge: nothing running and nothing ran just now, so run at once.
      this.coolHandle = this.timers.setTimeout(() => (this.coolHandle = null), this.debounceMs);
      void this.fire();
    } else {
      if (this.debounceHandle !== null) this.timers.clearTimeout(this.debounceHandle);
      this.debounceHandle = this.timers.setTimeout(() => {
        this.debounceHandle = null;
        this.coolHandle = this.timers.setTimeout(() => (this.coolHandle = null), this.debounceMs);
        void this.fire();
      }, this.debounceMs);
    }
    this.markComputing();
  }

  /** Shows that a run is under way, and that it is slow once it takes longer than `slowMs`. */
  private markComputing(): void {
    if (this.slowHandle === null) {
      this.slowHandle = this.timers.setTimeout(() => {
        this.slowHandle = null;
        if (this.state.computing) this.set({ slow: true });
      }, this.slowMs);
    }
    if (!this.state.computing) this.set({ computing: true });
  }

  private settle(): void {
    if (this.slowHandle !== null) this.timers.clearTimeout(this.slowHandle);
    this.slowHandle = null;
  }

  private async fire(pipelined?: RunParams): Promise<void> {
    const params = pipelined ?? this.params;
    if (params === null) return;
    const id = ++this.sent;
    this.outstanding = true;
    let answer: RunAnswer<R>;
    try {
      answer = await this.run(params);
    } catch (error) {
      if (id !== this.sent) return;
      this.outstanding = false;
      if (pipelined !== undefined) {
        // Refused (the edit was not committed) or failed: silent; the confirmation, if it
        // comes, asks again the ordinary way and reports a real failure then.
        if (this.ahead?.id === id) this.ahead.failed = true;
        const now = this.params;
        if (now !== null && viewKey(now) === viewKey(params) && now.revision >= params.revision) this.schedule();
        return;
      }
      if (this.debounceHandle === null) {
        this.settle();
        this.set({ computing: false, slow: false });
      }
      if (!isCancelled(error)) this.onError(error);
      return;
    }
    if (pipelined !== undefined && id === this.sent) {
      const now = this.params;
      this.outstanding = false;
      if (now === null || viewKey(now) !== viewKey(params)) return;
      if (answer.revision > now.revision) {
        // Committed on the host, not yet confirmed here: held until the store confirms it.
        if (this.ahead?.id === id) this.ahead.answer = answer;
        return;
      }
      this.ahead = null;
    }
    if (!this.accepts(id, params, answer.revision)) return;
    this.outstanding = false;
    this.show(params, answer);
  }

  private show(params: RunParams, answer: RunAnswer<R>): void {
    this.shownKey = viewKey(params);
    const idle = this.debounceHandle === null;
    if (idle) this.settle();
    this.set({ results: answer.results, revision: answer.revision, computing: !idle, slow: idle ? false : this.state.slow });
  }

  /** The stale-answer rule (see the class comment). */
  private accepts(id: number, asked: RunParams, answeredRevision: number): boolean {
    const now = this.params;
    return id === this.sent && now !== null && viewKey(now) === viewKey(asked) && answeredRevision >= now.revision;
  }

  /** For tests: is a request on its way? */
  get inFlight(): boolean {
    return this.outstanding;
  }
}
