import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ParkZeroError } from '../../../core/api/result.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'child.ts');

export function tempDir(prefix = 'pz-store-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Runs `fn` and returns the ParkZeroError it throws (fails the test if it throws anything else). */
export function catchError(fn: () => unknown): ParkZeroError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParkZeroError) return e;
    throw e;
  }
  throw new Error('expected a ParkZeroError, but nothing was thrown');
}

/** Deterministic PRNG (mulberry32) so the kill timings are reproducible from the seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Child {
  proc: ChildProcess;
  /** Resolves with the first stdout line that starts with `prefix` (the rest, parsed as JSON if possible). */
  waitFor(prefix: string): Promise<string>;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts tests/host/store/fixtures/child.ts in a real separate process with this Node
 * (vitest runs on the project's Node 22) and tsx's loader.
 */
export function startChild(args: string[]): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let buffer = '';
  let stderr = '';
  const lines: string[] = [];
  const waiters: { prefix: string; resolve: (rest: string) => void }[] = [];
  const deliver = () => {
    for (let i = 0; i < waiters.length;) {
      const w = waiters[i]!;
      const hit = lines.findIndex((l) => l.startsWith(w.prefix));
      if (hit >= 0) {
        const line = lines.splice(hit, 1)[0]!;
        waiters.splice(i, 1);
        w.resolve(line.slice(w.prefix.length).trim());
      } else i++;
    }
  };
  proc.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      lines.push(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
    }
    deliver();
  });
  proc.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    proc,
    exited,
    waitFor(prefix) {
      return new Promise((resolve, reject) => {
        waiters.push({ prefix, resolve });
        deliver();
        void exited.then(({ code, signal }) =>
          reject(new Error(`child exited (${code ?? signal}) before "${prefix}"; stderr: ${stderr.slice(0, 2000)}`)),
        );
      });
    },
  };
}

export async function killHard(child: Child): Promise<void> {
  child.proc.kill('SIGKILL');
  await child.exited;
}
