import type { ErrorReason } from '../api/result.ts';

/**
 * Why the host refused something, as data: a reason key and the names and figures its sentence
 * is built from, so that the app can say it in the reader's language (error-text.ts holds the
 * sentences). The English `message` of the error stays for logs and the command line; this is
 * the same fact for a person, with where (the file name), why and what would fix it.
 *
 * Same contract as the engine warnings (core/engine/warning-params.ts): each key declares its
 * params, and a template may use exactly those.
 */

export type ReasonParamSpec =
  /** A file's name without its folder, printed as it is. */
  | { kind: 'file' }
  /** A folder's path, printed as it is. */
  | { kind: 'folder' }
  /** A name printed as it is (who holds a lock: "li@pc-01"). */
  | { kind: 'text' }
  /** A whole number (a version, a count), grouped as the reader groups digits. */
  | { kind: 'count' }
  /** A number that names something (a process id), printed with its digits only. */
  | { kind: 'id' }
  /** A size in bytes, printed in the reader's units (KB, MB). */
  | { kind: 'bytes' }
  /** An ISO time, printed as a local date and time. */
  | { kind: 'time' }
  /** One of a few fixed values, each said by a word of the reader's language (error-text.ts, words). */
  | { kind: 'choice'; values: readonly string[] };

const file = { kind: 'file' } as const;
const folder = { kind: 'folder' } as const;
const text = { kind: 'text' } as const;
const count = { kind: 'count' } as const;
const id = { kind: 'id' } as const;
const bytes = { kind: 'bytes' } as const;
const time = { kind: 'time' } as const;
const choice = <const V extends readonly string[]>(...values: V): { kind: 'choice'; values: V } => ({ kind: 'choice', values });

/** What the host was doing with a file when the operating system refused (file-error.ts, ioError). */
export const FILE_ACTIONS = ['open', 'read', 'copy', 'write'] as const;
export type FileAction = (typeof FILE_ACTIONS)[number];
const action = choice(...FILE_ACTIONS);

/** The small files read through safe-read.ts, each named in the reader's language. */
export const SMALL_FILE_KINDS = ['series file', 'public key', 'private key', 'signature file', 'plan JSON', 'lock file'] as const;
export type SmallFileKind = (typeof SMALL_FILE_KINDS)[number];
const what = choice(...SMALL_FILE_KINDS);

/** The fields of an EPW weather file the import checks (core/profiles/import-epw.ts). */
export const EPW_FIELDS = [
  'latitude',
  'longitude',
  'time zone',
  'elevation',
  'dry-bulb temperature',
  'global horizontal radiation',
  'direct normal radiation',
  'diffuse horizontal radiation',
  'wind speed',
] as const;
export type EpwField = (typeof EPW_FIELDS)[number];
const field = choice(...EPW_FIELDS);

/** What a path is when it is not a regular file. */
export const NON_FILE_KINDS = ['folder', 'pipe', 'device', 'socket', 'other'] as const;

/** The key files of signing (electron/host/signing/keys.ts): the `what` of small files that are keys. */
export const KEY_FILE_KINDS = ['public key', 'private key'] as const satisfies readonly SmallFileKind[];
export type KeyFileKind = (typeof KEY_FILE_KINDS)[number];

/** What a review comment can be about, when it names something of the plan (electron/host/review/comments.ts). */
export const COMMENT_TARGET_KINDS = ['consumer', 'scenario', 'measure', 'target'] as const;

/** Where a portfolio run is when it has no result to export (electron/host/portfolio/handlers.ts). */
export const UNFINISHED_JOB_STATES = ['running', 'failed', 'cancelled'] as const;

