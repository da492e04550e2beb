import fs from 'node:fs';
import { ParkZeroError, type ErrorReason } from '../../core/api/result.ts';
import { fileNameOf, reason, type NON_FILE_KINDS, type SmallFileKind } from '../../core/text/error-reasons.ts';

/**
 * Reads a small file that sits beside a project or that a request names (signature sidecar,
 * lock file, key files, plan JSON, CSV series) without letting the file decide how long or how
 * much we read. A hostile sender can make `FILE.sig.json` a symlink to /dev/zero (endless
 * bytes) or a FIFO (a read that never returns); both once froze the host. So:
 *  - open with O_NONBLOCK, so opening a FIFO with no writer returns at once instead of waiting;
 *  - fstat the open descriptor (the object actually read, after symlinks) and accept only a
 *    regular file: devices, FIFOs, sockets and folders are refused;
 *  - refuse a file larger than the cap, and read at most cap + 1 bytes whatever fstat said
 *    (a file that grows while we read is still bounded);
 *  - refuse bytes that are not UTF-8 when text is asked for, instead of replacing them silently.
 * Every refusal is a ParkZeroError naming the file and the reason.
 */

/** Caps per kind of file, in bytes; each is far above any honest file of its kind. */
export const READ_LIMITS = {
  /** 100 signatures of about 600 bytes each. */
  signatureSidecar: 1024 * 1024,
  /** One JSON object of a few hundred bytes. */
  lockFile: 64 * 1024,
  /** An Ed25519 PEM key is under 200 bytes; RSA keys (refused later, with a message) a few KB. */
  keyFile: 64 * 1024,
  /** Plan JSON: the largest sample with hourly series is about 2 MB. */
  planJson: 64 * 1024 * 1024,
  /** An 8760-row CSV or an EPW weather file is under 2 MB. */
  seriesFile: 32 * 1024 * 1024,
} as const;

export interface SafeReadOptions {
  /** What the file is, for messages: "signature file", "public key" (each has its words in core/text/error-text.ts). */
  what: SmallFileKind;
  maxBytes: number;
}

// O_NONBLOCK does not exist on Windows, where FIFOs cannot be made by a file sender anyway.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

export type SafeReadRefusal = 'missing' | 'not_regular' | 'too_large' | 'not_utf8' | 'io';

/** A refused read; `refusal` lets callers say "this is not a key" for content problems. */
export class SafeReadError extends ParkZeroError {
  readonly refusal: SafeReadRefusal;
  constructor(refusal: SafeReadRefusal, message: string, why: ErrorReason) {
    super(refusal === 'missing' ? 'NOT_FOUND' : 'IO_ERROR', message, undefined, why);
    this.refusal = refusal;
  }
}

function errnoOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

function openError(file: string, options: SafeReadOptions, e: unknown): SafeReadError {
  const code = errnoOf(e);
  const named = { file: fileNameOf(file), what: options.what };
  return new SafeReadError(
    code === 'ENOENT' ? 'missing' : 'io',
    `${JSON.stringify(file)}: cannot read the ${options.what} (${code === 'ENOENT' ? 'no such file' : (code ?? String(e))})`,
    code === 'ENOENT' ? reason('small_file_missing', named) : reason('small_file_unreadable', named),
  );
}

function checkStat(file: string, options: SafeReadOptions, stat: fs.Stats): void {
  const name = JSON.stringify(file);
  if (!stat.isFile())
    throw new SafeReadError(
      'not_regular',
      `${name}: the ${options.what} is not a regular file (${kindOf(stat)}); refused`,
      reason('small_file_not_regular', { file: fileNameOf(file), what: options.what, kind: nonFileKind(stat) }),
    );
  if (stat.size > options.maxBytes)
    throw new SafeReadError(
      'too_large',
      `${name}: the ${options.what} is ${stat.size} bytes, more than ${options.maxBytes}; refused`,
      reason('small_file_too_large', { file: fileNameOf(file), what: options.what, limit: options.maxBytes }),
    );
}

function readError(file: string, options: SafeReadOptions, e: unknown): SafeReadError {
  return new SafeReadError(
    'io',
    `${JSON.stringify(file)}: cannot read the ${options.what} (${errnoOf(e) ?? String(e)})`,
    reason('small_file_unreadable', { file: fileNameOf(file), what: options.what }),
  );
}

function tooLarge(file: string, options: SafeReadOptions): SafeReadError {
  return new SafeReadError(
    'too_large',
    `${JSON.stringify(file)}: the ${options.what} is more than ${options.maxBytes} bytes; refused`,
    reason('small_file_too_large', { file: fileNameOf(file), what: options.what, limit: options.maxBytes }),
  );
}

export function readSmallFile(file: string, options: SafeReadOptions): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    throw openError(file, options, e);
  }
  try {
    checkStat(file, options, fs.fstatSync(fd));
    const buffer = Buffer.alloc(options.maxBytes + 1);
    let length = 0;
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      } catch (e) {
        throw readError(file, options, e);
      }
      if (n === 0) break;
      length += n;
      if (length > options.maxBytes) throw tooLarge(file, options);
    }
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * `readSmallFile` off the main thread: the same flags, checks and cap, each step on libuv's
 * thread pool, so a slow disk or network drive holds a pool thread, never the host's event
 * loop (the desktop app's main process, the browser host's server). For the API's reads.
 */
export async function readSmallFileAsync(file: string, options: SafeReadOptions): Promise<Buffer> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, OPEN_FLAGS);
  } catch (e) {
    throw openError(file, options, e);
  }
  try {
    checkStat(file, options, await handle.stat());
    const buffer = Buffer.alloc(options.maxBytes + 1);
    let length = 0;
    for (;;) {
      let n: number;
      try {
        n = (await handle.read(buffer, length, buffer.length - length, null)).bytesRead;
      } catch (e) {
        throw readError(file, options, e);
      }
      if (n === 0) break;
      length += n;
      if (length > options.maxBytes) throw tooLarge(file, options);
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function decodeUtf8(file: string, options: SafeReadOptions, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SafeReadError(
      'not_utf8',
      `${JSON.stringify(file)}: the ${options.what} is not valid UTF-8 text; refused`,
      reason('small_file_not_text', { file: fileNameOf(file), what: options.what }),
    );
  }
}

/** The file as UTF-8 text; invalid UTF-8 is refused (a leading byte-order mark is dropped). */
export function readSmallTextFile(file: string, options: SafeReadOptions): string {
  return decodeUtf8(file, options, readSmallFile(file, options));
}

/** `readSmallTextFile` off the main thread (see readSmallFileAsync). */
export async function readSmallTextFileAsync(file: string, options: SafeReadOptions): Promise<string> {
  return decodeUtf8(file, options, await readSmallFileAsync(file, options));
}

function nonFileKind(stat: fs.Stats): (typeof NON_FILE_KINDS)[number] {
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}
