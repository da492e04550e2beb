import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../electron/host/cli/main.ts';
import { writePortfolioFolder } from '../../../scripts/portfolio-folder.ts';
import { scanChinese, scanEnglish } from '../reports/language-scan.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file in the folder with the SHA-256 of its bytes. */
function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex'),
      ]),
  );
}

interface JsonOut {
  rows: { file: string; choice: string; signature: string; province: string; milestones: unknown[]; scenario: { id: string } }[];
  refused: { file: string; code: string; reason_zh: string }[];
  aggregate: { years: number[]; parks: number[] };
}

describe('parkzero portfolio (issue 15: both samples, 10 edited copies each, one hostile file)', () => {
  let root: string;
  let parks: string;
  let before: Record<string, string>;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'parkzero-portfolio-'));
    parks = join(root, 'parks');
    mkdirSync(parks);
    writePortfolioFolder(parks, 10);
    before = hashes(parks);
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives 20 parks and one refused file, each park with the scenario it submits or the documented fallback', async () => {
    const r = await run('portfolio', parks, '--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as JsonOut;
    expect(json.rows).toHaveLength(20);
    expect(json.refused).toEqual([
      expect.objectContaining({ file: 'hostile.parkzero', code: 'FILE_NOT_SQLITE', reason_zh: expect.stringContaining('不是') }),
    ]);
    // Copies 1, 4, 7, 10 are marked; 2, 5, 8 carry the report's choice; 3, 6, 9 fall back to the report's rule.
    const count = (c: string) => json.rows.filter((x) => x.choice === c).length;
    expect([count('flagged'), count('report_choice'), count('recommended')]).toEqual([8, 6, 6]);
    // Copies 1, 5 and 9 of each sample are signed, and their plans are unchanged since.
    expect(json.rows.filter((x) => x.signature === 'signed').map((x) => x.file)).toEqual(
      ['suining-01', 'suining-05', 'suining-09', 'zhangye-01', 'zhangye-05', 'zhangye-09'].map((f) => `${f}.parkzero`),
    );
    expect(json.aggregate.parks.every((n) => n === 20)).toBe(true);
  }, 120_000);

  it('prints the table in Chinese without English, and in English', async () => {
    const zh = await run('portfolio', parks);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('园区总览');
    expect(zh.out).toContain('共读取 20 个园区，1 个文件未能读取。');
    expect(zh.out).toContain('hostile.parkzero');
    expect(zh.out).toContain('四川');
    expect(scanChinese(zh.out.replace(/\S*\.parkzero/g, ''))).toEqual([]);
    const en = await run('portfolio', parks, '--lang', 'en');
    expect(en.out).toContain('20 park(s) read, 1 file(s) not read.');
    expect(en.out).toContain('not an SQLite database');
    expect(scanEnglish(en.out.replace(/\S*\.parkzero\S*/g, ''))).toEqual([]);
  }, 120_000);

  it('writes the workbook and the PDF summary (Chinese without English words), refusing a format the name contradicts', async () => {
    const xlsx = join(root, 'portfolio.xlsx');
    expect((await run('portfolio', parks, '-o', xlsx)).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    for (const lang of ['zh', 'en'] as const) {
      const pdf = join(root, `portfolio-${lang}.pdf`);
      const r = await run('portfolio', parks, '-o', pdf, '--lang', lang, '--date', '2026-01-01');
      expect(r.code).toBe(0);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      // Names and file names are the user's text; the scan is about ParkZero's own words.
      const own = text
        .split('\n')
        .map((l) => l.replace(/\S*\.parkzero/g, ''))
        .join('\n');
      if (lang === 'zh') {
        expect(text).toContain('园区总览');
        expect(scanChinese(own)).toEqual([]);
      } else {
        expect(text).toContain('Park portfolio');
        expect(scanEnglish(own)).toEqual([]);
      }
    }
    const wrong = await run('portfolio', parks, '-o', join(root, 'p.pdf'), '--format', 'xlsx');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('does not match');
  }, 180_000);

  it('leaves every file in the folder byte-identical, and adds none', () => {
    expect(hashes(parks)).toEqual(before);
  });

  it('lists a FIFO and a link to /dev/zero as refused without waiting on them', async () => {
    const odd = join(root, 'odd');
    mkdirSync(odd);
    execFileSync('mkfifo', [join(odd, 'fifo.parkzero')]);
    symlinkSync('/dev/zero', join(odd, 'zero.parkzero'));
    const r = await run('portfolio', odd, join(parks, 'suining-01.parkzero'), join(root, 'missing.parkzero'), '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as JsonOut;
    expect(json.rows.map((x) => x.file)).toEqual(['suining-01.parkzero']);
    expect(json.refused.map((x) => [x.file, x.code]).sort()).toEqual([
      ['fifo.parkzero', 'NOT_FOUND'],
      ['missing.parkzero', 'NOT_FOUND'],
      ['zero.parkzero', 'PATH_NOT_ALLOWED'],
    ]);
  }, 60_000);
});

describe('parkzero submit', () => {
  it('marks the scenario a park submits, which the portfolio then shows, and unmarks it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkzero-submit-'));
    try {
      const file = join(dir, 'park.parkzero');
      expect((await run('new', file, '--sample', 'zhangye')).code).toBe(0);
      const marked = await run('submit', file, '--scenario', 'hydrogen-park');
      expect(marked.code).toBe(0);
      expect(marked.out).toContain('the submitted plan is hydrogen-park');
      const shown = JSON.parse((await run('portfolio', file, '--format', 'json')).out) as JsonOut;
      expect(shown.rows.map((r) => [r.scenario.id, r.choice])).toEqual([['hydrogen-park', 'flagged']]);
      expect((await run('submit', file, '--scenario', 'nope')).code).toBe(1);
      expect((await run('submit', file)).code).toBe(2);
      expect((await run('submit', file, '--none')).out).toContain('no scenario is marked');
      const after = JSON.parse((await run('portfolio', file, '--format', 'json')).out) as JsonOut;
      expect(after.rows[0]!.choice).toBe('recommended');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