export const ERROR_REASONS = {
  // Opening a project file (electron/host/store/open-file.ts, header.ts).
  file_missing: { file, folder },
  file_not_regular: { file },
  file_wal_pending: { file, wal_file: file },
  file_too_large: { file, size: bytes, limit: bytes },
  file_empty: { file },
  file_not_sqlite: { file },
  file_truncated: { file, size: bytes, expected: bytes },
  file_header_damaged: { file },
  file_wrong_application: { file },
  file_from_newer_version: { file, file_version: count, max_version: count },
  file_no_version: { file },
  file_schema_mismatch: { file },
  file_unexpected_object: { file },
  file_damaged: { file },
  file_plan_invalid: { file, issues: count },
  // The operating system's refusals (file-error.ts).
  io_folder_missing: { file, folder, action },
  io_permission_denied: { file, action },
  io_read_only_disk: { file, action },
  io_disk_full: { file, action },
  io_is_folder: { file, action },
  io_not_a_folder: { file, action },
  io_failed: { file, action },
  // Saving (atomic-write.ts, project.ts, project-store.ts).
  file_exists: { file },
  locked_by_other: { file, holder: text, pid: id, since: time },
  locked_by_newer_version: { file },
  lock_not_possible: { file, folder },
  open_for_review: { file },
  file_not_writable: { file },
  open_here_for_editing: { file },
  review_plan_changed: { file },
  not_saved_yet: {},
  revision_conflict: { base_revision: count, revision: count },
  // Small files beside a project or named by a request (safe-read.ts).
  small_file_missing: { file, what },
  small_file_not_regular: { file, what, kind: choice(...NON_FILE_KINDS) },
  small_file_too_large: { file, what, limit: bytes },
  small_file_not_text: { file, what },
  small_file_unreadable: { file, what },
  // Where a request may read and write (path-policy.ts).
  path_not_picked: { file },
  path_picked_earlier: { file },
  path_outside_folder: { file, folder },
  path_hidden: { file },
  path_folder_missing: { file },
  path_link_outside: { file, folder },
  path_symlink_write: { file },
  // Hourly data files (core/profiles/import-csv.ts, import-epw.ts; electron/host/series/import-series.ts).
  // `row` is the line number in the file, as an editor shows it; `value` is the file's own text.
  series_too_large: { file },
  series_empty: { file },
  series_columns: { file, row: id, got: count },
  series_column_count: { file, row: id, expected: count, got: count },
  series_row_count: { file, expected: count, got: count },
  series_leap_year: { file, got: count },
  series_empty_line: { file, row: id },
  series_not_a_number: { file, row: id, value: text },
  series_negative: { file, row: id, value: text },
  series_hour_start: { file, row: id, value: text },
  series_hour_not_number: { file, row: id, value: text },
  series_hour_sequence: { file, row: id, hour: text, expected: id },
  series_all_zero: { file },
  epw_too_few_lines: { file, got: count },
  epw_not_epw: { file },
  epw_location_fields: { file, got: count },
  epw_location_value: { file, field, value: text },
  epw_row_count: { file, expected: count, got: count },
  epw_fields: { file, row: id, got: count },
  epw_date: { file, row: id, month: id, day: id, hour: id },
  epw_value_not_number: { file, row: id, field, value: text },
  epw_value_missing: { file, row: id, field },
  epw_value_range: { file, row: id, field, value: text, min: text, max: text },
  // Signing keys (electron/host/signing/keys.ts): files that are readable but hold no usable key.
  key_not_readable: { file, what: choice(...KEY_FILE_KINDS) },
  key_wrong_type: { file, what: choice(...KEY_FILE_KINDS) },
  // Review comments (electron/host/review/comments.ts).
  comment_target_missing: { anchor: choice(...COMMENT_TARGET_KINDS) },
  comment_year_outside: { year: id, first_year: id, last_year: id },
  comment_missing: {},
  // Reports (electron/host/reports/report-model.ts).
  report_scenario_missing: {},
  // The portfolio (electron/host/portfolio/): what was named, and the files found in a folder.
  portfolio_input_missing: { file, folder },
  portfolio_folder_unreadable: { file },
  portfolio_link_outside: { file, folder },
  portfolio_link_broken: { file },
  portfolio_run_missing: {},
  portfolio_no_result: { state: choice(...UNFINISHED_JOB_STATES) },
  // The least-cost planner (electron/host/optimise/jobs.ts).
  optimise_run_missing: {},
  optimise_base_missing: {},
  optimise_target_missing: {},
  optimise_candidate_missing: {},
  optimise_run_other_project: {},
  optimise_no_answer: {},
  optimise_answer_added: {},
  optimise_plan_changed: {},
} as const satisfies Record<string, Record<string, ReasonParamSpec>>;

export type ReasonKey = keyof typeof ERROR_REASONS;
export const REASON_KEYS = Object.keys(ERROR_REASONS) as ReasonKey[];

type Spec = typeof ERROR_REASONS;
type ValueOf<S> = S extends { kind: 'choice'; values: readonly (infer V)[] }
  ? V
  : S extends { kind: 'count' | 'id' | 'bytes' }
    ? number
    : string;

/** The params a reason takes: every declared name, numbers where numbers go. */
export type ReasonParamsOf<K extends ReasonKey> = { [P in keyof Spec[K]]: ValueOf<Spec[K][P]> };

/** A reason with its params checked by the compiler. */
export function reason<K extends ReasonKey>(key: K, params: ReasonParamsOf<K>): ErrorReason {
  return { key, params: { ...(params as Record<string, string | number>) } };
}

/** A reason said about a file's content before the file's name is known (the parsers see text only). */
export interface ContentReason<K extends ReasonKey = ReasonKey> {
  key: K;
  params: Record<string, string | number>;
}

/** A content reason, typed like `reason` but without the file. */
export function contentReason<K extends ReasonKey>(key: K, params: Omit<ReasonParamsOf<K>, 'file'>): ContentReason<K> {
  return { key, params: { ...(params as Record<string, string | number>) } };
}

/** The content reason about `file` (its name without folder). */
export function aboutFile(why: ContentReason, file: string): ErrorReason {
  return { key: why.key, params: { ...why.params, file: fileNameOf(file) } };
}

/** The declared spec of one param, or null for an unknown key or name. */
export function reasonParamSpec(key: string, name: string): ReasonParamSpec | null {
  if (!Object.hasOwn(ERROR_REASONS, key)) return null;
  const specs: Record<string, ReasonParamSpec> = ERROR_REASONS[key as ReasonKey];
  return Object.hasOwn(specs, name) ? specs[name]! : null;
}

/** The names a key declares. */
export function reasonParamNames(key: ReasonKey): string[] {
  return Object.keys(ERROR_REASONS[key]);
}

/** A path's last part, for `file` params: "D:\\plans\\a.parkzero" and "/home/li/a.parkzero" give "a.parkzero". */
export function fileNameOf(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return cut < 0 ? trimmed : trimmed.slice(cut + 1);
}

/** A path's folder, for `folder` params ("" for a bare name). */
export function folderOf(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return cut < 0 ? '' : cut === 0 ? trimmed.slice(0, 1) : trimmed.slice(0, cut);
}
