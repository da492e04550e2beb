import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { ParkZeroError } from '../../../core/api/result.ts';
import { FINGERPRINT_SCHEME, canonicalJson, planFingerprint, shortFingerprint } from '../../../core/fingerprint/index.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { Name } from '../../../core/model/primitives.ts';
import { writeTextFileAtomically } from '../text-file.ts';
import { keyIdOf } from './keys.ts';
import { READ_LIMITS, readSmallTextFile, readSmallTextFileAsync } from '../safe-read.ts';

/**
 * Signatures of a submission live in a sidecar, `FILE.sig.json`, not inside the project file:
 *  - a signature is over the plan FINGERPRINT (content), not the file bytes, so it needs no
 *    place in the file, and it stays valid when the reviewer saves comments into the file;
 *  - signing never rewrites the consultant's project file, and needs no schema migration (a
 *    newer schema would lock out reviewers on an older ParkZero);
 *  - the cost: two files travel together. A missing sidecar reads as "missing signature", never
 *    as valid.
 * What is signed is the canonical JSON of {purpose, fingerprint scheme, fingerprint, signer,
 * signed_at, key_id}, so none of them can be changed without breaking the signature.
 */

export const SIGNATURE_PURPOSE = 'parkzero-plan-signature/v1';

const SignatureEntry = z.strictObject({
  algorithm: z.literal('Ed25519'),
  fingerprint_scheme: z.string().max(100),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  // Names in a sidecar are untrusted; a control character makes the whole file "broken".
  signer: Name,
  signed_at: z.iso.datetime(),
  key_id: z.string().regex(/^[0-9a-f]{16}$/),
  /** base64 of the 64-byte Ed25519 signature */
  signature: z.string().max(200),
});
export type SignatureEntry = z.infer<typeof SignatureEntry>;

const SignatureFile = z.strictObject({
  format: z.literal('parkzero-signatures'),
  format_version: z.literal(1),
  signatures: z.array(SignatureEntry).max(100),
});
type SignatureFile = z.infer<typeof SignatureFile>;

export function sidecarPath(projectFile: string): string {
  return `${projectFile}.sig.json`;
}

function signedBytes(e: Omit<SignatureEntry, 'signature' | 'algorithm'>): Buffer {
  return Buffer.from(
    canonicalJson({
      purpose: SIGNATURE_PURPOSE,
      fingerprint_scheme: e.fingerprint_scheme,
      fingerprint: e.fingerprint,
      signer: e.signer,
      signed_at: e.signed_at,
      key_id: e.key_id,
    }),
    'utf8',
  );
}

/** Signs `plan` and appends the signature to the sidecar (earlier signatures are kept). */
export function signPlan(plan: Plan, options: { key: KeyObject; signer: string; now: Date; sidecar: string }): SignatureEntry {
  const signer = Name.safeParse(options.signer);
  if (!signer.success)
    throw new ParkZeroError(
      'INVALID_REQUEST',
      `signer name ${JSON.stringify(options.signer)}: ${signer.error.issues[0]?.message}`,
    );
  const body = {
    fingerprint_scheme: FINGERPRINT_SCHEME,
    fingerprint: planFingerprint(plan),
    signer: signer.data,
    signed_at: options.now.toISOString(),
    key_id: keyIdOf(crypto.createPublicKey(options.key)),
  };
  const entry: SignatureEntry = {
    algorithm: 'Ed25519',
    ...body,
    signature: crypto.sign(null, signedBytes(body), options.key).toString('base64'),
  };
  const existing = fs.existsSync(options.sidecar) ? readSidecar(options.sidecar) : null;
  const file: SignatureFile = {
    format: 'parkzero-signatures',
    format_version: 1,
    signatures: [...(existing?.signatures ?? []), entry],
  };
  writeTextFileAtomically(options.sidecar, `${JSON.stringify(file, null, 2)}\n`);
  return entry;
}

export type VerifyFailure = 'missing' | 'wrong_key' | 'broken' | 'plan_changed';

export class SignatureError extends ParkZeroError {
  /** Which way verifying failed (`reason`, of every ParkZeroError, is the sentence for a person). */
  readonly failure: VerifyFailure;
  constructor(failure: VerifyFailure, message: string) {
    super(failure === 'missing' ? 'NOT_FOUND' : 'PLAN_INVALID', message);
    this.failure = failure;
  }
}

function readSidecar(file: string): SignatureFile {
  let text: string;
  try {
    // Bounded and non-blocking: the sidecar comes with the file, from its sender.
    text = readSmallTextFile(file, { what: 'signature file', maxBytes: READ_LIMITS.signatureSidecar });
  } catch (e) {
    throw readFailure(file, e);
  }
  return parseSidecar(file, text);
}

