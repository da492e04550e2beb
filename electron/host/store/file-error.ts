import { ParkZeroError } from '../../../core/api/result.ts';
import type { ErrorCode, ErrorReason } from '../../../core/api/result.ts';
import { fileNameOf, folderOf, reason, type FileAction, type ReasonKey } from '../../../core/text/error-reasons.ts';

/**
 * A ParkZeroError whose one-line message starts with the file it is about. Text from SQLite
 * (integrity_check output) can span lines; messages are kept to one line for logs and dialogs.
 * `why` is the same refusal for a person, in their language (core/text/error-reasons.ts).
 */
export function fileError(
  code: ErrorCode,
  file: string,
  problem: string,
  why?: ErrorReason,
  details?: ParkZeroError['details'],
): ParkZeroError {
  return new ParkZeroError(code, `${JSON.stringify(file)}: ${problem.replace(/\s*[\r\n]+\s*/g, ' ')}`, details, why);
}

type IoReasonKey = Extract<ReasonKey, `io_${string}`>;

/** The operating system's common refusals, in words a user can act on, and the reason that says them. */
const PLAIN_REASONS: Record<string, { text: string; key: IoReasonKey }> = {
  ENOENT: { text: 'the folder does not exist', key: 'io_folder_missing' },
  EACCES: { text: 'permission denied', key: 'io_permission_denied' },
  EPERM: { text: 'permission denied', key: 'io_permission_denied' },
  EROFS: { text: 'the disk is read-only', key: 'io_read_only_disk' },
  ENOSPC: { text: 'the disk is full', key: 'io_disk_full' },
  EISDIR: { text: 'a folder has that name', key: 'io_is_folder' },
  ENOTDIR: { text: 'a part of the path is not a folder', key: 'io_not_a_folder' },
};

/** What each action is called in the English message. */
const ACTION_TEXT: Record<FileAction, string> = {
  open: 'open the file',
  read: 'read the file',
  copy: 'copy the file to the working folder',
  write: 'write the file',
};

/** The reason for an operating-system refusal of `action` on `file`. */
export function ioReason(file: string, action: FileAction, errno: string | undefined): ErrorReason {
  const plain = errno === undefined ? undefined : PLAIN_REASONS[errno];
  const name = fileNameOf(file);
  if (plain === undefined) return reason('io_failed', { file: name, action });
  if (plain.key === 'io_folder_missing') return reason('io_folder_missing', { file: name, folder: folderOf(file), action });
  return reason(plain.key, { file: name, action });
}

/** Turns an operating-system error into IO_ERROR naming the file and the action; keeps ParkZeroErrors. */
export function ioError(file: string, action: FileAction, cause: unknown): ParkZeroError {
  if (cause instanceof ParkZeroError) return cause;
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  const plain = code === undefined ? undefined : PLAIN_REASONS[code];
  const why = ioReason(file, action, code);
  if (plain !== undefined) return fileError('IO_ERROR', file, `could not ${ACTION_TEXT[action]}: ${plain.text}`, why);
  const detail = cause instanceof Error ? cause.message : String(cause);
  return fileError('IO_ERROR', file, `could not ${ACTION_TEXT[action]}${code ? ` (${code})` : ''}: ${firstLine(detail)}`, why);
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}

export function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}
