import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanDiff } from '../../../core/diff/index.ts';
import { cli, importedModified, importedSample, tempDir } from './helpers.ts';

/** The reviewer's command line: fingerprint, diff, keygen/sign/verify exit codes, memo. */

let dir: string;
let sample: string;
let modified: string;

beforeAll(async () => {
  dir = tempDir();
  sample = await importedSample(dir);
  modified = await importedModified(dir, (plan) => {
    plan.park.discount_rate = 0.08;
    plan.consumers.find((c) => c.id === 'li-carbonate')!.energy.coal_t = 90_000;
    const clean = plan.scenarios.find((s) => s.id === 'clean-transition')!;
    clean.measures = clean.measures.filter((m) => m.id !== 'rooftop-pv');
    for (const s of plan.scenarios) s.measure_overrides = s.measure_overrides.filter((o) => o.measure_id !== 'rooftop-pv');
    plan.targets.push({
      id: 'coal-zero',
      kind: 'peak',
      name: 'Coal peaks by 2025',
      source: 'reviewer',
      template: null,
      indicator: 'coal_t',
      peak_by_year: 2025,
    });
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('parkzero fingerprint', () => {
  it('prints 64 hex digits, the same for the same plan in another file', async () => {
    const a = await cli('fingerprint', sample);
    const again = await cli('fingerprint', await importedSample(dir, 'again.parkzero'));
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/^[0-9a-f]{64}$/);
    expect(again.out).toBe(a.out);
    expect((await cli('fingerprint', modified)).out).not.toBe(a.out);
    const missing = await cli('fingerprint', path.join(dir, 'nope.parkzero'));
    expect(missing.code).toBe(1);
  });
});

describe('parkzero diff', () => {
  it('lists the changes on a modified copy of the sample, and what they did to the results', async () => {
    const r = await cli('diff', sample, modified);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toContain('Plan changes: 4');
    expect(lines).toContain('  changed  park.discount_rate: 0.06 → 0.08');
    expect(lines).toContain('  changed  consumers[li-carbonate].energy.coal_t: 85,000 t → 90,000 t');
    expect(lines).toContain('  removed  measure "Rooftop PV on factory roofs" [rooftop-pv] in scenario clean-transition');
    expect(lines).toContain('  added    target "Coal peaks by 2025" [coal-zero]');
    expect(r.out).toMatch(/Business as usual \[baseline\]\n {4}Net emissions 2030: +[\d,]+ → [\d,]+ tCO2 {2}\(\+[\d,]+\)/);
    expect(r.out).toContain('coal-zero "Coal peaks by 2025": absent → FAIL from 2026');
  });

  it('writes JSON that matches the diff schema', async () => {
    const out = path.join(dir, 'diff.json');
    const r = await cli('diff', sample, modified, '--format', 'json', '-o', out);
    expect(r.code).toBe(0);
    const diff = PlanDiff.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(diff.changes.map((c) => c.change)).toEqual(['changed', 'changed', 'removed', 'added']);
    expect(diff.outcomes).toHaveLength(3);
  });

  it('says when two files hold the same plan, and refuses an unknown format', async () => {
    const same = await cli('diff', sample, sample);
    expect(same.out).toContain('identical in content');
    expect((await cli('diff', sample, modified, '--format', 'xml')).code).toBe(2);
  });
});

describe('parkzero keygen, sign, verify', () => {
  it('exits 0 for a valid signature and 1 with one line for each failure', async () => {
    const base = path.join(dir, 'consultant');
    expect((await cli('keygen', '--out', base)).code).toBe(0);
    expect((await cli('keygen', '--out', base)).code).toBe(1);
    expect((await cli('keygen')).code).toBe(2);
    expect((await cli('keygen', '--out', path.join(dir, 'other'))).code).toBe(0);

    const file = await importedSample(dir, 'signed.parkzero');
    const missing = await cli('verify', file, '--pub', `${base}.pub`);
    expect([missing.code, missing.err]).toEqual([1, `missing signature: ${file}.sig.json not found`]);

    const signed = await cli('sign', file, '--key', `${base}.key`, '--signer', 'Li Wei');
    expect(signed.code).toBe(0);
    expect(signed.out).toContain('by Li Wei at');
    const ok = await cli('verify', file, '--pub', `${base}.pub`);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^signature valid: signed by Li Wei on \d{4}-\d\d-\d\dT/);

    const wrong = await cli('verify', file, '--pub', path.join(dir, 'other.pub'));
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/^wrong key: /);

    const sig = `${file}.sig.json`;
    fs.writeFileSync(sig, fs.readFileSync(sig, 'utf8').replace('Li Wei', 'Li Wie'));
    const broken = await cli('verify', file, '--pub', `${base}.pub`);
    expect([broken.code, broken.err.split('\n').length]).toEqual([1, 1]);
    expect(broken.err).toMatch(/^broken signature: /);

    expect((await cli('sign', file, '--key', `${base}.key`, '--signer', 'Li Wei')).code).toBe(0);
    fs.copyFileSync(modified, file);
    const changed = await cli('verify', file, '--pub', `${base}.pub`);
    expect(changed.code).toBe(1);
    expect(changed.err).toMatch(/^plan changed since signing: /);
  });
});

describe('parkzero memo', () => {
  it('asks for the reviewer and the conclusion instead of guessing them', async () => {
    const out = path.join(dir, 'memo-asked.md');
    const noName = await cli('memo', sample, '-o', out, '--conclusion', 'pass');
    expect(noName.code).toBe(2);
    expect(noName.err).toContain('--reviewer NAME is required');
    const noConclusion = await cli('memo', sample, '-o', out, '--reviewer', 'Zhang Min');
    expect(noConclusion.code).toBe(2);
    expect(noConclusion.err).toContain('--conclusion is required: pass, pass_with_changes, fail');
    const wrong = await cli('memo', sample, '-o', out, '--reviewer', 'Zhang Min', '--conclusion', 'ok');
    expect(wrong.err).toContain('got "ok"');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('writes a Markdown memo with park, fingerprint, reviewer, date, targets and comments', async () => {
    const out = path.join(dir, 'memo.md');
    const r = await cli(
      'memo',
      sample,
      '--format',
      'md',
      '-o',
      out,
      '--reviewer',
      'Zhang Min',
      '--conclusion',
      'pass_with_changes',
    );
    expect(r.code).toBe(0);
    const md = fs.readFileSync(out, 'utf8');
    const fp = (await cli('fingerprint', sample)).out;
    expect(md).toMatch(/^# Review memo: Suining/);
    expect(md).toContain(`| Plan fingerprint | \`${fp}\``);
    expect(md).toContain('| Reviewer | Zhang Min |');
    expect(md).toContain('| Review conclusion | **Pass with changes** |');
    expect(md).toContain('| Signature | unsigned: no signature accompanies this file |');
    expect(md).toMatch(/\| Date \| \d{4}-\d\d-\d\d \|/);
    expect(md).toContain('## Target check');
    // Headings name scenarios by their names alone: ids are codes, not words.
    expect(md).toContain('### Near-zero-carbon park\n');
    expect(md).not.toContain('[near-zero]');
    expect(md).toContain('No comments.');
    expect((await cli('memo', sample, '--format', 'docx', '-o', out)).code).toBe(2);
  });

  it('writes the memo in Chinese, and as a PDF whose every page names the fingerprint', async () => {
    const md = path.join(dir, 'memo-zh.md');
    expect((await cli('memo', sample, '--lang', 'zh', '-o', md, '--reviewer', '张敏', '--conclusion', 'fail')).code).toBe(0);
    const text = fs.readFileSync(md, 'utf8');
    expect(text).toMatch(/^# 审阅备忘录：Suining/);
    expect(text).toContain('| 审阅人 | 张敏 |');
    expect(text).toContain('| 审阅结论 | **不通过** |');
    expect(text).toContain('## 目标核查');
    // Scenario headings are names, with no ids in brackets (codes in a Chinese document).
    expect(text).toMatch(/^### \S/m);
    expect(text).not.toMatch(/^### .*\[/m);

    const pdf = path.join(dir, 'memo.pdf');
    expect(
      (await cli('memo', sample, '--format', 'pdf', '--reviewer', 'Zhang Min', '--conclusion', 'pass', '-o', pdf)).code,
    ).toBe(0);
    const bytes = fs.readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const fp = (await cli('fingerprint', sample)).out;
    // The fingerprint is in the document's keywords (plain text in the info dictionary).
    expect(bytes.toString('latin1')).toContain(`plan-fingerprint:${fp}`);
    expect((await cli('memo', sample, '--format', 'pdf')).code).toBe(2);
  });

  it('takes the memo format from the file name and refuses a contradicting --format', async () => {
    const pdf = path.join(dir, 'by-extension.pdf');
    expect((await cli('memo', sample, '--reviewer', 'Zhang Min', '--conclusion', 'pass', '-o', pdf)).code).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const md = path.join(dir, 'mismatch.md');
    const r = await cli('memo', sample, '--format', 'pdf', '-o', md);
    expect(r.code).toBe(2);
    expect(r.err).toContain('does not match');
    expect(fs.existsSync(md)).toBe(false);
  });
});
