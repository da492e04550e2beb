import { PortfolioSchema } from '../portfolio/schema.ts';
import { z } from 'zod';
import { Comment, Plan } from '../model/plan.ts';
import { Id, Name, NO_CONTROL_IN_NAME, Text } from '../model/primitives.ts';
import { GridRegion } from '../model/park.ts';
import { isCleanName } from '../text/control-chars.ts';
import { HOURLY_SERIES_KINDS } from '../model/hourly-series.ts';
import { PlanDiff } from '../diff/schema.ts';
import { ElectricityResult, ScenarioResult } from '../engine/result-schema.ts';
import { HOURLY_SERIES_KEYS } from '../engine/hourly.ts';
import { CALL_NAMES, splitCallName, type CallName } from './call-names.ts';
import { MAX_EDIT_CHARS, MAX_PATCH_VALUE_CHARS, MAX_PATCH_VALUE_DEPTH, measurePatchValue } from './patch-bounds.ts';
import {
  MonteCarloResult,
  OutputSpec,
  SweepResult,
  TornadoResult,
  SAMPLING_METHODS,
  UncertainInput,
  MAX_RUNS,
  MAX_SWEEP_STEPS,
} from '../uncertainty/index.ts';
import { OptimiserParkBounds, OptimiserPart, OptimiserRecord } from '../model/optimiser-record.ts';

/**
 * The one API contract between the renderer and the host. Each call maps to a request and a
 * response schema. From this table come the preload's `window.api` (one method per call), the
 * IPC handler registration, the browser host's HTTP routes and the CLI. The host parses every
 * request with its schema before doing any work; the renderer is untrusted.
 */

const McJobId = z.string().regex(/^mc[0-9]{1,9}$/, 'must be a job id from uncertainty.start');
const McJobStatus = z.strictObject({
  job_id: z.string(),
  project_id: z.string(),
  /** The plan revision the runs were made from. */
  revision: z.int().min(0),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.int().min(0),
  total: z.int().min(0),
  result: MonteCarloResult.nullable(),
  error: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});

const PfJobId = z.string().regex(/^pf[0-9]{1,9}$/, 'must be a job id from portfolio.start');
/** Where a portfolio run is (electron/host/portfolio/jobs.ts); polled like Monte Carlo jobs. */
const PfJobStatus = z.strictObject({
  job_id: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Files finished (computed or refused) of all files found. */
  done: z.int().min(0),
  total: z.int().min(0),
  result: PortfolioSchema.nullable(),
  error: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});

const OptJobId = z.string().regex(/^opt[0-9]{1,9}$/, 'must be a job id from optimise.start');
/** Where a least-cost planner run is (electron/host/optimise/jobs.ts); polled like Monte Carlo jobs. */
const OptJobStatus = z.strictObject({
  job_id: z.string(),
  project_id: z.string(),
  /** The plan revision the run was made from; the scenario can be created only at this revision. */
  revision: z.int().min(0),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** prepare (baseline and representative days), build (the LP), solve (HiGHS), check (the engine). */
  phase: z.enum(['prepare', 'build', 'solve', 'check']).nullable(),
  /** LP-engine round, from 1. */
  round: z.int().min(1).nullable(),
  max_rounds: z.int().min(1),
  /** Solver iterations of the current solve, where HiGHS reports them. */
  iterations: z.int().min(0).nullable(),
  /** Steps done of `steps` (prepare, then build, solve and check per round): a progress bar's value. */
  step: z.int().min(0),
  steps: z.int().min(1),
  result: z
    .strictObject({
      /** The scenario `optimise.createScenario` adds (not yet in the plan). */
      scenario_id: z.string(),
      scenario_name: z.string(),
      record: OptimiserRecord,
    })
    .nullable(),
  error: z
    .strictObject({
      code: z.string(),
      message: z.string(),
      /** `time_limit`: the solver ran out of time; `solver_failed`: it could not finish; `other`: see code. */
      reason: z.enum(['time_limit', 'solver_failed', 'other']),
    })
    .nullable(),
  /** Set once `optimise.createScenario` added the scenario. */
  created_scenario_id: z.string().nullable(),
});

