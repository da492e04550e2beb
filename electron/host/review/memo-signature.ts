import type { KeyObject } from 'node:crypto';
import type { Plan } from '../../../core/model/plan.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import { keyIdOf } from '../signing/keys.ts';
import { SignatureError, listSignatures, sidecarPath, verifyPlan } from '../signing/signatures.ts';
import type { MemoSignature } from './memo-model.ts';

/**
 * The signature status a review memo records for the plan it is about:
 * - `unsigned`: no signature file beside the project, or none in it (or the plan was never saved);
 * - `signed`: signatures are listed but no public key was given to check them; `matches` says
 *   whether the newest one names the plan's fingerprint now (a quick look, not a verification);
 * - `valid`: the newest signature by the given key verifies and names this exact plan;
 * - `invalid`: checking with the given key failed (not signed by it, damaged, or the plan has
 *   changed since); `detail` says which, in the signing module's words.
 */
export function memoSignature(plan: Plan, projectFile: string | null, publicKey: KeyObject | null): MemoSignature {
  if (projectFile === null) return { status: 'unsigned', signers: [], key_id: null, matches: null };
  const sidecar = sidecarPath(projectFile);
  const listed = listSignatures(sidecar);
  const signers = [...new Set(listed.signatures.map((s) => s.signer))];
  if (publicKey === null) {
    if (listed.state === 'broken') return { status: 'invalid', signers, key_id: null, matches: null, reason: 'broken' };
    const newest = listed.signatures.at(-1);
    if (newest === undefined) return { status: 'unsigned', signers: [], key_id: null, matches: null };
    return { status: 'signed', signers, key_id: null, matches: newest.fingerprint === planFingerprint(plan) };
  }
  const keyId = keyIdOf(publicKey);
  try {
    verifyPlan(() => plan, { publicKey, sidecar });
    return { status: 'valid', signers, key_id: keyId, matches: true };
  } catch (e) {
    if (!(e instanceof SignatureError)) throw e;
    if (e.failure === 'missing') return { status: 'unsigned', signers: [], key_id: keyId, matches: null };
    return { status: 'invalid', signers, key_id: keyId, matches: null, reason: e.failure };
  }
}
