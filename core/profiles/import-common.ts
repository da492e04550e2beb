import type { ContentReason } from '../text/error-reasons.ts';

/**
 * Shared parts of the hourly imports. The host reads the file and passes its text; these
 * functions never touch the file system. Errors name the row as the line number in the file
 * (1-based, header lines included), which is what a user sees in an editor or a spreadsheet.
 */

export type ImportResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: ImportError };

export interface ImportError {
  /** Line number in the file, 1-based; null for problems of the whole file (such as its length). */
  row: number | null;
  reason: string;
  /** `row 4521: value "abc" is not a number`, or the bare reason when row is null. */
  message: string;
  /** The same for a person, in their language once the file's name is added (core/text/error-text.ts). */
  why: ContentReason;
}

export function importError(row: number | null, reason: string, why: ContentReason): { ok: false; error: ImportError } {
  return { ok: false, error: { row, reason, message: row === null ? reason : `row ${row}: ${reason}`, why } };
}

/** A field of the file as a reason's `value`: trimmed, unquoted, shortened like `show`. */
export function fieldText(field: string): string {
  const t = field
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  return t.length > 40 ? `${t.slice(0, 40)}...` : t;
}

/** Files above this size are refused before parsing: a year of hourly data is far smaller. */
export const MAX_IMPORT_CHARS = 20_000_000;

/** Lines of a text file without the BOM; trailing empty lines dropped (editors add them). */
export function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A strict decimal number: no empty string, no NaN/Infinity, no thousands separators. */
export function parseNumber(field: string): number | null {
  const t = field
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  if (!NUMBER.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** Quote a field for an error message, shortened so a binary file cannot flood the message. */
export function show(field: string): string {
  const t = field.trim();
  return `"${t.length > 40 ? `${t.slice(0, 40)}...` : t}"`;
}
