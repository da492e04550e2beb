import { z } from 'zod';

/**
 * Stable error codes that cross the API boundary. Codes never change meaning once shipped;
 * messages are for people and may be reworded.
 */
export const ERROR_CODES = [
  'INVALID_REQUEST', // the request did not match its schema
  'UNKNOWN_CALL', // no such API call
  'UNAUTHORIZED', // browser host: missing or wrong token, or foreign origin
  'NOT_FOUND', // a project id, scenario or file that does not exist
  'PLAN_INVALID', // the plan content breaks a rule (paths in details)
  'READ_ONLY', // an edit on a project opened read-only
  'REVISION_CONFLICT', // an edit made against an older revision of the plan
  'FILE_EMPTY', // a 0-byte file
  'FILE_NOT_SQLITE', // the header is not SQLite's
  'FILE_TRUNCATED', // shorter than its header says
  'FILE_WRONG_APPLICATION', // SQLite, but not a ParkZero project (application_id)
  'FILE_FROM_NEWER_VERSION', // written by a newer ParkZero (user_version too high)
  'FILE_SCHEMA_MISMATCH', // a table or index differs from the expected schema
  'FILE_UNEXPECTED_OBJECT', // an extra view, trigger or virtual table
  'FILE_CORRUPT', // integrity_check failed
  'FILE_EXISTS', // refusing to overwrite
  'IO_ERROR', // the operating system refused a read or write
  'PATH_NOT_ALLOWED', // a request named a path outside the shell's path policy (path-policy.ts)
  'CANCELLED', // a long job was cancelled
  'INTERNAL', // a bug: logged with detail on the host
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why, as data the app can say in the reader's language: a key of core/text/error-reasons.ts
 * and the names and figures of its sentence (core/text/error-text.ts). Optional and open (a
 * newer host may send a key this renderer does not know; it then shows `message`).
 */
export const ErrorReasonSchema = z.strictObject({
  key: z.string().min(1).max(100),
  params: z.record(z.string().max(100), z.union([z.string().max(4096), z.number()])),
});
export type ErrorReason = z.infer<typeof ErrorReasonSchema>;

export const ApiErrorSchema = z.strictObject({
  code: z.enum(ERROR_CODES),
  /** English, for logs, the command line and JSON consumers; people read `reason` when there is one. */
  message: z.string(),
  /** Optional structured detail, for example validation issues with their paths. */
  details: z.array(z.strictObject({ path: z.string(), message: z.string(), reason: ErrorReasonSchema.optional() })).optional(),
  reason: ErrorReasonSchema.optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err(code: ErrorCode, message: string, details?: ApiError['details'], reason?: ErrorReason): Result<never> {
  const error: ApiError = { code, message };
  if (details !== undefined) error.details = details;
  if (reason !== undefined) error.reason = reason;
  return { ok: false, error };
}

/**
 * An error the host raises on purpose, carrying its stable code. Handlers throw it; the
 * dispatcher turns it into `{ok:false}` so nothing but the envelope crosses the boundary.
 */
export class ParkZeroError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiError['details'];
  /** Why, for the app to say in the reader's language (core/text/error-reasons.ts); `message` stays English. */
  readonly reason: ErrorReason | undefined;
  constructor(code: ErrorCode, message: string, details?: ApiError['details'], reason?: ErrorReason) {
    super(message);
    this.name = 'ParkZeroError';
    this.code = code;
    this.details = details;
    this.reason = reason;
  }
}
