import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/host.ts';
import { readSmallFile, readSmallFileAsync, readSmallTextFileAsync } from '../../../electron/host/safe-read.ts';
import { lockPathFor } from '../../../electron/host/store/lock-file.ts';
import { sidecarPath } from '../../../electron/host/signing/signatures.ts';
import { cli, importedSample, tempDir } from '../review/helpers.ts';

/**
 * Issue 14, item 1: sidecar files (signature file, lock file, key files) that are /dev/zero or a
 * FIFO once froze the host. Every hostile case runs the real CLI in a child process bounded by
 * spawnSync's `timeout`: a hang shows up as a killed child (signal set), never as a timing check.
 */

const KILL_AFTER_MS = 60_000;
let dir: string;

function parkzero(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/parkzero.js', ...args], { encoding: 'utf8', timeout: KILL_AFTER_MS });
  return { signal: r.signal, code: r.status, out: r.stdout, err: r.stderr };
}

function mkfifo(target: string): void {
  execFileSync('mkfifo', [target]);
}

beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readSmallFile', () => {
  it('refuses a device, a FIFO, a folder and a file over the cap, naming the file and why', () => {
    const zero = path.join(dir, 'zero-link');
    fs.symlinkSync('/dev/zero', zero);
    expect(() => readSmallFile(zero, { what: 'series file', maxBytes: 100 })).toThrow(/not a regular file \(a device\)/);
    const fifo = path.join(dir, 'a-fifo');
    mkfifo(fifo);
    expect(() => readSmallFile(fifo, { what: 'series file', maxBytes: 100 })).toThrow(/a named pipe/);
    expect(() => readSmallFile(dir, { what: 'series file', maxBytes: 100 })).toThrow(/a folder/);
    const big = path.join(dir, 'big');
    fs.writeFileSync(big, 'x'.repeat(101));
    expect(() => readSmallFile(big, { what: 'series file', maxBytes: 100 })).toThrow(/101 bytes, more than 100/);
    expect(readSmallFile(big, { what: 'series file', maxBytes: 101 }).length).toBe(101);
  });
});

describe('readSmallFileAsync (the API reads: key and signature file)', () => {
  it('refuses the same files with the same messages, bounded by the test timeout', { timeout: KILL_AFTER_MS }, async () => {
    const opts = { what: 'series file', maxBytes: 100 } as const;
    await expect(readSmallFileAsync(path.join(dir, 'zero-link'), opts)).rejects.toThrow(/not a regular file \(a device\)/);
    await expect(readSmallFileAsync(path.join(dir, 'a-fifo'), opts)).rejects.toThrow(/a named pipe/);
    await expect(readSmallFileAsync(dir, opts)).rejects.toThrow(/a folder/);
    await expect(readSmallFileAsync(path.join(dir, 'big'), opts)).rejects.toThrow(/101 bytes, more than 100/);
    await expect(readSmallFileAsync(path.join(dir, 'missing'), opts)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await readSmallFileAsync(path.join(dir, 'big'), { ...opts, maxBytes: 101 })).length).toBe(101);
    const bad = path.join(dir, 'not-utf8');
    fs.writeFileSync(bad, Buffer.from([0x61, 0xff, 0x62]));
    await expect(readSmallTextFileAsync(bad, opts)).rejects.toThrow(/not valid UTF-8/);
  });

  it('lets the event loop run while it reads (the main thread of the host is never held)', async () => {
    // A callback queued before the read runs before the read's answer: the open, stat and
    // reads are on libuv's thread pool. The synchronous reader returns before any could run.
    const order: string[] = [];
    setImmediate(() => order.push('event loop'));
    const text = await readSmallTextFileAsync(path.join(dir, 'big'), { what: 'series file', maxBytes: 101 });
    order.push('read');
    expect(text).toBe('x'.repeat(101));
    expect(order).toEqual(['event loop', 'read']);
  });
});

