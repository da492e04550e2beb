/**
 * Benchmark of the live results pathway, end to end in real Chromium against the browser host:
 * from an edit to the updated results chart. Run with:
 *
 *   npx tsx scripts/bench-renderer.ts [--edits N] [--edit consumer|electricity|measure]
 *
 * Set-up: open the sample park and make N edits, each an ordinary commit (immer patches,
 * project.edit, a new revision), of one of:
 *  - `--edit consumer` (the default): the first enterprise's coal use, in the enterprise editor.
 *    Every scenario's pathway changes, but no scenario turns that coal into electricity, so
 *    every year's dispatch is taken from the previous run (core/engine/recent-dispatch.ts);
 *  - `--edit electricity`: the same enterprise's electricity use. Every scenario's pathway and
 *    every year's dispatch change: the most work an edit of one number can cause;
 *  - `--edit measure`: the wind capacity of the scenario on the Results screen, in the measure
 *    editor. Its parent's pathway stays the same (core/engine/pathway-cache.ts) and its years
 *    before the wind farm keep their dispatch.
 * Then open the Results screen. Timed part: undo those N edits and redo them again with the
 * keyboard while the emissions chart is on screen. Each undo/redo is a full edit through the
 * pipeline: local patch, project.edit round trip, new revision, debounced scenario.run on the
 * engine worker, answer checked against the contract, React render, echarts setOption. The
 * clock starts at the keydown in the page and stops when the chart's container gets the new
 * `data-revision`, which the chart sets on echarts' 'finished' event for that revision (render
 * done).
 *
 * Prints median, 90th and 95th percentile and max in ms, after WARMUP discarded edits, and the
 * median of each phase (from the page's own API calls, logged as they leave and return): key to
 * the edit leaving the page (undo applied locally, React), the edit's round trip (project.edit),
 * the edit leaving to the run request leaving (the renderer asks as soon as the edit is sent,
 * renderer/src/results/live-results.ts `expect`: about 0), the run (scenario.run, request to answer: the host starts
 * the run when the edit is checked, electron/host/engine/runs-ahead.ts, and answers once the
 * edit is committed), the run's answer after the edit's answer (what the user waits for beyond
 * the edit's write) and the rest (answer read and checked, React, echarts).
 * Then the CPU time each process spent per edit (the host with its engine workers, Chromium's
 * renderer, browser, GPU and utility processes), read from /proc where there is one.
 * Figures depend on the machine (and on what else runs on it); tests never assert timings.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ensureRendererBuilt } from '../tests/e2e/support/build-renderer.ts';

const args = process.argv.slice(2);
const EDITS = Math.max(4, Number(args[args.indexOf('--edits') + 1] ?? '') || 30);
const EDIT_KINDS = ['consumer', 'electricity', 'measure'] as const;
const EDIT = EDIT_KINDS.find((k) => k === args[args.indexOf('--edit') + 1]) ?? 'consumer';
const WARMUP = 4;
const CHROMIUM = process.env['PARKZERO_CHROMIUM'] ?? '/usr/bin/chromium';

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * The browser host as users start it (`parkzero serve`, the bundled command), in a process of
 * its own. Not in this one: Playwright's driver runs in the benchmark's process and handles
 * every protocol message from Chromium there, so an in-process host would share its event
 * loop. Measured that way, the host's main thread was 43% busy and an edit's write took 9.9 ms
 * instead of about 3 ms.
 */
async function startHost(workDir: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/parkzero.js', 'serve', '--root', workDir], {
    env: { ...process.env, PARKZERO_HOME: join(workDir, 'data') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Keep reading its output to the end: a closed pipe would stop the host at its next line.
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const url = /running at (\S+)/.exec(out)?.[1];
      if (url !== undefined) resolve({ url, process: child });
    });
    child.on('exit', () => reject(new Error(`parkzero serve stopped before it printed its address:\n${out}`)));
  });
}

/**
 * Installed in the page before the app's scripts: wraps WebSocket (the app's calls, renderer/src/
 * api/bridge.ts) and fetch (its HTTP fallback) to log when each call leaves and when its answer
 * arrives, by call name, once `__logOn` is set. A string, so that no helper of this script's
 * compiler ends up in the page.
 */
const API_CALL_LOG = `
  window.__log = [];
  window.__logOn = false;
  const NativeSocket = window.WebSocket;
  window.WebSocket = class extends NativeSocket {
    constructor(url, protocols) {
      super(url, protocols);
      const names = new Map();
      this.addEventListener('message', (event) => {
        if (!window.__logOn) return;
        const m = /^\\{"id":(\\d+),/.exec(String(event.data).slice(0, 40));
        const name = m === null ? undefined : names.get(Number(m[1]));
        if (name !== undefined) window.__log.push(['<' + name, performance.now()]);
      });
      const send = this.send.bind(this);
      this.send = (data) => {
        if (window.__logOn) {
          const m = /"id":(\\d+),"name":"([^"]+)"/.exec(String(data).slice(0, 200));
          if (m !== null) {
            names.set(Number(m[1]), m[2]);
            window.__log.push(['>' + m[2], performance.now()]);
          }
        }
        send(data);
      };
    }
  };
  const nativeFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const name = decodeURIComponent(String(input).split('/').pop() || '');
    if (window.__logOn) window.__log.push(['>' + name, performance.now()]);
    const r = await nativeFetch(input, init);
    if (window.__logOn) window.__log.push(['<' + name, performance.now()]);
    return r;
  };
`;

