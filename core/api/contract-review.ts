import { z } from 'zod';
import { Comment } from '../model/plan.ts';
import { Id, Name } from '../model/primitives.ts';
import { PlanDiff } from '../diff/schema.ts';
import { FilePath, ProjectId, type CallTable } from './contract-shared.ts';
import { ProjectHandle } from './contract-project.ts';

/** Contract part: the review workflow (fingerprint, comments, compare, signatures, memo). */

/** One signature of a submission, as listed in its sidecar. */
export const SignatureSummary = z.strictObject({
  signer: z.string(),
  signed_at: z.string(),
  key_id: z.string(),
  fingerprint: z.string(),
});

export const reviewCalls = {
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
} as const satisfies CallTable;
