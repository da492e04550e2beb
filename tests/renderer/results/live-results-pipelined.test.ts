import { describe, expect, it } from 'vitest';
import { LiveResults, type RunAnswer, type RunParams, type Timers } from '../../../renderer/src/results/live-results.ts';
import type { ScenarioResult } from '../../../core/engine/result-schema.ts';
import { ApiCallError } from '../../../renderer/src/api/client.ts';

/** Timers that fire only when the test advances time. */
class ManualTimers implements Timers {
  private now = 0;
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

const PROJECT = 'p0123456789abcdef';
const result = (tag: string) => ({ scenario_id: tag }) as unknown as ScenarioResult;
const answer = (revision: number, tag: string): RunAnswer => ({ revision, results: [result(tag)] });
const flush = () => new Promise<void>((r) => setTimeout(r, 0));
const view = (revision: number): RunParams => ({ projectId: PROJECT, revision, scenarioIds: ['s1'], mac: false });
const conflict = () => new ApiCallError('scenario.run', 'REVISION_CONFLICT', 'revision 2 of the project was not committed');

/** A view showing revision 1's results, with the host's calls answered by hand. */
async function shown() {
  const timers = new ManualTimers();
  const calls: { params: RunParams; resolve: (a: RunAnswer) => void; reject: (e: unknown) => void }[] = [];
  const run = (params: RunParams) => new Promise<RunAnswer>((resolve, reject) => calls.push({ params, resolve, reject }));
  const errors: unknown[] = [];
  const live = new LiveResults(run, (e) => errors.push(e), { timers, debounceMs: 30, slowMs: 150 });
  live.update(view(1));
  calls[0]!.resolve(answer(1, 'good'));
  await flush();
  timers.advance(30);
  expect(live.getSnapshot()).toMatchObject({ revision: 1, computing: false });
  return { timers, calls, errors, live };
}

describe('live results asked for when the edit is sent (pipelined)', () => {
  it('asks for the edit’s revision at once, holds the answer until the edit is confirmed, then shows it without asking again', async () => {
    const { calls, live } = await shown();
    live.expect(PROJECT, 2);
    expect(calls.map((c) => c.params.revision)).toEqual([1, 2]);
    calls[1]!.resolve(answer(2, 'edited'));
    await flush();
    // Not confirmed by the store yet: the screen keeps the confirmed revision's results.
    expect(live.getSnapshot()).toMatchObject({ revision: 1, results: [result('good')] });
    live.update(view(2));
    expect(calls).toHaveLength(2);
    expect(live.getSnapshot()).toMatchObject({ revision: 2, results: [result('edited')], computing: false });
  });

  it('waits for the request already sent when the confirmation comes first', async () => {
    const { calls, live } = await shown();
    live.expect(PROJECT, 2);
    live.update(view(2));
    expect(calls).toHaveLength(2);
    expect(live.getSnapshot()).toMatchObject({ revision: 1, computing: true });
    calls[1]!.resolve(answer(2, 'edited'));
    await flush();
    expect(live.getSnapshot()).toMatchObject({ revision: 2, results: [result('edited')], computing: false });
  });

  it('ignores the refusal when the edit is refused or its write fails, and keeps the last good result', async () => {
    const { calls, errors, live } = await shown();
    live.expect(PROJECT, 2);
    calls[1]!.reject(conflict());
    await flush();
    expect(errors).toEqual([]);
    expect(live.getSnapshot()).toMatchObject({ revision: 1, results: [result('good')], computing: false, slow: false });
    expect(calls).toHaveLength(2);
    // The next edit that makes revision 2 is asked for again, never answered from the refused one.
    live.expect(PROJECT, 2);
    expect(calls).toHaveLength(3);
    live.update(view(2));
    expect(calls).toHaveLength(3);
    calls[2]!.resolve(answer(2, 'second edit'));
    await flush();
    expect(live.getSnapshot()).toMatchObject({ revision: 2, results: [result('second edit')] });
  });

  it('asks the ordinary way, and reports a real failure, when the pipelined request failed but the edit was confirmed', async () => {
    const { calls, errors, live } = await shown();
    live.expect(PROJECT, 2);
    calls[1]!.reject(new ApiCallError('scenario.run', 'INTERNAL', 'worker crashed'));
    await flush();
    expect(errors).toEqual([]);
    live.update(view(2));
    expect(calls.map((c) => c.params.revision)).toEqual([1, 2, 2]);
    calls[2]!.reject(new ApiCallError('scenario.run', 'INTERNAL', 'worker crashed again'));
    await flush();
    expect(errors).toHaveLength(1);
    expect(live.getSnapshot()).toMatchObject({ revision: 1, results: [result('good')], computing: false });
  });

  it('drops a pipelined answer when the view changed before the edit was confirmed', async () => {
    const { timers, calls, live } = await shown();
    live.expect(PROJECT, 2);
    live.update({ ...view(1), scenarioIds: ['s2'] });
    calls[1]!.resolve(answer(2, 'of s1'));
    await flush();
    live.update({ ...view(2), scenarioIds: ['s2'] });
    timers.advance(30);
    expect(live.getSnapshot().results).toBeNull();
    expect(calls.at(-1)!.params).toMatchObject({ scenarioIds: ['s2'], revision: 2 });
  });

  it('does not pipeline for another project, an older revision, or while a run is outstanding', async () => {
    const { timers, calls, live } = await shown();
    live.expect('pOTHER0123456789', 2);
    live.expect(PROJECT, 1);
    expect(calls).toHaveLength(1);
    live.update(view(2));
    expect(calls).toHaveLength(2);
    live.expect(PROJECT, 3); // revision 2's run is still outstanding: the confirmation's trailing run covers 3
    expect(calls).toHaveLength(2);
    timers.advance(30);
    live.update(view(3));
    calls[1]!.resolve(answer(2, 'r2'));
    await flush();
    timers.advance(30);
    expect(calls.map((c) => c.params.revision)).toEqual([1, 2, 3]);
  });
});
