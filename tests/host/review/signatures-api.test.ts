import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/host.ts';
import type { ResponseOf, ProjectHandle } from '../../../core/api/contract.ts';
import type { Result } from '../../../core/api/result.ts';
import { sidecarPath } from '../../../electron/host/signing/signatures.ts';
import { cli, importedSample, tempDir } from './helpers.ts';

/** `review.signatures`: what the reviewer's Review screen shows about a signed submission. */

type Signatures = ResponseOf<'review.signatures'>;

let host: Host;
let dir: string;
let file: string;
let consultantPub: string;
let strangerPub: string;

async function call<T>(name: string, request: unknown): Promise<T> {
  const r = (await host.call(name, request)) as Result<T>;
  if (!r.ok) throw new Error(`${name}: ${r.error.code}: ${r.error.message}`);
  return r.value;
}
async function failure(name: string, request: unknown): Promise<{ code: string; message: string }> {
  const r = await host.call(name, request);
  if (r.ok) throw new Error(`${name} unexpectedly succeeded`);
  return r.error;
}
async function openForReview(target: string): Promise<ProjectHandle> {
  return call<ProjectHandle>('project.open', { path: target, mode: 'review' });
}
const signatures = (project_id: string, public_key_path?: string) =>
  call<Signatures>('review.signatures', public_key_path === undefined ? { project_id } : { project_id, public_key_path });

beforeAll(async () => {
  dir = tempDir();
  host = createHost({ shell: 'cli', dataDir: path.join(dir, 'data'), version: 'test', log: () => {} });
  file = await importedSample(dir, 'submission.parkzero');
  for (const who of ['consultant', 'stranger']) {
    const r = await cli('keygen', '--out', path.join(dir, who));
    if (r.code !== 0) throw new Error(r.err);
  }
  consultantPub = path.join(dir, 'consultant.pub');
  strangerPub = path.join(dir, 'stranger.pub');
});
afterAll(async () => {
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('review.signatures', () => {
  it('says an unsigned submission has no signature, listed or verified', async () => {
    const p = await openForReview(file);
    const listed = await signatures(p.project_id);
    expect(listed).toMatchObject({ sidecar: sidecarPath(file), sidecar_state: 'missing', signatures: [], verification: null });
    const checked = await signatures(p.project_id, consultantPub);
    expect(checked.verification).toMatchObject({ status: 'missing', signature: null });
    expect(checked.verification?.key_id).toMatch(/^[0-9a-f]{16}$/);
    await call('project.close', { project_id: p.project_id, discard_changes: true });
  });

  it('lists a signature, verifies it with the signer key, and refuses another key', async () => {
    const signed = await cli('sign', file, '--key', path.join(dir, 'consultant.key'), '--signer', 'Li Wei (consultant)');
    expect(signed.code).toBe(0);
    const p = await openForReview(file);
    const listed = await signatures(p.project_id);
    expect(listed.sidecar_state).toBe('present');
    expect(listed.signatures).toHaveLength(1);
    expect(listed.signatures[0]).toMatchObject({ signer: 'Li Wei (consultant)', fingerprint: listed.current_fingerprint });

    const valid = await signatures(p.project_id, consultantPub);
    expect(valid.verification).toMatchObject({ status: 'valid', signature: { signer: 'Li Wei (consultant)' } });
    expect(valid.verification?.key_id).toBe(listed.signatures[0]!.key_id);

    const wrong = await signatures(p.project_id, strangerPub);
    expect(wrong.verification).toMatchObject({ status: 'wrong_key', signature: null });
    expect(wrong.verification?.key_id).not.toBe(listed.signatures[0]!.key_id);
    await call('project.close', { project_id: p.project_id, discard_changes: true });
  });

  it('stays valid after the reviewer saves comments into the file', async () => {
    const p = await openForReview(file);
    const commented = await call<ProjectHandle>('review.addComment', {
      project_id: p.project_id,
      base_revision: p.revision,
      anchor: { kind: 'park', ref: null, year: null },
      author: 'Zhang Min',
      body: 'Signature checked.',
    });
    await call('project.save', { project_id: commented.project_id });
    expect((await signatures(p.project_id, consultantPub)).verification?.status).toBe('valid');
    await call('project.close', { project_id: p.project_id, discard_changes: true });
  });

  it('says the plan changed since signing when the plan is edited', async () => {
    const p = await call<ProjectHandle>('project.open', { path: file, mode: 'edit' });
    await call('project.edit', {
      project_id: p.project_id,
      base_revision: p.revision,
      label: 'Discount rate',
      patches: [{ op: 'replace', path: ['park', 'discount_rate'], value: 0.075 }],
    });
    const changed = await signatures(p.project_id, consultantPub);
    expect(changed.verification).toMatchObject({ status: 'plan_changed', signature: { signer: 'Li Wei (consultant)' } });
    expect(changed.verification?.signature?.fingerprint).not.toBe(changed.current_fingerprint);
    await call('project.close', { project_id: p.project_id, discard_changes: true });
  });

  it('says a tampered or damaged signature file is broken, and leaves it as it was', async () => {
    const sidecar = sidecarPath(file);
    const original = fs.readFileSync(sidecar, 'utf8');
    try {
      fs.writeFileSync(sidecar, original.replace('Li Wei (consultant)', 'Someone else'));
      const p = await openForReview(file);
      const tampered = await signatures(p.project_id, consultantPub);
      expect(tampered.sidecar_state).toBe('present');
      expect(tampered.verification).toMatchObject({ status: 'broken', signature: { signer: 'Someone else' } });

      fs.writeFileSync(sidecar, '{ not json');
      const damaged = await signatures(p.project_id, consultantPub);
      expect(damaged).toMatchObject({ sidecar_state: 'broken', signatures: [] });
      expect(damaged.verification?.status).toBe('broken');
      expect(fs.readFileSync(sidecar, 'utf8')).toBe('{ not json');
      await call('project.close', { project_id: p.project_id, discard_changes: true });
    } finally {
      fs.writeFileSync(sidecar, original);
    }
  });

  it('reports a key file that cannot be read as the reviewer’s error, naming the file', async () => {
    const p = await openForReview(file);
    const missing = await failure('review.signatures', { project_id: p.project_id, public_key_path: path.join(dir, 'nope.pub') });
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toContain('nope.pub');
    const notAKey = await failure('review.signatures', { project_id: p.project_id, public_key_path: file });
    expect(notAKey.code).toBe('INVALID_REQUEST');
    expect(notAKey.message).toMatch(/not a readable PEM public key/);
    await call('project.close', { project_id: p.project_id, discard_changes: true });
  });

  it('says a project never saved to a file has nothing signed beside it', async () => {
    const sample = await call<ProjectHandle>('project.openSample', {});
    const r = await signatures(sample.project_id, consultantPub);
    expect(r).toMatchObject({ sidecar: null, sidecar_state: 'none', signatures: [] });
    expect(r.verification?.status).toBe('missing');
    await call('project.close', { project_id: sample.project_id, discard_changes: true });
  });
});
