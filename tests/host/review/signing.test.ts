import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyFiles, readPrivateKey, readPublicKey } from '../../../electron/host/signing/keys.ts';
import { SignatureError, sidecarPath, signPlan, verifyPlan } from '../../../electron/host/signing/signatures.ts';
import { ProjectStore, readPlanFile } from '../../../electron/host/store/index.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import { cli, importedModified, importedSample, tempDir } from './helpers.ts';

const FIXED = new Date('2025-06-30T09:15:00.000Z');
let dir: string;
let file: string;

beforeAll(async () => {
  dir = tempDir();
  file = await importedSample(dir, 'submission.parkzero');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof SignatureError) return `${e.failure}: ${e.message}`;
    throw e;
  }
  throw new Error('expected a SignatureError');
}

describe('keys', () => {
  it('writes a private key readable by its owner only and a public key, and refuses to overwrite', () => {
    const keys = generateKeyFiles(path.join(dir, 'consultant'), { overwrite: false });
    if (process.platform !== 'win32') expect(fs.statSync(keys.privatePath).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(keys.privatePath, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(fs.readFileSync(keys.publicPath, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(keys.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(() => generateKeyFiles(path.join(dir, 'consultant'), { overwrite: false })).toThrow(/already exists/);
    expect(readPrivateKey(keys.privatePath).asymmetricKeyType).toBe('ed25519');
    expect(() => readPublicKey(keys.privatePath)).not.toThrow(); // a public key derives from a private PEM
    expect(() => readPrivateKey(path.join(dir, 'none.key'))).toThrow(/cannot read/);
  });
});

describe('sign and verify', () => {
  const sign = (keyBase: string, target = file, sidecar = sidecarPath(target)) =>
    signPlan(readPlanFile(target), { key: readPrivateKey(`${keyBase}.key`), signer: 'Li Wei (consultant)', now: FIXED, sidecar });
  const verify = (pubBase: string, target = file) =>
    verifyPlan(() => readPlanFile(target), { publicKey: readPublicKey(`${pubBase}.pub`), sidecar: sidecarPath(target) });

  it('a fresh signature verifies and names the signer, the time and the fingerprint', () => {
    const base = path.join(dir, 'k1');
    generateKeyFiles(base, { overwrite: false });
    const entry = sign(base);
    expect(entry.fingerprint).toBe(planFingerprint(readPlanFile(file)));
    expect(entry.signed_at).toBe('2025-06-30T09:15:00.000Z');
    const ok = verify(base);
    expect(ok.message).toMatch(
      /^signature valid: signed by Li Wei \(consultant\) on 2025-06-30T09:15:00.000Z \(fingerprint [0-9a-f ]{19}, key [0-9a-f]{16}\)$/,
    );
  });

  it('missing signature', async () => {
    const unsigned = await importedSample(dir, 'unsigned.parkzero');
    generateKeyFiles(path.join(dir, 'k2'), { overwrite: false });
    expect(reasonOf(() => verify(path.join(dir, 'k2'), unsigned))).toMatch(
      /^missing: missing signature: .*unsigned\.parkzero\.sig\.json not found$/,
    );
  });

  it('wrong key', () => {
    generateKeyFiles(path.join(dir, 'stranger'), { overwrite: false });
    expect(reasonOf(() => verify(path.join(dir, 'stranger')))).toMatch(
      /^wrong_key: wrong key: not signed with key [0-9a-f]{16}; signed by Li Wei/,
    );
  });

  it('broken or tampered signature: any signed field changed, or the signature bytes', async () => {
    const target = await importedSample(dir, 'tamper.parkzero');
    const base = path.join(dir, 'k3');
    generateKeyFiles(base, { overwrite: false });
    sign(base, target);
    const sidecar = sidecarPath(target);
    const original = fs.readFileSync(sidecar, 'utf8');
    const tamper = (edit: (entry: Record<string, string>) => void) => {
      const doc = JSON.parse(original) as { signatures: Record<string, string>[] };
      edit(doc.signatures[0]!);
      fs.writeFileSync(sidecar, JSON.stringify(doc));
      return reasonOf(() => verify(base, target));
    };
    expect(tamper((e) => (e['signer'] = 'Someone else'))).toMatch(
      /^broken: broken signature: the signature by Someone else does not match/,
    );
    expect(tamper((e) => (e['signed_at'] = '2024-01-01T00:00:00.000Z'))).toMatch(/^broken:/);
    // Re-pointing the signature at another plan's fingerprint is caught by the signature itself.
    expect(tamper((e) => (e['fingerprint'] = '0'.repeat(64)))).toMatch(/^broken:/);
    expect(tamper((e) => (e['signature'] = Buffer.alloc(64, 1).toString('base64')))).toMatch(/^broken:/);
    fs.writeFileSync(sidecar, '{"format": "parkzero-sig');
    expect(reasonOf(() => verify(base, target))).toMatch(/^broken: broken signature: .* is not readable JSON$/);
    fs.writeFileSync(sidecar, original);
    expect(verify(base, target).message).toMatch(/^signature valid/);
  });

  it('plan changed since signing: a re-saved plan with another value fails, a reviewer comment does not', async () => {
    const target = await importedSample(dir, 'changed.parkzero');
    const base = path.join(dir, 'k4');
    generateKeyFiles(base, { overwrite: false });
    sign(base, target);

    // A reviewer's comments saved into the file keep the signature valid (comments are not content).
    const store = new ProjectStore({ workDir: path.join(dir, 'work') });
    try {
      const p = store.open(target, { mode: 'review' });
      p.editComments(
        [
          {
            id: 'c1',
            anchor: { kind: 'park', ref: null, year: null },
            author: 'R',
            body: 'fine',
            status: 'open',
            created_at: FIXED.toISOString(),
            resolved_at: null,
          },
        ],
        'comment',
        0,
      );
      p.save();
    } finally {
      store.closeAll();
    }
    expect(verify(base, target).message).toMatch(/^signature valid/);

    // The consultant's file replaced by one with a different plan: the sidecar no longer fits.
    const other = await importedModified(dir, (plan) => (plan.park.discount_rate = 0.05), 'changed-new.parkzero');
    fs.copyFileSync(other, target);
    expect(reasonOf(() => verify(base, target))).toMatch(
      /^plan_changed: plan changed since signing: signed fingerprint [0-9a-f ]{19}, the file now has [0-9a-f ]{19}$/,
    );
  });

  it('a file with damaged bytes is refused by the store before any signature check', async () => {
    const target = await importedSample(dir, 'damaged.parkzero');
    const base = path.join(dir, 'k5');
    generateKeyFiles(base, { overwrite: false });
    sign(base, target);
    const bytes = fs.readFileSync(target);
    bytes.write('XXXXXXXX', 20, 'latin1'); // inside the SQLite header
    fs.writeFileSync(target, bytes);
    const r = await cli('verify', target, '--pub', `${base}.pub`);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^FILE_/);
  });
});