/** A candidate as the user edited it on the Plan-to-targets screen (core/optimise/candidate-offers.ts). */
const OptimiseCandidateEdit = z.strictObject({
  id: Id,
  include: z.boolean(),
  /**
   * Maxima and (optionally) minima in the offer's units (kW, kWh, a share 0-1, tCO2 a year, an
   * annual measure's own unit); a minimum must be installed from the first build year on.
   */
  bounds: z
    .array(z.strictObject({ part: OptimiserPart, max: z.number().min(0).max(1e12), min: z.number().min(0).max(1e12).optional() }))
    .max(8)
    .default([]),
  /** Unit costs in the offer's units (CNY per kW, kWh, MWh, tCO2); one figure for every build year. */
  costs: z
    .array(z.strictObject({ part: OptimiserPart, value: z.number().min(0).max(1e9) }))
    .max(8)
    .default([]),
});

/** Extensions of the files `dialog.saveFile` asks for. */
export const SaveFileKind = z.enum(['pdf', 'docx', 'xlsx', 'md']);

/** The bundled sample parks (resources/samples/README.md); Suining is the one `npm start` opens. */
export const SAMPLE_IDS = ['suining', 'zhangye'] as const;
export const SampleId = z.enum(SAMPLE_IDS);
export type SampleId = z.infer<typeof SampleId>;
export const DEFAULT_SAMPLE: SampleId = 'suining';
export type SaveFileKind = z.infer<typeof SaveFileKind>;

/**
 * A file system path from the user, or in the desktop app the handle a `dialog.*` call answered
 * (`picked-file:<random>/<file name>`). NUL bytes never belong in a path. Every path in a request
 * also passes the shell's path policy on the host (electron/host/path-policy.ts), else
 * PATH_NOT_ALLOWED.
 */
export const FilePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'must not contain NUL bytes');

export const ProjectId = z.string().regex(/^p[0-9a-f]{16}$/, 'must be a project id from project.open');

const Empty = z.strictObject({});

export const ReadOnlyReason = z.enum(['locked_by_other', 'review', 'newer_lock_format', 'file_not_writable']);

/** One signature of a submission, as listed in its sidecar. */
export const SignatureSummary = z.strictObject({
  signer: z.string(),
  signed_at: z.string(),
  key_id: z.string(),
  fingerprint: z.string(),
});

/** What the host tells the renderer about an open project. */
export const ProjectHandle = z.strictObject({
  project_id: ProjectId,
  /** The file the project saves to; null for an untitled project (not yet saved). */
  path: z.string().nullable(),
  title: z.string(),
  read_only: z.boolean(),
  read_only_reason: ReadOnlyReason.nullable(),
  /** Who holds the lock when another instance has the file open: "user@host (pid 123)". */
  lock_holder: z.string().nullable(),
  /** True when the working copy has edits not yet saved to `path`. */
  dirty: z.boolean(),
  /** Increases with every committed edit; results carry it so stale ones can be dropped. */
  revision: z.int().min(0),
  schema_version: z.int().min(1),
  plan: Plan,
});
export type ProjectHandle = z.infer<typeof ProjectHandle>;

/** An immer patch as sent by the renderer; the host applies it and re-validates the whole plan. */
export const EditPatch = z
  .strictObject({
    op: z.enum(['add', 'replace', 'remove']),
    path: z.array(z.union([z.string().max(200), z.int().min(0).max(1e6)])).max(32),
    value: z.unknown().optional(),
  })
  // Bounded before anything is applied or logged (core/api/patch-bounds.ts).
  .superRefine((patch, ctx) => {
    const size = measurePatchValue(patch.value);
    if (!size.ok)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message:
          size.reason === 'too_deep'
            ? `nests deeper than ${MAX_PATCH_VALUE_DEPTH} levels`
            : `is larger than ${MAX_PATCH_VALUE_CHARS} characters of JSON`,
      });
  });
export type EditPatch = z.infer<typeof EditPatch>;

/**
 * Largest file text `series.import` accepts, characters: an EPW year is about 1.5 MB, an
 * 8760-row CSV well under 1 MB.
 */