/**
 * CPU time (ms, user + system) used so far by the host's process (its worker threads included)
 * and by Chromium's processes by kind (renderer, GPU, network and other utilities, browser), from
 * /proc; null where there is no /proc. Read before and after the timed edits, it says who
 * the two cores spend an edit on.
 */
function cpuByProcess(hostPid: number): Record<string, number> | null {
  if (!existsSync('/proc/self/stat')) return null;
  const ticksMs = 10; // USER_HZ is 100 on Linux
  const stat = (pid: number) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) * ticksMs };
  };
  const out: Record<string, number> = { host: stat(hostPid).cpu };
  // Playwright starts Chromium as a child of this process, as the host is.
  const chromium = new Set([process.pid]);
  const all: { pid: number; ppid: number; cpu: number }[] = [];
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      all.push({ pid, ...stat(pid) });
    } catch {
      // Gone meanwhile.
    }
  }
  // Chromium's processes are this process's other descendants.
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all)
      if (!chromium.has(p.pid) && p.pid !== hostPid && chromium.has(p.ppid)) {
        chromium.add(p.pid);
        grew = true;
      }
  }
  for (const p of all) {
    if (!chromium.has(p.pid) || p.pid === process.pid) continue;
    let kind = 'Chromium browser';
    try {
      const type = /--type=([a-z-]+)/.exec(readFileSync(`/proc/${p.pid}/cmdline`, 'utf8'))?.[1];
      if (type === 'renderer') kind = 'Chromium renderer';
      else if (type === 'gpu-process') kind = 'Chromium GPU';
      else if (type !== undefined) kind = 'Chromium utilities';
    } catch {
      continue;
    }
    out[kind] = (out[kind] ?? 0) + p.cpu;
  }
  return out;
}