/** The sidecar as read off the main thread (for API requests): its content, or why it has none. */
export type SidecarRead = { ok: true; file: SignatureFile } | { ok: false; error: SignatureError };

/** `readSidecar` off the main thread (safe-read.ts); pass the answer to listSignatures and verifyPlan. */
export async function readSidecarAsync(file: string): Promise<SidecarRead> {
  let text: string;
  try {
    text = await readSmallTextFileAsync(file, { what: 'signature file', maxBytes: READ_LIMITS.signatureSidecar });
  } catch (e) {
    return { ok: false, error: readFailure(file, e) };
  }
  try {
    return { ok: true, file: parseSidecar(file, text) };
  } catch (e) {
    if (e instanceof SignatureError) return { ok: false, error: e };
    throw e;
  }
}

function readFailure(file: string, e: unknown): SignatureError {
  if (e instanceof ParkZeroError && e.code === 'NOT_FOUND')
    return new SignatureError('missing', `missing signature: ${file} not found`);
  return new SignatureError('broken', `broken signature: ${e instanceof Error ? e.message : String(e)}`);
}

function parseSidecar(file: string, text: string): SignatureFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SignatureError('broken', `broken signature: ${file} is not readable JSON`);
  }
  const parsed = SignatureFile.safeParse(raw);
  if (!parsed.success) throw new SignatureError('broken', `broken signature: ${file} is not a ParkZero signature file`);
  return parsed.data;
}

/** The sidecar's content: from an earlier asynchronous read when given, else read now. */
function sidecarOf(sidecar: string, read: SidecarRead | undefined): SignatureFile {
  if (read === undefined) return readSidecar(sidecar);
  if (!read.ok) throw read.error;
  return read.file;
}

export type SidecarState = 'present' | 'missing' | 'broken';

/**
 * The sidecar's signatures as listed, without checking them (checking needs the signer's
 * public key): what the reviewer sees before choosing a key. A damaged sidecar lists nothing.
 */
export function listSignatures(sidecar: string, read?: SidecarRead): { state: SidecarState; signatures: SignatureEntry[] } {
  try {
    return { state: 'present', signatures: sidecarOf(sidecar, read).signatures };
  } catch (e) {
    if (!(e instanceof SignatureError)) throw e;
    return { state: e.failure === 'missing' ? 'missing' : 'broken', signatures: [] };
  }
}

export interface Verified {
  entry: SignatureEntry;
  message: string;
}

/**
 * Checks, in order: a sidecar exists and holds a signature; one is by this public key; its
 * bytes verify; and its fingerprint is the plan's fingerprint now. The newest signature by the
 * key decides. Every failure is a SignatureError with a one-line message.
 */
export function verifyPlan(
  readPlan: () => Plan,
  options: { publicKey: KeyObject; sidecar: string; read?: SidecarRead },
): Verified {
  const file = sidecarOf(options.sidecar, options.read);
  if (file.signatures.length === 0)
    throw new SignatureError('missing', `missing signature: ${options.sidecar} holds no signature`);
  const keyId = keyIdOf(options.publicKey);
  const mine = file.signatures.filter((s) => s.key_id === keyId);
  const entry = mine.at(-1);
  if (entry === undefined) {
    const others = file.signatures.map((s) => `${s.signer} (key ${s.key_id})`).join(', ');
    throw new SignatureError('wrong_key', `wrong key: not signed with key ${keyId}; signed by ${others}`);
  }
  let valid = false;
  try {
    valid = crypto.verify(null, signedBytes(entry), options.publicKey, Buffer.from(entry.signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid)
    throw new SignatureError(
      'broken',
      `broken signature: the signature by ${entry.signer} does not match its signed data (altered or damaged)`,
    );
  if (entry.fingerprint_scheme !== FINGERPRINT_SCHEME)
    throw new SignatureError(
      'plan_changed',
      `plan cannot be checked: signed with fingerprint scheme ${entry.fingerprint_scheme}, this ParkZero uses ${FINGERPRINT_SCHEME}`,
    );
  const now = planFingerprint(readPlan());
  if (now !== entry.fingerprint)
    throw new SignatureError(
      'plan_changed',
      `plan changed since signing: signed fingerprint ${shortFingerprint(entry.fingerprint)}, the file now has ${shortFingerprint(now)}`,
    );
  return {
    entry,
    message: `signature valid: signed by ${entry.signer} on ${entry.signed_at} (fingerprint ${shortFingerprint(entry.fingerprint)}, key ${entry.key_id})`,
  };
}
