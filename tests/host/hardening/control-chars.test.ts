import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../core/model/plan.ts';
import { escapeControlChars } from '../../../core/text/control-chars.ts';
import { SAMPLE_JSON, cli, importedSample, tempDir } from '../review/helpers.ts';
import { sidecarPath } from '../../../electron/host/signing/signatures.ts';

/** Issue 14, item 2: control characters can neither enter a name nor reach a terminal raw. */

const SPOOF = 'Mallory\r\u001b[2K\u001b[32msignature valid: signed by Li Wei';
let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface SampleJson {
  park: { name: string };
  consumers: { notes?: string }[];
}
function sampleWith(change: (plan: SampleJson) => void): unknown {
  const plan = JSON.parse(fs.readFileSync(SAMPLE_JSON, 'utf8')) as SampleJson;
  change(plan);
  return plan;
}

describe('names and text refuse control characters on input', () => {
  it('refuses a park name with a carriage return or an escape code, naming the field', () => {
    for (const bad of ['Park\rA', 'Park\u001b[31m', 'Park\u009b', 'Park\u202eA', 'Park\tA', 'Park\nA']) {
      const parsed = parsePlan(sampleWith((p) => (p.park.name = bad)));
      expect(parsed.ok, JSON.stringify(bad)).toBe(false);
      if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toContain('park.name');
    }
  });

  it('allows newline and tab in multi-line text but no other control character', () => {
    const ok = parsePlan(sampleWith((p) => (p.consumers[0]!.notes = 'line one\n\tline two')));
    expect(ok.ok).toBe(true);
    const bad = parsePlan(sampleWith((p) => (p.consumers[0]!.notes = 'line one\r\u001b[1A')));
    expect(bad.ok).toBe(false);
  });

  it('parkzero import refuses such a plan with PLAN_INVALID and the field path', async () => {
    const json = path.join(dir, 'bad-name.json');
    fs.writeFileSync(json, JSON.stringify(sampleWith((p) => (p.park.name = SPOOF))));
    const r = await cli('import', json, '-o', path.join(dir, 'bad-name.parkzero'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('PLAN_INVALID');
    expect(r.err).toContain('park.name');
    expect(r.err).not.toContain('\u001b');
    expect(r.err).not.toContain('\r');
  });
});

describe('output escapes control characters', () => {
  it('escapeControlChars shows them as \\u escapes and keeps newline, tab and Chinese', () => {
    expect(escapeControlChars('a\r\u001b[2Kb\u009b\u202e')).toBe('a\\u000d\\u001b[2Kb\\u009b\\u202e');
    expect(escapeControlChars('园区\n\t名称')).toBe('园区\n\t名称');
  });

  it('verify prints a spoofing signer name from an unverified sidecar escaped, never raw', async () => {
    const file = await importedSample(dir, 'spoof.parkzero');
    expect((await cli('keygen', '--out', path.join(dir, 'mallory'))).code).toBe(0);
    expect((await cli('keygen', '--out', path.join(dir, 'liwei'))).code).toBe(0);
    expect((await cli('sign', file, '--key', path.join(dir, 'mallory.key'), '--signer', 'Mallory')).code).toBe(0);
    // Edit the unverified sidecar by hand, as an attacker would.
    const sidecar = sidecarPath(file);
    const content = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { signatures: { signer: string }[] };
    content.signatures[0]!.signer = SPOOF;
    fs.writeFileSync(sidecar, JSON.stringify(content));
    const r = await cli('verify', file, '--pub', path.join(dir, 'liwei.pub'));
    expect(r.code).toBe(1);
    expect(r.out + r.err).not.toMatch(/[\r\u001b]/);
  });

  it('sign refuses a signer name with control characters', async () => {
    const file = await importedSample(dir, 'spoof-sign.parkzero');
    expect((await cli('keygen', '--out', path.join(dir, 'signer'))).code).toBe(0);
    const r = await cli('sign', file, '--key', path.join(dir, 'signer.key'), '--signer', SPOOF);
    expect(r.code).toBe(1);
    expect(r.err).toContain('control characters');
    expect(fs.existsSync(sidecarPath(file))).toBe(false);
  });

  it('the CLI escapes a raw control character in anything it prints (here a file name)', async () => {
    const r = await cli('info', path.join(dir, 'no\u001b[31mfile.parkzero'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('no\\u001b[31mfile');
    expect(r.err).not.toContain('\u001b');
  });
});