async function main(): Promise<void> {
  await ensureRendererBuilt();
  const workDir = mkdtempSync(join(tmpdir(), 'parkzero-bench-'));
  const host = await startHost(workDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.addInitScript(API_CALL_LOG);
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Open the sample park' }).click();
    const table = page.getByTestId('consumers-table');
    await table.waitFor();

    // Set-up edits: one enterprise's base-year coal use, or the viewed scenario's wind capacity,
    // N different values.
    let field;
    let edited: string;
    if (EDIT === 'consumer' || EDIT === 'electricity') {
      const first = table.getByRole('button').first();
      const carrier = EDIT === 'consumer' ? 'coal' : 'electricity';
      const name = await table.getByTestId('consumer-name').first().innerText();
      edited = `${carrier} use of the first enterprise in the table, ${name}`;
      await first.click();
      field = page.getByTestId('consumer-editor').getByTestId(`energy-${carrier}-input`);
    } else {
      edited = 'capacity of Distributed wind on the eastern hills (near-zero scenario)';
      await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Measures' }).click();
      const picker = page.getByTestId('measures-scenario');
      await picker.waitFor();
      const value = await picker.locator('option', { hasText: 'Near-zero-carbon park' }).first().getAttribute('value');
      await picker.selectOption(value ?? '');
      await page
        .getByTestId('measures-list')
        .getByTestId('measure-row')
        .filter({ hasText: 'Distributed wind on the eastern hills' })
        .getByRole('button')
        .click();
      field = page.getByTestId('measure-editor').getByTestId('measure-field-params.capacity_kw');
    }
    await field.waitFor();
    const base = Number((await field.inputValue()).replace(/[^\d.]/g, '')) || 1000;
    for (let i = 1; i <= EDITS; i++) {
      // Each value 1% above the last: always valid and never equal to the one before, so every
      // fill is one committed edit whatever --edits is (alternating +-5% steps went negative
      // beyond about 38 edits, and the undo pass then ran out of edits).
      await field.fill(String(Math.round(base * (1 + 0.01 * i))));
      await field.press('Enter');
    }
    // Let the last edit reach the host before timing anything.
    await page.waitForFunction(() => document.querySelector('.save-state')?.textContent?.includes('Saving') !== true);

    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Results' }).click();
    const chart = page.getByTestId('chart-pathway');
    await chart.waitFor();
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="chart-pathway"]')?.getAttribute('data-revision') ?? '') !== '',
    );
    await page.getByRole('heading', { level: 1 }).click(); // focus away from any field: shortcuts apply

    // In-page clock: keydown time and the time the chart reports a new revision.
    await page.evaluate(() => {
      // Phases: when each API call of an edit left and its answer came back (page clock), logged
      // by the socket wrapper installed before the app loaded (API_CALL_LOG).
      (window as unknown as { __logOn: boolean }).__logOn = true;
      const el = document.querySelector('[data-testid="chart-pathway"]')!;
      // `next`: settles when the chart shows a revision other than the one it showed at the
      // keydown. Awaited once per edit: no polling in the page while the edit is timed, which
      // would take CPU from the app on a small machine.
      const state = {
        keyAt: 0,
        doneAt: 0,
        revision: el.getAttribute('data-revision') ?? '',
        next: Promise.resolve(),
        settle: null as null | ((value: void) => void),
      };
      (window as unknown as { __bench: typeof state }).__bench = state;
      document.addEventListener(
        'keydown',
        () => {
          state.keyAt = performance.now();
          state.next = new Promise<void>((resolve) => (state.settle = resolve));
        },
        true,
      );
      new MutationObserver(() => {
        const revision = el.getAttribute('data-revision') ?? '';
        if (revision === state.revision || revision === '') return;
        state.doneAt = performance.now();
        state.revision = revision;
        state.settle?.();
      }).observe(el, { attributes: true, attributeFilter: ['data-revision'] });
    });

    const samples: number[] = [];
    const phases = {
      toEdit: [] as number[],
      edit: [] as number[],
      toRun: [] as number[],
      afterEdit: [] as number[],
      run: [] as number[],
      render: [] as number[],
    };
    const keys = [...Array<string>(EDITS).fill('Control+Z'), ...Array<string>(EDITS).fill('Control+Shift+Z')];
    const cpuBefore = cpuByProcess(host.process.pid!);
    for (const key of keys) {
      await page.keyboard.press(key);
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const b = (window as unknown as { __bench: { next: Promise<void> } }).__bench;
            const timer = setTimeout(() => reject(new Error('the chart showed no new revision within 15 s')), 15_000);
            void b.next.then(() => {
              clearTimeout(timer);
              resolve();
            });
          }),
      );
      const ms = await page.evaluate(() => {
        const b = (window as unknown as { __bench: { keyAt: number; doneAt: number } }).__bench;
        return b.doneAt - b.keyAt;
      });
      samples.push(ms);
      const phase = await page.evaluate(() => {
        const w = window as unknown as { __log: [string, number][]; __bench: { keyAt: number; doneAt: number } };
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const last: Record<string, number> = {};
        for (const [n, t] of w.__log) last[n] = t;
        const out = {
          toEdit: (last['>project.edit'] ?? NaN) - w.__bench.keyAt,
          edit: (last['<project.edit'] ?? NaN) - (last['>project.edit'] ?? NaN),
          toRun: (last['>scenario.run'] ?? NaN) - (last['>project.edit'] ?? NaN),
          afterEdit: (last['<scenario.run'] ?? NaN) - (last['<project.edit'] ?? NaN),
          run: (last['<scenario.run'] ?? NaN) - (last['>scenario.run'] ?? NaN),
          render: w.__bench.doneAt - (last['<scenario.run'] ?? NaN),
        };
        w.__log.length = 0;
        return out;
      });
      phases.toEdit.push(phase.toEdit);
      phases.edit.push(phase.edit);
      phases.toRun.push(phase.toRun);
      phases.afterEdit.push(phase.afterEdit);
      phases.run.push(phase.run);
      phases.render.push(phase.render);
    }

    const cpuAfter = cpuByProcess(host.process.pid!);
    const timed = samples.slice(WARMUP).sort((a, b) => a - b);
    const fmt = (v: number) => v.toFixed(1).padStart(7);
    console.log(
      `ParkZero renderer benchmark: edit -> results chart rendered (sample park, ${EDIT} edits, ${timed.length} after ${WARMUP} warm-up)`,
    );
    console.log(`edit: ${edited}`);
    console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown cpu'}`);
    console.log(`  median ${fmt(percentile(timed, 50))} ms`);
    console.log(`  p90    ${fmt(percentile(timed, 90))} ms`);
    console.log(`  p95    ${fmt(percentile(timed, 95))} ms`);
    console.log(`  max    ${fmt(timed.at(-1)!)} ms`);
    const med = (xs: number[]) => {
      const v = xs.slice(WARMUP).filter((x) => Number.isFinite(x));
      return v.length === 0
        ? NaN
        : percentile(
            v.sort((a, b) => a - b),
            50,
          );
    };
    console.log(
      `  phases (median): key to edit sent ${med(phases.toEdit).toFixed(1)} ms, edit round trip ${med(phases.edit).toFixed(1)} ms, edit sent to run asked ${med(phases.toRun).toFixed(1)} ms, scenario.run ${med(phases.run).toFixed(1)} ms, run answered after the edit's answer ${med(phases.afterEdit).toFixed(1)} ms, answer to chart drawn ${med(phases.render).toFixed(1)} ms (machine load ${loadavg()[0]!.toFixed(1)})`,
    );
    if (cpuBefore !== null && cpuAfter !== null)
      console.log(
        `  CPU per edit (all ${keys.length}, the benchmark's own page calls included): ${Object.keys(cpuAfter)
          .map((k) => `${k} ${((cpuAfter[k]! - (cpuBefore[k] ?? 0)) / keys.length).toFixed(1)} ms`)
          .join(', ')}`,
      );
  } finally {
    await browser.close();
    host.process.kill('SIGTERM');
    await once(host.process, 'exit');
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
