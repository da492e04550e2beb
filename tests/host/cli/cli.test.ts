import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { main } from '../../../electron/host/cli/main.ts';
import { SCHEMA_VERSION } from '../../../electron/host/store/constants.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('parkzero CLI', () => {
  let dir: string;
  let sample: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-cli-'));
    sample = join(dir, 'sample.parkzero');
    expect((await run('new', sample)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validates the sample and describes it', async () => {
    const validated = await run('validate', sample);
    expect(validated.code).toBe(0);
    expect(validated.out).toContain('valid ParkZero project');
    const info = await run('info', sample);
    expect(info.code).toBe(0);
    expect(info.out).toContain('遂宁绿源工业园区（示例）');
    expect(info.out).toMatch(new RegExp(`Schema version:\\s+${SCHEMA_VERSION}\\b`));
    expect(info.out).toContain('Location:        Suining, Sichuan');
    expect(info.out).toContain('Years:           2025-2060');
    expect(info.out).toContain('近零碳园区 [near-zero] (from 清洁能源转型');
  });

  it('makes the Zhangye hydrogen park with --sample zhangye, which validates and runs', async () => {
    const zhangye = join(dir, 'zhangye.parkzero');
    const created = await run('new', zhangye, '--sample', 'zhangye');
    expect(created.code).toBe(0);
    expect(created.out).toContain('张掖氢能零碳产业园（示例）');
    expect((await run('validate', zhangye)).code).toBe(0);
    const info = (await run('info', zhangye)).out;
    expect(info).toContain('Location:        Zhangye, Gansu');
    const ran = await run('run', zhangye, '--format', 'json');
    expect(ran.code).toBe(0);
    const results = JSON.parse(ran.out) as { scenarios: { scenario_id: string; years: { year: number }[] }[] };
    expect(results.scenarios.map((s) => s.scenario_id)).toEqual(['baseline', 'hydrogen-park', 'zero-carbon']);
    expect(results.scenarios[0]!.years.map((y) => y.year)).toEqual(Array.from({ length: 36 }, (_, i) => 2025 + i));
  });

  it('runs the Suining sample from --sample suining', async () => {
    const suining = join(dir, 'suining.parkzero');
    expect((await run('new', suining, '--sample', 'suining')).code).toBe(0);
    const ran = await run('run', suining, '--scenario', 'near-zero');
    expect(ran.code).toBe(0);
    expect(ran.out).toContain('近零碳园区 (near-zero)');
  });

  it('refuses an unknown sample and --blank with --sample, naming the samples', async () => {
    const nowhere = join(dir, 'nowhere.parkzero');
    const unknown = await run('new', nowhere, '--sample', 'lhasa');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('the samples are suining and zhangye');
    const both = await run('new', nowhere, '--sample', 'zhangye', '--blank', '--province', '甘肃', '--city', '张掖');
    expect(both.code).toBe(2);
    expect(existsSync(nowhere)).toBe(false);
  });

  it('refuses to overwrite an existing file unless forced', async () => {
    const again = await run('new', sample);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^FILE_EXISTS: /);
    expect((await run('new', sample, '--blank', '--name', 'Empty park', '--force')).code).toBe(2);
    expect((await run('new', sample, '--blank', '--province', 'Atlantis', '--city', 'X', '--force')).code).toBe(2);
    expect(
      (await run('new', sample, '--blank', '--name', 'Empty park', '--province', '甘肃', '--city', 'Zhangye', '--force')).code,
    ).toBe(0);
    const info = (await run('info', sample)).out;
    expect(info).toContain('Empty park');
    expect(info).toContain('Location:        Zhangye, Gansu');
    expect((await run('new', sample, '--force')).code).toBe(0);
  });

  it('prints one clear line with its own code for each hostile file and leaves it unchanged', async () => {
    const cases: [string, (file: string) => void, string][] = [
      ['empty', (f) => writeFileSync(f, ''), 'FILE_EMPTY'],
      ['text', (f) => writeFileSync(f, 'not a database at all'), 'FILE_NOT_SQLITE'],
      [
        'truncated',
        (f) => {
          copyFileSync(sample, f);
          truncateSync(f, Math.floor(statSync(f).size / 2));
        },
        'FILE_TRUNCATED',
      ],
      [
        'foreign',
        (f) => {
          const db = new Database(f);
          db.exec('create table t(x)');
          db.close();
        },
        'FILE_WRONG_APPLICATION',
      ],
      [
        'newer',
        (f) => {
          copyFileSync(sample, f);
          const db = new Database(f);
          db.pragma('user_version = 99');
          db.close();
        },
        'FILE_FROM_NEWER_VERSION',
      ],
      [
        'trigger',
        (f) => {
          copyFileSync(sample, f);
          const db = new Database(f);
          db.exec('create trigger t after insert on consumers begin select 1; end');
          db.close();
        },
        'FILE_UNEXPECTED_OBJECT',
      ],
    ];
    for (const [name, make, code] of cases) {
      const file = join(dir, `${name}.parkzero`);
      make(file);
      const before = sha(file);
      const result = await run('validate', file);
      expect(result.code, name).toBe(1);
      expect(result.err.split('\n'), name).toHaveLength(1);
      expect(result.err, name).toMatch(new RegExp(`^${code}: `));
      expect(sha(file), name).toBe(before);
    }
  });

  it('reports usage errors with exit code 2', async () => {
    expect((await run('validate')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('info', sample, '--bogus')).code).toBe(2);
  });

  it('runs as an installed command (bin/parkzero.js) on the project Node', () => {
    const out = execFileSync(process.execPath, ['bin/parkzero.js', 'validate', sample], { encoding: 'utf8' });
    expect(out).toContain('valid ParkZero project');
    const bad = join(dir, 'bad.parkzero');
    writeFileSync(bad, 'junk');
    const refused = spawnSync(process.execPath, ['bin/parkzero.js', 'validate', bad], { encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toMatch(/^FILE_NOT_SQLITE: .*bad\.parkzero/);
  });
});
