import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { CLI_CACHE_DIR } from '../../../bin/cli-bundle.js';

/**
 * The installed command (bin/parkzero.js) runs the CLI bundled to plain JavaScript, workers
 * included: these tests run it as a user would, in child processes.
 */
const manifestFile = join(CLI_CACHE_DIR, 'current.json');
const parkzero = (...args: string[]) => execFileSync(process.execPath, ['bin/parkzero.js', ...args], { encoding: 'utf8' });
const currentBuild = () => (JSON.parse(readFileSync(manifestFile, 'utf8')) as { build: string }).build;

describe('the installed parkzero command', () => {
  let dir: string;
  let sample: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-installed-'));
    sample = join(dir, 'sample.parkzero');
    parkzero('new', sample);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a bundle it keeps between runs while the sources are unchanged', () => {
    expect(parkzero('help')).toContain('parkzero: plan near-zero-carbon industrial parks');
    const build = currentBuild();
    expect(existsSync(join(CLI_CACHE_DIR, build, 'main.mjs'))).toBe(true);
    expect(existsSync(join(CLI_CACHE_DIR, build, 'engine-worker.mjs'))).toBe(true);
    expect(existsSync(join(CLI_CACHE_DIR, build, 'report-worker.mjs'))).toBe(true);
    expect(parkzero('info', sample)).toContain('Scenarios:');
    expect(currentBuild()).toBe(build);
  });
});
