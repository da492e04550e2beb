import { z } from 'zod';
import { Plan } from '../model/plan.ts';
import { Name } from '../model/primitives.ts';
import { ErrorReasonSchema } from './result.ts';
import { GridRegion } from '../model/park.ts';
import { MAX_EDIT_CHARS, measurePatchValue } from './patch-bounds.ts';
import { EditPatch, Empty, FilePath, ProjectId, type CallTable } from './contract-shared.ts';

/** Contract part: the app's facts and the project calls (open, create, edit, save, close, recent files, recovery). */

/** The bundled sample parks (resources/samples/README.md); Suining is the one `npm start` opens. */
export const SAMPLE_IDS = ['suining', 'zhangye'] as const;
export const SampleId = z.enum(SAMPLE_IDS);
export type SampleId = z.infer<typeof SampleId>;
export const DEFAULT_SAMPLE: SampleId = 'suining';

export const ReadOnlyReason = z.enum(['locked_by_other', 'review', 'newer_lock_format', 'file_not_writable']);

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
  /**
   * Why the project is read-only, with the file's name, as a reason the app says in the reader's
   * language (core/text/error-text.ts); null when it is not. Optional: older hosts do not send it.
   */
  read_only_detail: ErrorReasonSchema.nullable().optional(),
  /** True when the working copy has edits not yet saved to `path`. */
  dirty: z.boolean(),
  /** Increases with every committed edit; results carry it so stale ones can be dropped. */
  revision: z.int().min(0),
  schema_version: z.int().min(1),
  plan: Plan,
});
export type ProjectHandle = z.infer<typeof ProjectHandle>;

export const RecentFile = z.strictObject({ path: z.string(), title: z.string(), opened_at: z.string() });
export const Recoverable = z.strictObject({
  recovery_id: z.string().regex(/^[0-9a-f]{16,64}$/),
  path: z.string().nullable(),
  title: z.string(),
  edited_at: z.string(),
});

export const projectCalls = {
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
} as const satisfies CallTable;
