import { ParkZeroError } from '../../../core/api/result.ts';
import type { ErrorCode } from '../../../core/api/result.ts';

/**
 * A ParkZeroError whose one-line message starts with the file it is about. Text from SQLite
 * (integrity_check output) can span lines; messages are kept to one line for logs and dialogs.
 */
export function fileError(code: ErrorCode, file: string, problem: string, details?: ParkZeroError['details']): ParkZeroError {
  return new ParkZeroError(code, `${JSON.stringify(file)}: ${problem.replace(/\s*[\r\n]+\s*/g, ' ')}`, details);
}

/** Turns an operating-system error into IO_ERROR naming the file and the action; keeps ParkZeroErrors. */
export function ioError(file: string, action: string, cause: unknown): ParkZeroError {
  if (cause instanceof ParkZeroError) return cause;
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return fileError('IO_ERROR', file, `could not ${action}${code ? ` (${code})` : ''}: ${firstLine(reason)}`);
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}

export function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}
