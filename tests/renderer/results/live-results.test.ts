import { describe, expect, it } from 'vitest';
import { LiveResults, type RunAnswer, type RunParams, type Timers } from '../../../renderer/src/results/live-results.ts';
import type { ScenarioResult } from '../../../core/engine/result-schema.ts';

/** A manual clock: timers fire only when the test advances time. */
class ManualTimers implements Timers {
  now = 0;
  private next = 1;
  private readonly pending = new Map<number, { at: number; fn: () => void }>();
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.now + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (due === undefined) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].fn();
    }
    this.now = until;
  }
}

/** Host calls that the test answers by hand, in any order. */
function fakeHost() {
  const calls: { params: RunParams; resolve: (a: RunAnswer) => void; reject: (e: unknown) => void }[] = [];
  const run = (params: RunParams) =>
    new Promise<RunAnswer>((resolve, reject) => {
      calls.push({ params, resolve, reject });
    });
  return { calls, run };
}

const result = (tag: string) => ({ scenario_id: tag }) as unknown as ScenarioResult;
const answer = (revision: number, tag: string): RunAnswer => ({ revision, results: [result(tag)] });
const flush = () => new Promise<void>((r) => setTimeout(r, 0));
const view = (revision: number, ids = ['s1']): RunParams => ({
  projectId: 'p0123456789abcdef',
  revision,
  scenarioIds: ids,
  mac: false,
});

function setup() {
  const timers = new ManualTimers();
  const host = fakeHost();
  const errors: unknown[] = [];
  const live = new LiveResults(host.run, (e) => errors.push(e), { timers, debounceMs: 30, slowMs: 150 });
  return { timers, host, errors, live };
}

describe('live results', () => {
  it('runs an isolated edit at once and coalesces a burst into one trailing run of the newest', async () => {
    const { timers, host, live } = setup();
    live.update(view(1));
    expect(host.calls.map((c) => c.params.revision)).toEqual([1]); // leading edge: no added latency
    timers.advance(10);
    live.update(view(2));
    timers.advance(10);
    live.update(view(3));
    expect(host.calls).toHaveLength(1);
    expect(live.getSnapshot().computing).toBe(true);
    timers.advance(30);
    expect(host.calls.map((c) => c.params.revision)).toEqual([1, 3]);
    host.calls[0]!.resolve(answer(1, 'r1')); // superseded by the request for revision 3
    await flush();
    expect(live.getSnapshot().results).toBeNull();
    host.calls[1]!.resolve(answer(3, 'r3'));
    await flush();
    expect(live.getSnapshot()).toMatchObject({ revision: 3, computing: false, slow: false });
    expect(live.getSnapshot().results?.[0]?.scenario_id).toBe('r3');
  });

  it('drops an answer computed from an older revision than the one on screen', async () => {
    const { timers, host, live } = setup();
    live.update(view(1));
    timers.advance(30);
    live.update(view(2)); // an edit lands while revision 1 is computing
    host.calls[0]!.resolve(answer(1, 'old'));
    await flush();
    expect(live.getSnapshot().results).toBeNull();
    timers.advance(30);
    host.calls[1]!.resolve(answer(2, 'new'));
    await flush();
    expect(live.getSnapshot().results?.[0]?.scenario_id).toBe('new');
  });

  it('keeps only the answer to the last request sent, even when an older one arrives later', async () => {
    const { timers, host, live } = setup();
    live.update(view(1));
    timers.advance(30);
    live.update(view(2));
    timers.advance(30);
    expect(host.calls).toHaveLength(2);
    host.calls[1]!.resolve(answer(2, 'second'));
    await flush();
    host.calls[0]!.resolve(answer(2, 'first, late')); // same revision, but an older request
    await flush();
    expect(live.getSnapshot().results?.[0]?.scenario_id).toBe('second');
  });

  it('never shows one scenario’s results under another selection', async () => {
    const { timers, host, live } = setup();
    live.update(view(1, ['a']));
    timers.advance(30);
    host.calls[0]!.resolve(answer(1, 'a'));
    await flush();
    live.update(view(1, ['b']));
    expect(live.getSnapshot().results).toBeNull();
    timers.advance(30);
    expect(host.calls.at(-1)!.params.scenarioIds).toEqual(['b']);
  });

  it('shows "slow" only for runs that take longer than the threshold', async () => {
    const { timers, host, live } = setup();
    live.update(view(1));
    timers.advance(30);
    timers.advance(100);
    host.calls[0]!.resolve(answer(1, 'fast'));
    await flush();
    timers.advance(500);
    expect(live.getSnapshot().slow).toBe(false);

    live.update(view(2));
    timers.advance(30);
    timers.advance(120);
    expect(live.getSnapshot().slow).toBe(true);
    host.calls[1]!.resolve(answer(2, 'slow'));
    await flush();
    expect(live.getSnapshot()).toMatchObject({ slow: false, computing: false, revision: 2 });
  });

  it('reports errors, except a run the host cancelled because a newer one superseded it', async () => {
    const { timers, host, live, errors } = setup();
    live.update(view(1));
    timers.advance(30);
    host.calls[0]!.reject({ code: 'CANCELLED', message: 'superseded' });
    await flush();
    expect(errors).toEqual([]);
    live.update(view(2));
    timers.advance(30);
    host.calls[1]!.reject({ code: 'PLAN_INVALID', message: 'bad' });
    await flush();
    expect(errors).toEqual([{ code: 'PLAN_INVALID', message: 'bad' }]);
    expect(live.getSnapshot().computing).toBe(false);
  });

  it('does not run again for the same revision, and drops answers after stop()', async () => {
    const { timers, host, live } = setup();
    live.update(view(1));
    timers.advance(30);
    host.calls[0]!.resolve(answer(1, 'x'));
    await flush();
    live.update(view(1));
    timers.advance(100);
    expect(host.calls).toHaveLength(1);
    live.update(view(2));
    timers.advance(30);
    live.stop();
    host.calls[1]!.resolve(answer(2, 'after stop'));
    await flush();
    expect(live.getSnapshot().revision).toBe(1);
    expect(live.getSnapshot().computing).toBe(false);
  });
});