export const MAX_SERIES_TEXT_CHARS = 8_000_000;

export const RecentFile = z.strictObject({ path: z.string(), title: z.string(), opened_at: z.string() });
export const Recoverable = z.strictObject({
  recovery_id: z.string().regex(/^[0-9a-f]{16,64}$/),
  path: z.string().nullable(),
  title: z.string(),
  edited_at: z.string(),
});

export const contract = {
  'app.info': {
    request: Empty,
    response: z.strictObject({
      version: z.string(),
      schema_version: z.int(),
      shell: z.enum(['electron', 'browser', 'cli']),
      /** Where a new file goes when nothing else suggests a folder (the user's Documents, else home). */
      documents_dir: z.string().optional(),
    }),
  },
  'project.openSample': {
    request: z.strictObject({ sample: SampleId.optional() }),
    response: ProjectHandle,
  },
  'project.create': {
    request: z.strictObject({
      template: z.enum(['sample', 'blank']),
      /** Which sample park a `sample` template copies (absent: Suining); ignored for a blank park. */
      sample: SampleId.optional(),
      name: Name.optional(),
      /** Where a blank park is (asked before creating it: climate, grid factors and prices follow it). */
      location: z.strictObject({ province: Name, city: Name, grid_region: GridRegion }).optional(),
    }),
    response: ProjectHandle,
  },
  'project.open': {
    request: z.strictObject({ path: FilePath, mode: z.enum(['edit', 'review']).default('edit') }),
    response: ProjectHandle,
  },
  'project.get': { request: z.strictObject({ project_id: ProjectId }), response: ProjectHandle },
  'project.edit': {
    request: z.strictObject({
      project_id: ProjectId,
      /** The revision the patches were made against; a mismatch is refused, not merged. */
      base_revision: z.int().min(0),
      label: Name,
      patches: z
        .array(EditPatch)
        .min(1)
        .max(5000)
        .refine((patches) => {
          let total = 0;
          for (const p of patches) {
            const size = measurePatchValue(p.value);
            total += size.ok ? size.chars : MAX_EDIT_CHARS;
            if (total > MAX_EDIT_CHARS) return false;
          }
          return true;
        }, `one edit may carry at most ${MAX_EDIT_CHARS} characters of JSON`),
    }),
    response: z.strictObject({ revision: z.int().min(0), dirty: z.boolean() }),
  },
  'project.save': {
    request: z.strictObject({ project_id: ProjectId }),
    response: z.strictObject({
      path: z.string(),
      saved_at: z.string(),
      /**
       * A review save into a file another reviewer saved comments to meanwhile merges both
       * reviewers' comments; this counts the comments taken from the file (0 otherwise). The
       * project then holds them too: the app reloads it with project.get.
       */
      merged_comments: z.int().min(0),
    }),
  },
  /** Saves to `path` (path policy); an existing file is replaced only with `overwrite: true`. */
  'project.saveAs': {
    request: z.strictObject({ project_id: ProjectId, path: FilePath, overwrite: z.boolean().default(false) }),
    response: z.strictObject({ path: z.string(), saved_at: z.string() }),
  },
  'project.close': {
    request: z.strictObject({ project_id: ProjectId, discard_changes: z.boolean().default(false) }),
    response: z.strictObject({ closed: z.boolean() }),
  },
  'project.recent': { request: Empty, response: z.array(RecentFile) },
  'project.recoverable': { request: Empty, response: z.array(Recoverable) },
  'project.recover': { request: z.strictObject({ recovery_id: Recoverable.shape.recovery_id }), response: ProjectHandle },
  'project.discardRecovery': {
    request: z.strictObject({ recovery_id: Recoverable.shape.recovery_id }),
    response: z.strictObject({ discarded: z.boolean() }),
  },
  /**
   * Runs scenarios of an open project's current plan on the host's engine workers. The answer
   * carries the revision it was computed from, so the renderer can drop stale results.
   */
  'scenario.run': {
    request: z.strictObject({
      project_id: ProjectId,
      scenario_ids: z.array(z.string().min(1).max(64)).min(1).max(50),
      /** The marginal abatement cost curve costs one extra run per measure. */
      mac: z.boolean().default(true),
    }),
    response: z.strictObject({ revision: z.int().min(0), results: z.array(ScenarioResult) }),
  },
  /**
   * Writes a PDF report or an Excel workbook of an open project's current plan to `path`
   * (atomically). Runs on the host, off its main thread. The path must end in the format's
   * extension and pass the shell's path policy (electron/host/path-policy.ts: in the desktop
   * app a path chosen in a file dialog, in the browser host a path inside its project folder);
   * an existing file is replaced only with `overwrite: true`, else FILE_EXISTS.
   */
  'report.export': {
    request: z
      .strictObject({
        project_id: ProjectId,
        format: z.enum(['pdf', 'docx', 'xlsx']),
        lang: z.enum(['zh', 'en']),
        /** Empty: every scenario, in plan order. */
        scenario_ids: z.array(z.string().min(1).max(64)).max(50).default([]),
        path: FilePath,
        overwrite: z.boolean().default(false),
      })
      .refine((r) => r.path.toLowerCase().endsWith(`.${r.format}`), {
        message: 'path must end in .pdf, .docx or .xlsx, matching format',
        path: ['path'],
      }),
    response: z.strictObject({
      path: z.string(),
      bytes: z.int().min(0),
      /** Pages of a PDF; null for a workbook. */
      pages: z.int().min(1).nullable(),
      /** planFingerprint of the plan the report was made from (printed in its footers). */
      fingerprint: z.string(),
      revision: z.int().min(0),
      scenario_ids: z.array(z.string()),
    }),
  },
  /**
   * One year of one scenario hour by hour (hourly dispatch), for the results screen's
   * day x hour heatmap: 8760 values per series, hour 0 = 1 January 00:00 local time of the
   * non-leap reference year. Runs on the engine workers.
   */
  'scenario.hourly': {
    request: z.strictObject({
      project_id: ProjectId,
      scenario_id: z.string().min(1).max(64),
      year: z.int().min(1900).max(2200),
    }),
    response: z.strictObject({
      revision: z.int().min(0),
      scenario_id: z.string(),
      year: z.int(),
      series: z.strictObject(
        Object.fromEntries(HOURLY_SERIES_KEYS.map((k) => [k, z.array(z.number())])) as Record<
          (typeof HOURLY_SERIES_KEYS)[number],
          z.ZodArray<z.ZodNumber>
        >,
      ),
      storage: z.strictObject({ power_kw: z.number(), usable_kwh: z.number(), round_trip_efficiency: z.number() }),
      export_limit_kw: z.number().nullable(),
      electricity: ElectricityResult,
    }),
  },
  'plan.validate': {
    request: z.strictObject({ plan: z.unknown() }),
    response: z.strictObject({
      valid: z.boolean(),
      issues: z.array(z.strictObject({ path: z.string(), message: z.string() })),
    }),
  },
  /** Native file dialogs exist only in the desktop shell; elsewhere `supported` is false. */
  'dialog.openProject': {
    request: Empty,
    response: z.strictObject({ supported: z.boolean(), path: z.string().nullable() }),
  },
  /** The signer's public key (`.pub`, PEM), for `review.signatures`. */
  'dialog.openPublicKey': {
    request: Empty,
    response: z.strictObject({ supported: z.boolean(), path: z.string().nullable() }),
  },
  'dialog.saveProject': {
    request: z.strictObject({ suggested_name: z.string().max(200).optional() }),
    response: z.strictObject({ supported: z.boolean(), path: z.string().nullable() }),
  },
  /**
   * Where to write a report (`pdf`, `xlsx`) or a memo (`md`, `pdf`): the desktop app's native
   * save dialog. Issue 14: the desktop host writes only files chosen in its dialogs, so the app
   * asks here first; the answer is the one path the following write call may name. Every
   * `dialog.*` answer is an opaque handle (`picked-file:<random>/<file name>`), not a path: the
   * host keeps the picked path and resolves the handle when a request names it.
   */
  'dialog.saveFile': {
    request: z.strictObject({ ext: SaveFileKind, suggested_name: Name.optional() }),
    response: z.strictObject({ supported: z.boolean(), path: z.string().nullable() }),
  },
  /** Review workflow (issue 6): fingerprint, comments that never touch plan content, compare, memo. */
  'review.fingerprint': {
    request: z.strictObject({ project_id: ProjectId }),
    response: z.strictObject({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/), short: z.string(), scheme: z.string() }),
  },
  /** Allowed on projects opened for review; changes only `plan.comments`. Answers the updated project. */
  'review.addComment': {
    request: z.strictObject({
      project_id: ProjectId,
      base_revision: z.int().min(0),
      anchor: Comment.shape.anchor,
      author: Name,
      body: Comment.shape.body,
    }),
    response: ProjectHandle,
  },
  'review.setCommentStatus': {
    request: z.strictObject({
      project_id: ProjectId,
      base_revision: z.int().min(0),
      comment_id: Id,
      status: Comment.shape.status.unwrap(),
    }),
    response: ProjectHandle,
  },
  /** Changes from another project file (A, e.g. the previous submission) to this project (B). */
  'review.compare': {
    request: z.strictObject({ project_id: ProjectId, other_path: FilePath }),
    response: PlanDiff,
  },
  /**
   * The signatures beside the open project's file (`FILE.sig.json`, see electron/host/signing/)
   * and, when the reviewer gives the signer's public key file, the check of the newest signature
   * by that key against the plan as it is now. A failed check is an answer (`status`), not an
   * error; an unreadable key file is an error (NOT_FOUND, INVALID_REQUEST).
   */
  'review.signatures': {
    request: z.strictObject({ project_id: ProjectId, public_key_path: FilePath.optional() }),
    response: z.strictObject({
      /** Where the signatures are looked for; null when the project has no file yet. */
      sidecar: z.string().nullable(),
      /** The sidecar's entries as listed (not yet verified); empty when it is missing or damaged. */
      signatures: z.array(SignatureSummary),
      /** Why the list is empty or untrustworthy: no sidecar, or a sidecar that is not a signature file. */
      sidecar_state: z.enum(['none', 'present', 'missing', 'broken']),
      current_fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
      verification: z
        .strictObject({
          status: z.enum(['valid', 'missing', 'wrong_key', 'broken', 'plan_changed']),
          /** Key id (16 hex digits) of the public key the reviewer gave. */
          key_id: z.string(),
          /** The signature that decided, when one by this key was found. */
          signature: SignatureSummary.nullable(),
          /** The host's one-line English explanation (the app says it from the fields above). */
          message: z.string(),
        })
        .nullable(),
    }),
  },
  /**
   * The review memo; its Markdown is answered, and written (Markdown or PDF) to `path` when
   * given (path policy as for every path; an existing file only with `overwrite: true`).
   */
  'review.memo': {
    request: z.strictObject({
      project_id: ProjectId,
      /** The reviewer's name as they enter it (the host never takes the OS login). */
      reviewer: Name,
      /** The reviewer's overall conclusion: pass, pass with changes, or fail. */
      conclusion: z.enum(['pass', 'pass_with_changes', 'fail']),
      /** A signer's public key to verify the plan's signature with; without it the memo lists signatures unverified. */
      public_key_path: FilePath.optional(),
      path: FilePath.optional(),
      format: z.enum(['md', 'pdf']).default('md'),
      lang: z.enum(['en', 'zh']).default('en'),
      overwrite: z.boolean().default(false),
    }),
    response: z.strictObject({ markdown: z.string(), path: z.string().nullable() }),
  },
  /**
   * The user's own hourly data (issue 4): the renderer reads the file's text and sends it; the
   * host parses it (CSV for load / PV / wind, EPW for weather), checks the target, and adds the
   * series with one normal project edit (change_log, revision). The answer carries the patch it
   * applied, so the app records it in its undo history (undo = remove at that index). A bad
   * file is INVALID_REQUEST with one line per problem (`load.csv: row 4521: ...`) and changes
   * nothing. Removing a series is an ordinary `project.edit`.
   */
  'series.import': {
    request: z.strictObject({
      project_id: ProjectId,
      base_revision: z.int().min(0),
      kind: z.enum(HOURLY_SERIES_KINDS),
      /** {consumer_id} for load, {measure_id} for pv / wind, null for weather. */
      target: z.union([z.strictObject({ consumer_id: Id }), z.strictObject({ measure_id: Id }), z.null()]),
      file_name: z
        .string()
        .trim()
        .min(1)
        .max(260)
        .refine((n) => !/[\\/\0]/.test(n), 'must be a file name without folders')
        .refine(isCleanName, NO_CONTROL_IN_NAME),
      text: z.string().max(MAX_SERIES_TEXT_CHARS),
      name: Name.optional(),
    }),
    response: z.strictObject({
      revision: z.int().min(0),
      dirty: z.boolean(),
      series_id: Id,
      /** The edit applied: add at ['hourly_series', index]. */
      patch: EditPatch,
      warnings: z.array(z.string()),
    }),
  },
  // --- Uncertainty (core/uncertainty): offered inputs, tornado, sweep, Monte Carlo jobs. ---
  /** Inputs the Risk screen offers for a scenario, with default ranges, sources and reasons. */
  'uncertainty.offers': {
    request: z.strictObject({ project_id: ProjectId, scenario_id: Id }),
    response: z.strictObject({
      offers: z.array(
        z.strictObject({
          input: UncertainInput.omit({ source: true }),
          source: z.strictObject({ en: z.string(), zh: z.string() }),
          reason: z.strictObject({ en: z.string(), zh: z.string() }),
          /** A technology's unit cost: the measures it moves, by their own quote or the library path. */
          affects: z.array(
            z.strictObject({
              measure_id: Id,
              measure_name: z.string(),
              scenario_id: Id,
              via: z.enum(['own', 'library']),
            }),
          ),
        }),
      ),
    }),
  },
  /** One input at a time to its low and high, every other at its central value; 2 runs per input + 1. */
  'uncertainty.tornado': {
    request: z.strictObject({ project_id: ProjectId, scenario_id: Id, output: OutputSpec }),
    response: z.strictObject({ revision: z.int().min(0), tornado: TornadoResult }),
  },
  /** One input across its range in equal steps. */
  'uncertainty.sweep': {
    request: z.strictObject({
      project_id: ProjectId,
      scenario_id: Id,
      input_id: Id,
      steps: z.int().min(2).max(MAX_SWEEP_STEPS).default(11),
      output: OutputSpec,
    }),
    response: z.strictObject({ revision: z.int().min(0), sweep: SweepResult }),
  },
  /**
   * Starts a Monte Carlo of the project's current plan on the engine workers and answers at
   * once with the job; `uncertainty.status` reports progress and finally the result.
   */
  'uncertainty.start': {
    request: z.strictObject({
      project_id: ProjectId,
      scenario_id: Id,
      runs: z.int().min(1).max(MAX_RUNS),
      seed: z.int().min(0).max(0xffffffff),
      sampling: z.enum(SAMPLING_METHODS).default('lhs'),
      /** Also keep the NPV against the parent (simulates the parent in every run: about twice the work). */
      compare_parent: z.boolean().default(false),
    }),
    response: McJobStatus,
  },
  'uncertainty.status': { request: z.strictObject({ job_id: McJobId }), response: McJobStatus },
  /** Stops handing out runs; the job ends as `cancelled` once the runs in flight return. */
  'uncertainty.cancel': { request: z.strictObject({ job_id: McJobId }), response: McJobStatus },
  // --- Least-cost planner (core/optimise, electron/host/optimise): a job like Monte Carlo's. ---
  /**
   * Starts the planner on the project's current plan (a worker thread: HiGHS, then the engine's
   * check) and answers at once with the job. Nothing in the project changes until
   * `optimise.createScenario`; a cancelled or failed run leaves it as it was.
   */
  'optimise.start': {
    request: z.strictObject({
      project_id: ProjectId,
      /** The base scenario: the answer becomes its child. */
      scenario_id: Id,
      /** Edits of the offered candidates; a candidate not listed is used as offered. */
      candidates: z.array(OptimiseCandidateEdit).max(200).default([]),
      /** Targets to meet; absent = every target of the plan. */
      target_ids: z.array(Id).max(200).optional(),
      /** Representative days per period, the peak day included. */
      days: z.int().min(2).max(60).default(8),
      /** Years per period (capacity and operation are the same within a period). */
      period_years: z.int().min(1).max(40).default(5),
      include_carbon_price: z.boolean().default(false),
      /** The park's own limits: grid connection, export limit, green-power share, offsets, yearly budget. */
      bounds: OptimiserParkBounds.optional(),
      /** Seconds for each solve. */
      time_limit_s: z.int().min(1).max(3600).default(300),
      /** Name of the scenario the answer becomes. */
      name: Name,
    }),
    response: OptJobStatus,
  },
  'optimise.status': { request: z.strictObject({ job_id: OptJobId }), response: OptJobStatus },
  /** Stops the worker at once; the job ends `cancelled` and the project is untouched. */
  'optimise.cancel': { request: z.strictObject({ job_id: OptJobId }), response: OptJobStatus },
  /**
   * Adds a finished run's answer as an ordinary child scenario of its base, with the planner's
   * record, by one normal project edit (change log, revision); the answer carries the patch so
   * the app records it in its undo history. Refused (REVISION_CONFLICT) when the plan changed
   * since the run started: the answer was computed for the plan as it was.
   */
  'optimise.createScenario': {
    request: z.strictObject({
      project_id: ProjectId,
      base_revision: z.int().min(0),
      job_id: OptJobId,
      name: Name.optional(),
      /** In the user's language (the app writes it). */
      description: Text.optional(),
    }),
    response: z.strictObject({ revision: z.int().min(0), dirty: z.boolean(), scenario_id: Id, patch: EditPatch }),
  },
  // --- Portfolio (core/portfolio, electron/host/portfolio): many parks' files, read-only. ---
  /**
   * Folders and project files for the portfolio: the desktop app's native dialog (files or a
   * folder, several at once), answered as opaque handles like every dialog. Elsewhere
   * `supported` is false and the screen asks for a folder inside the host's project folder.
   */
  'dialog.openPortfolio': {
    request: Empty,
    response: z.strictObject({ supported: z.boolean(), paths: z.array(z.string()).nullable() }),
  },
  /**
   * Reads the named folders' `.parkzero` files and the named files read-only (each through the
   * untrusted-open checks, on a private copy) and runs each park's submitted plan on the engine
   * workers; answers at once with the job. Needs no open project.
   */
  'portfolio.start': {
    request: z.strictObject({ paths: z.array(FilePath).min(1).max(500) }),
    response: PfJobStatus,
  },
  'portfolio.status': { request: z.strictObject({ job_id: PfJobId }), response: PfJobStatus },
  /** Stops reading more files; the job ends `cancelled` once the runs in flight return. */
  'portfolio.cancel': { request: z.strictObject({ job_id: PfJobId }), response: PfJobStatus },
  /** A finished portfolio as a workbook or a PDF summary, written where `path` says (a dialog handle in the desktop app). */
  'portfolio.export': {
    request: z.strictObject({
      job_id: PfJobId,
      format: z.enum(['xlsx', 'pdf']),
      lang: z.enum(['zh', 'en']),
      path: FilePath,
      overwrite: z.boolean().default(false),
    }),
    response: z.strictObject({ path: z.string(), bytes: z.int().min(0) }),
  },
} as const satisfies Record<CallName, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
/** What a caller sends (defaults may be omitted). */
export type RequestOf<K extends CallName> = z.input<Contract[K]['request']>;
/** What a handler receives after parsing (defaults filled in). */
export type ParsedRequestOf<K extends CallName> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends CallName> = z.output<Contract[K]['response']>;

export { CALL_NAMES, splitCallName };
export type { CallName };

// Every listed name has a schema (satisfies above) and every schema is listed (here).
type _ContractKeysAreListed = Exclude<keyof Contract, CallName> extends never ? true : never;
export const CONTRACT_COMPLETE: _ContractKeysAreListed = true;
