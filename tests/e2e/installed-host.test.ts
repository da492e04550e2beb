import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { ensureRendererBuilt } from './support/build-renderer.ts';

/**
 * `parkzero serve` as installed: bin/parkzero.js runs the bundled CLI, whose engine and report
 * worker threads must start from bundled JavaScript too (no TypeScript beside the bundle).
 */
describe('the installed browser host', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureRendererBuilt();
    dir = mkdtempSync(join(tmpdir(), 'parkzero-installed-host-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('computes scenarios and writes reports on workers that run from the bundle', async () => {
    const home = join(dir, 'home');
    const child: ChildProcess = spawn(process.execPath, ['bin/parkzero.js', 'serve', '--sample', '--root', dir], {
      env: { ...process.env, PARKZERO_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<URL>((resolve, reject) => {
        let text = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          const found = /running at (\S+)/.exec(text);
          if (found) resolve(new URL(found[1]!));
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const token = url.searchParams.get('token')!;
      const project = url.searchParams.get('project')!;
      const call = async (name: string, body: unknown) => {
        const response = await fetch(new URL(`/api/${name}`, url), {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
      };
      const ran = await call('scenario.run', { project_id: project, scenario_ids: ['baseline'], mac: false });
      expect(ran.error).toBeUndefined();
      expect((ran.value as { results: { scenario_id: string }[] }).results[0]!.scenario_id).toBe('baseline');
      const pdf = join(dir, 'report.pdf');
      const exported = await call('report.export', { project_id: project, format: 'pdf', lang: 'en', path: pdf });
      expect(exported.error).toBeUndefined();
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
