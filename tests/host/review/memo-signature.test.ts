import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/host.ts';
import type { ProjectHandle } from '../../../core/api/contract.ts';
import type { Result } from '../../../core/api/result.ts';
import { cli, importedSample, tempDir } from './helpers.ts';

/**
 * The review memo records the plan's signature status and the reviewer's conclusion, both as
 * the reviewer gave them: unsigned, signed (listed, not verified), valid or invalid with a key.
 */

let host: Host;
let dir: string;
let file: string;

async function call<T>(name: string, request: unknown): Promise<T> {
  const r = (await host.call(name, request)) as Result<T>;
  if (!r.ok) throw new Error(`${name}: ${r.error.code}: ${r.error.message}`);
  return r.value;
}
async function memo(project_id: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await call<{ markdown: string }>('review.memo', {
    project_id,
    reviewer: '王芳',
    conclusion: 'pass_with_changes',
    ...extra,
  });
  return r.markdown;
}
const signatureRow = (md: string) => /^\| (Signature|签名状态) \| (.*) \|$/m.exec(md)?.[2];

beforeAll(async () => {
  dir = tempDir();
  host = createHost({ shell: 'cli', dataDir: path.join(dir, 'data'), version: 'test', log: () => {} });
  file = await importedSample(dir, 'submission.parkzero');
  for (const who of ['consultant', 'stranger']) {
    const r = await cli('keygen', '--out', path.join(dir, who));
    if (r.code !== 0) throw new Error(r.err);
  }
});
afterAll(async () => {
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the review memo', () => {
  it('records the signature status: unsigned, signed, valid, invalid', async () => {
    let p = await call<ProjectHandle>('project.open', { path: file, mode: 'review' });
    expect(signatureRow(await memo(p.project_id))).toBe('unsigned: no signature accompanies this file');
    await call('project.close', { project_id: p.project_id, discard_changes: true });

    expect((await cli('sign', file, '--key', path.join(dir, 'consultant.key'), '--signer', 'Li Wei')).code).toBe(0);
    p = await call<ProjectHandle>('project.open', { path: file, mode: 'review' });
    expect(signatureRow(await memo(p.project_id))).toBe(
      'signed by Li Wei, for this plan’s fingerprint; not verified (no public key given)',
    );
    const valid = signatureRow(await memo(p.project_id, { public_key_path: path.join(dir, 'consultant.pub') }));
    expect(valid).toMatch(/^valid: verified with key [0-9a-f]{16}, signed by Li Wei$/);
    const stranger = signatureRow(await memo(p.project_id, { public_key_path: path.join(dir, 'stranger.pub') }));
    expect(stranger).toMatch(/^invalid: not signed with key [0-9a-f]{16}$/);
    const zh = await memo(p.project_id, { public_key_path: path.join(dir, 'consultant.pub'), lang: 'zh' });
    expect(signatureRow(zh)).toMatch(/^有效：已用公钥 [0-9a-f]{16} 核验，签名人 Li Wei$/);
    expect(zh).toContain('| 审阅结论 | **修改后通过** |');
    expect(zh).toContain('| 审阅人 | 王芳 |');
    await call('project.close', { project_id: p.project_id, discard_changes: true });

    // The plan changed after signing: the same key now says so.
    p = await call<ProjectHandle>('project.open', { path: file, mode: 'edit' });
    await call('project.edit', {
      project_id: p.project_id,
      patches: [{ op: 'replace', path: ['park', 'discount_rate'], value: 0.07 }],
      label: 'discount rate',
      base_revision: p.revision,
    });
    const changed = signatureRow(await memo(p.project_id, { public_key_path: path.join(dir, 'consultant.pub') }));
    expect(changed).toMatch(/^invalid: the plan has changed since it was signed with key [0-9a-f]{16}$/);
    expect(signatureRow(await memo(p.project_id))).toBe(
      'signed by Li Wei, but for a different fingerprint: the plan has changed since; not verified (no public key given)',
    );
    await call('project.close', { project_id: p.project_id, discard_changes: true });
  });

  it('refuses a memo without the reviewer or the conclusion', async () => {
    const p = await call<ProjectHandle>('project.open', { path: file, mode: 'review' });
    for (const request of [
      { project_id: p.project_id, conclusion: 'pass' },
      { project_id: p.project_id, reviewer: 'Zhang Min' },
      { project_id: p.project_id, reviewer: 'Zhang Min', conclusion: 'looks fine' },
      { project_id: p.project_id, reviewer: '', conclusion: 'pass' },
    ]) {
      const r = await host.call('review.memo', request);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('INVALID_REQUEST');
    }
    await call('project.close', { project_id: p.project_id, discard_changes: true });
  });
});
