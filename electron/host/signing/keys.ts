import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import { ParkZeroError } from '../../../core/api/result.ts';
import { READ_LIMITS, SafeReadError, readSmallTextFile, readSmallTextFileAsync } from '../safe-read.ts';
import { fileNameOf, reason, type KeyFileKind as KeyKind } from '../../../core/text/error-reasons.ts';

/**
 * Ed25519 key files for signing submissions: KEYBASE.key holds the private key (PKCS#8 PEM,
 * readable by its owner only) and KEYBASE.pub the public key (SPKI PEM) to hand to reviewers.
 * Ed25519: small keys, deterministic signatures (no nonce to get wrong), in node:crypto.
 */

export interface KeyFiles {
  privatePath: string;
  publicPath: string;
  keyId: string;
}

/** Short id of a public key: the first 16 hex digits of SHA-256 over its SPKI DER bytes. */
export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return crypto.createHash('sha256').update(der).digest('hex').slice(0, 16);
}

export function generateKeyFiles(base: string, options: { overwrite: boolean }): KeyFiles {
  const privatePath = `${base}.key`;
  const publicPath = `${base}.pub`;
  if (!options.overwrite)
    for (const p of [privatePath, publicPath])
      if (fs.existsSync(p))
        throw new ParkZeroError('FILE_EXISTS', `${JSON.stringify(p)} already exists; pass --force to replace it`);
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
  // Remove first, so a replaced key never keeps an old file's wider permissions.
  fs.rmSync(privatePath, { force: true });
  fs.writeFileSync(privatePath, privatePem, { mode: 0o600, flag: 'wx' });
  fs.chmodSync(privatePath, 0o600); // in case a umask or filesystem widened it
  fs.writeFileSync(publicPath, publicPem, { mode: 0o644 });
  return { privatePath, publicPath, keyId: keyIdOf(publicKey) };
}

/** Key paths come from requests and command lines: a device or a FIFO must not stall the host. */
function readKeyText(file: string, what: KeyKind): string {
  try {
    return readSmallTextFile(file, { what, maxBytes: READ_LIMITS.keyFile });
  } catch (e) {
    throw notAKey(file, what, e);
  }
}

/** Too big or not text: some other file was picked, which is "not a key", not an I/O fault. */
function notAKey(file: string, what: KeyKind, e: unknown): unknown {
  if (e instanceof SafeReadError && (e.refusal === 'too_large' || e.refusal === 'not_utf8')) return notPem(file, what, e);
  return e;
}

/** A file that was read but holds no PEM key of `what`'s kind: said as "not a key", naming the file. */
function notPem(file: string, what: KeyKind, e: unknown): ParkZeroError {
  return new ParkZeroError(
    'INVALID_REQUEST',
    `${JSON.stringify(file)}: not a readable PEM ${what} (${(e as Error).message})`,
    undefined,
    reason('key_not_readable', { file: fileNameOf(file), what }),
  );
}

/** A key of another algorithm (RSA, EC): signatures here are Ed25519 only. */
function notEd25519(file: string, what: KeyKind, key: KeyObject): ParkZeroError {
  return new ParkZeroError(
    'INVALID_REQUEST',
    `${JSON.stringify(file)}: an Ed25519 key is needed, this is ${key.asymmetricKeyType ?? 'unknown'}`,
    undefined,
    reason('key_wrong_type', { file: fileNameOf(file), what }),
  );
}

export function readPrivateKey(file: string): KeyObject {
  let key: KeyObject;
  try {
    key = crypto.createPrivateKey({ key: readKeyText(file, 'private key'), format: 'pem' });
  } catch (e) {
    if (e instanceof ParkZeroError) throw e;
    throw notPem(file, 'private key', e);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw notEd25519(file, 'private key', key);
  return key;
}

export function readPublicKey(file: string): KeyObject {
  return publicKeyFromPem(file, () => readKeyText(file, 'public key'));
}

/** `readPublicKey` with the file read off the main thread (safe-read.ts), for API requests. */
export async function readPublicKeyAsync(file: string): Promise<KeyObject> {
  let text: string;
  try {
    text = await readSmallTextFileAsync(file, { what: 'public key', maxBytes: READ_LIMITS.keyFile });
  } catch (e) {
    throw notAKey(file, 'public key', e);
  }
  return publicKeyFromPem(file, () => text);
}

function publicKeyFromPem(file: string, text: () => string): KeyObject {
  let key: KeyObject;
  try {
    key = crypto.createPublicKey({ key: text(), format: 'pem' });
  } catch (e) {
    if (e instanceof ParkZeroError) throw e;
    throw notPem(file, 'public key', e);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw notEd25519(file, 'public key', key);
  return key;
}