describe('hostile sidecars on the command line', { timeout: 2 * KILL_AFTER_MS }, () => {
  it('verify refuses a signature file that is /dev/zero or a FIFO, and returns', async () => {
    const file = await importedSample(dir, 'zero-sig.parkzero');
    expect((await cli('keygen', '--out', path.join(dir, 'k'))).code).toBe(0);
    fs.symlinkSync('/dev/zero', sidecarPath(file));
    const zero = parkzero('verify', file, '--pub', path.join(dir, 'k.pub'));
    expect(zero.signal).toBeNull();
    expect(zero.code).toBe(1);
    expect(zero.err).toContain('not a regular file');

    const fifoFile = await importedSample(dir, 'fifo-sig.parkzero');
    mkfifo(sidecarPath(fifoFile));
    const fifo = parkzero('verify', fifoFile, '--pub', path.join(dir, 'k.pub'));
    expect(fifo.signal).toBeNull();
    expect(fifo.code).toBe(1);
    expect(fifo.err).toContain('named pipe');
  });

  it('verify refuses a public key path that is /dev/zero', async () => {
    const file = await importedSample(dir, 'zero-key.parkzero');
    const r = parkzero('verify', file, '--pub', '/dev/zero');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.err).toContain('/dev/zero');
  });

  it('validate and info return when the lock file is /dev/zero or a FIFO', async () => {
    const zeroLocked = await importedSample(dir, 'zero-lock.parkzero');
    fs.symlinkSync('/dev/zero', lockPathFor(zeroLocked));
    const fifoLocked = await importedSample(dir, 'fifo-lock.parkzero');
    mkfifo(lockPathFor(fifoLocked));
    for (const file of [zeroLocked, fifoLocked]) {
      const r = parkzero('validate', file);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(0);
      expect(parkzero('info', file).signal).toBeNull();
    }
  });

  it('import refuses a FIFO as plan JSON', () => {
    const fifo = path.join(dir, 'plan-fifo.json');
    mkfifo(fifo);
    const r = parkzero('import', fifo, '-o', path.join(dir, 'from-fifo.parkzero'));
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.err).toContain('named pipe');
  });
});

describe('hostile sidecars through the API', () => {
  let host: Host;
  beforeAll(() => {
    host = createHost({ shell: 'cli', dataDir: path.join(dir, 'data'), version: 'test', log: () => {} });
  });
  afterAll(() => host.close());

  it('review.signatures refuses /dev/zero as the key and lists a FIFO sidecar as broken', async () => {
    const file = await importedSample(dir, 'api-fifo.parkzero');
    mkfifo(sidecarPath(file));
    mkfifo(lockPathFor(file));
    const opened = await host.call('project.open', { path: file, mode: 'review' });
    if (!opened.ok) throw new Error(opened.error.message);
    const { project_id } = opened.value as { project_id: string };
    const zero = await host.call('review.signatures', { project_id, public_key_path: '/dev/zero' });
    expect(zero).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    const listed = await host.call('review.signatures', { project_id });
    expect(listed).toMatchObject({ ok: true, value: { sidecar_state: 'broken', signatures: [] } });
  });
  // Bounded by the test's timeout, not timed: a lock that blocked would never answer.
  it(
    'project.open for editing returns when the lock file is a FIFO or /dev/zero, read-only while it is fresh',
    { timeout: 30_000 },
    async () => {
      const fifoLocked = await importedSample(dir, 'api-fifo-lock.parkzero');
      mkfifo(lockPathFor(fifoLocked));
      const zeroLocked = await importedSample(dir, 'api-zero-lock.parkzero');
      fs.symlinkSync('/dev/zero', lockPathFor(zeroLocked));
      for (const file of [fifoLocked, zeroLocked]) {
        // The host answers other calls while the open is on its way.
        const [opened, info] = await Promise.all([
          host.call('project.open', { path: file, mode: 'edit' }),
          host.call('app.info', {}),
        ]);
        expect(info.ok).toBe(true);
        expect(opened).toMatchObject({ ok: true, value: { read_only: true, read_only_reason: 'locked_by_other' } });
        // The junk is left where it is: it is not ours to remove while it may be in use.
        expect(fs.lstatSync(lockPathFor(file)).isFile()).toBe(false);
      }
    },
  );

  it('project.open takes a lock left by a dead process and leaves the lock of a live holder alone', async () => {
    const stale = await importedSample(dir, 'api-stale-lock.parkzero');
    const live = await importedSample(dir, 'api-live-lock.parkzero');
    const lock = (pid: number) =>
      JSON.stringify({
        format: 'parkzero-lock',
        version: 1,
        user: 'someone',
        host: os.hostname(),
        pid,
        since: '2026-01-01T00:00:00Z',
        token: 'x',
      });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    fs.writeFileSync(lockPathFor(stale), lock(dead));
    fs.writeFileSync(lockPathFor(live), lock(process.ppid));
    const taken = await host.call('project.open', { path: stale, mode: 'edit' });
    expect(taken).toMatchObject({ ok: true, value: { read_only: false } });
    expect(JSON.parse(fs.readFileSync(lockPathFor(stale), 'utf8'))).toMatchObject({ pid: process.pid });
    const refused = await host.call('project.open', { path: live, mode: 'edit' });
    expect(refused).toMatchObject({ ok: true, value: { read_only: true, read_only_reason: 'locked_by_other' } });
    expect((refused as { value: { lock_holder: string } }).value.lock_holder).toContain('someone');
    expect(JSON.parse(fs.readFileSync(lockPathFor(live), 'utf8'))).toMatchObject({ pid: process.ppid });
  });
});
