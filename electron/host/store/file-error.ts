import { ParkZeroError } from '../../../core/api/result.ts';
import type { ErrorCode } from '../../../core/api/result.ts';

/**
 * A ParkZeroError whose one-line message starts with the file it is about. Text from SQLite
 * (integrity_check output) can span lines; messages are kept to one line for logs and dialogs.
 */
export function fileError(code: ErrorCode, file: string, problem: string, details?: ParkZeroError['details']): ParkZeroError {
  return new ParkZeroError(code, `${JSON.stringify(file)}: ${problem.replace(/\s*[\r\n]+\s*/g, ' ')}`, details);
}

/** The operating system's common refusals, in words a user can act on. */
const PLAIN_REASONS: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'a part of the path is not a folder',
};

/** Turns an operating-system error into IO_ERROR naming the file and the action; keeps ParkZeroErrors. */
export function ioError(file: string, action: string, cause: unknown): ParkZeroError {
  if (cause instanceof ParkZeroError) return cause;
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  const plain = code === undefined ? undefined : PLAIN_REASONS[code];
  if (plain !== undefined) return fileError('IO_ERROR', file, `could not ${action}: ${plain}`);
  const reason = cause instanceof Error ? cause.message : String(cause);
  return fileError('IO_ERROR', file, `could not ${action}${code ? ` (${code})` : ''}: ${firstLine(reason)}`);
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}

export function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}
