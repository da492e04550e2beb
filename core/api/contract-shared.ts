import { z } from 'zod';
import type { CallName } from './call-names.ts';
import { MAX_PATCH_VALUE_CHARS, MAX_PATCH_VALUE_DEPTH, measurePatchValue } from './patch-bounds.ts';

/**
 * Schemas more than one part of the API contract uses (paths, project ids, the empty request,
 * the edit patch) and the shape of a part. core/api/contract.ts assembles the parts.
 */

/** A call's request and response schemas. */
export type CallSchemas = { request: z.ZodType; response: z.ZodType };
/** One part of the contract (a contract-*.ts file): some calls, each named as in CALL_NAMES. */
export type CallTable = Partial<Record<CallName, CallSchemas>>;

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

/** The request of a call that takes nothing. */
export const Empty = z.strictObject({});

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
