import type { z } from 'zod';
import { CALL_NAMES, splitCallName, type CallName } from './call-names.ts';
import type { CallSchemas } from './contract-shared.ts';
import { projectCalls } from './contract-project.ts';
import { scenarioCalls } from './contract-scenario.ts';
import { reportCalls } from './contract-report.ts';
import { dialogCalls } from './contract-dialog.ts';
import { reviewCalls } from './contract-review.ts';
import { seriesCalls } from './contract-series.ts';
import { uncertaintyCalls } from './contract-uncertainty.ts';
import { optimiseCalls } from './contract-optimise.ts';
import { portfolioCalls } from './contract-portfolio.ts';

/**
 * The one API contract between the renderer and the host. Each call maps to a request and a
 * response schema. From this table come the preload's `window.api` (one method per call), the
 * IPC handler registration, the browser host's HTTP routes and the CLI. The host parses every
 * request with its schema before doing any work; the renderer is untrusted.
 *
 * The calls' schemas live in one file per feature (contract-project.ts, contract-review.ts, ...);
 * this file assembles them into the one contract object and is the module everyone imports.
 */
export const contract = {
  ...projectCalls,
  ...scenarioCalls,
  ...reportCalls,
  ...dialogCalls,
  ...reviewCalls,
  ...seriesCalls,
  ...uncertaintyCalls,
  ...optimiseCalls,
  ...portfolioCalls,
} as const satisfies Record<CallName, CallSchemas>;

export type Contract = typeof contract;
/** What a caller sends (defaults may be omitted). */
export type RequestOf<K extends CallName> = z.input<Contract[K]['request']>;
/** What a handler receives after parsing (defaults filled in). */
export type ParsedRequestOf<K extends CallName> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends CallName> = z.output<Contract[K]['response']>;

export { CALL_NAMES, splitCallName };
export type { CallName };
export { FilePath, ProjectId, EditPatch } from './contract-shared.ts';
export {
  SAMPLE_IDS,
  SampleId,
  DEFAULT_SAMPLE,
  ReadOnlyReason,
  ProjectHandle,
  RecentFile,
  Recoverable,
} from './contract-project.ts';
export { SaveFileKind } from './contract-dialog.ts';
export { SignatureSummary } from './contract-review.ts';
export { MAX_SERIES_TEXT_CHARS } from './contract-series.ts';

// Every listed name has a schema (satisfies above) and every schema is listed (here).
type _ContractKeysAreListed = Exclude<keyof Contract, CallName> extends never ? true : never;
export const CONTRACT_COMPLETE: _ContractKeysAreListed = true;

type Parts = [
  typeof projectCalls,
  typeof scenarioCalls,
  typeof reportCalls,
  typeof dialogCalls,
  typeof reviewCalls,
  typeof seriesCalls,
  typeof uncertaintyCalls,
  typeof optimiseCalls,
  typeof portfolioCalls,
];
// No call is in two parts (a later spread above would silently replace the earlier schema).
type Overlap<T extends readonly object[], Seen = never> = T extends readonly [infer H, ...infer R extends readonly object[]]
  ? (keyof H & Seen) | Overlap<R, Seen | keyof H>
  : never;
type _PartsAreDisjoint = [Overlap<Parts>] extends [never] ? true : never;
const _PARTS_DISJOINT: _PartsAreDisjoint = true;
