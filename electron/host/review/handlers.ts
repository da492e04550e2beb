import path from 'node:path';
import { readPlanFile, type OpenProject, type ProjectStore } from '../store/index.ts';
import type { Handlers } from '../api/dispatch.ts';
import type { ProjectHandle } from '../../../core/api/contract.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import { errnoCode, ioReason } from '../store/file-error.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { PlanResults } from '../../../core/engine/result-schema.ts';
import { FINGERPRINT_SCHEME, planFingerprint, shortFingerprint } from '../../../core/fingerprint/index.ts';
import { comparePlans } from '../../../core/diff/index.ts';
import { refuseExisting, writeFileAtomicallyOnce } from '../text-file.ts';
import type { PathPolicy } from '../path-policy.ts';
import { addComment, setCommentStatus } from './comments.ts';
import { memoMarkdown } from './memo.ts';
import { memoModel } from './memo-model.ts';
import { memoSignature } from './memo-signature.ts';
import { renderMemoPdf } from './memo-pdf.ts';
import { readPublicKeyAsync, keyIdOf } from '../signing/keys.ts';
import {
  SignatureError,
  listSignatures,
  readSidecarAsync,
  sidecarPath,
  verifyPlan,
  type SignatureEntry,
} from '../signing/signatures.ts';

export type ReviewCall =
  'review.fingerprint' | 'review.addComment' | 'review.setCommentStatus' | 'review.compare' | 'review.memo' | 'review.signatures';

function summary(e: SignatureEntry) {
  return { signer: e.signer, signed_at: e.signed_at, key_id: e.key_id, fingerprint: e.fingerprint };
}

export interface ReviewDeps {
  store: ProjectStore;
  /** Which paths a request may name (see path-policy.ts). */
  paths: PathPolicy;
  toHandle(project: OpenProject): ProjectHandle;
  /** Every scenario of a plan, without MAC curves (the app runs them on its worker pool). */
  runAll(plan: Plan, key: string): Promise<PlanResults>;
  now?: () => Date;
}

/**
 * The review calls of the handler table. Comments go through OpenProject.editComments, which
 * projects opened for review accept and which cannot change plan content; everything else here
 * only reads.
 */
export function reviewHandlers(deps: ReviewDeps): Pick<Handlers, ReviewCall> {
  const now = deps.now ?? (() => new Date());
  return {
    'review.fingerprint': (req) => {
      const fingerprint = planFingerprint(deps.store.get(req.project_id).plan());
      return { fingerprint, short: shortFingerprint(fingerprint), scheme: FINGERPRINT_SCHEME };
    },
    'review.addComment': (req) => {
      const project = deps.store.get(req.project_id);
      const { comments } = addComment(project.plan(), { anchor: req.anchor, author: req.author, body: req.body }, now());
      project.editComments(comments, 'Add review comment', req.base_revision);
      return deps.toHandle(project);
    },
    'review.setCommentStatus': (req) => {
      const project = deps.store.get(req.project_id);
      const comments = setCommentStatus(project.plan(), req.comment_id, req.status, now());
      const label = req.status === 'resolved' ? 'Resolve review comment' : 'Reopen review comment';
      project.editComments(comments, label, req.base_revision);
      return deps.toHandle(project);
    },
    'review.compare': async (req) => {
      const project = deps.store.get(req.project_id);
      const current = project.plan();
      // The other file is untrusted input like any opened file: checked on a throwaway copy.
      const other = readPlanFile(deps.paths.forRead(req.other_path, 'project file to compare'));
      const [resultsA, resultsB] = await Promise.all([
        deps.runAll(other, `review-compare:${req.project_id}:a`),
        deps.runAll(current, `review-compare:${req.project_id}:b`),
      ]);
      return comparePlans(
        { label: path.basename(req.other_path), plan: other, results: resultsA },
        { label: project.path === null ? current.park.name : path.basename(project.path), plan: current, results: resultsB },
      );
    },
    'review.signatures': async (req) => {
      const project = deps.store.get(req.project_id);
      // Read the key first: a key file that cannot be read is the reviewer's error to fix,
      // reported as such, not as a failed signature. Key and sidecar are read off the host's
      // main thread (safe-read.ts), so a slow drive never freezes the window or the server.
      const publicKey =
        req.public_key_path === undefined
          ? null
          : await readPublicKeyAsync(deps.paths.forRead(req.public_key_path, 'public key'));
      // The sidecar beside the file as it was when asked (a Save As meanwhile does not mix two files).
      const sidecar = project.path === null ? null : sidecarPath(project.path);
      const read = sidecar === null ? null : await readSidecarAsync(sidecar);
      // After the reads: the plan as it is when the answer is made.
      const current = planFingerprint(project.plan());
      if (sidecar === null || read === null) {
        return {
          sidecar: null,
          signatures: [],
          sidecar_state: 'none' as const,
          current_fingerprint: current,
          verification:
            publicKey === null
              ? null
              : {
                  status: 'missing' as const,
                  key_id: keyIdOf(publicKey),
                  signature: null,
                  message: 'missing signature: this project has not been saved to a file, so nothing beside it is signed',
                },
        };
      }
      const listed = listSignatures(sidecar, read);
      const base = {
        sidecar,
        signatures: listed.signatures.map(summary),
        sidecar_state: listed.state,
        current_fingerprint: current,
      };
      if (publicKey === null) return { ...base, verification: null };
      const keyId = keyIdOf(publicKey);
      try {
        const verified = verifyPlan(() => project.plan(), { publicKey, sidecar, read });
        return {
          ...base,
          verification: {
            status: 'valid' as const,
            key_id: keyId,
            signature: summary(verified.entry),
            message: verified.message,
          },
        };
      } catch (e) {
        if (!(e instanceof SignatureError)) throw e;
        const decided = listed.signatures.filter((x) => x.key_id === keyId).at(-1);
        return {
          ...base,
          verification: {
            status: e.failure,
            key_id: keyId,
            signature: decided === undefined ? null : summary(decided),
            message: e.message,
          },
        };
      }
    },
    'review.memo': async (req) => {
      // The path is judged before any work, so a refused path costs nothing.
      const target = req.path === undefined ? null : deps.paths.forWrite(req.path, 'memo');
      const project = deps.store.get(req.project_id);
      const plan = project.plan();
      const results = await deps.runAll(plan, `review-memo:${req.project_id}`);
      const publicKey =
        req.public_key_path === undefined
          ? null
          : await readPublicKeyAsync(deps.paths.forRead(req.public_key_path, 'public key'));
      const model = memoModel({
        plan,
        results,
        reviewer: req.reviewer,
        conclusion: req.conclusion,
        signature: memoSignature(plan, project.path, publicKey),
        now: now(),
        file: project.path,
        lang: req.lang,
      });
      const markdown = memoMarkdown(model);
      if (target === null) return { markdown, path: null };
      refuseExisting(target, req.overwrite);
      const content = req.format === 'pdf' ? await renderMemoPdf(model) : markdown;
      try {
        writeFileAtomicallyOnce(target, content, { overwrite: req.overwrite });
      } catch (e) {
        // A file made meanwhile stays FILE_EXISTS (the app then offers to replace it); the
        // write's own reason (atomic-write.ts: which refusal, on which file) goes with the rest.
        if (e instanceof ParkZeroError && e.code === 'FILE_EXISTS') throw e;
        throw new ParkZeroError(
          'IO_ERROR',
          `${JSON.stringify(target)}: could not write the memo (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
          undefined,
          e instanceof ParkZeroError ? e.reason : ioReason(target, 'write', errnoCode(e)),
        );
      }
      return { markdown, path: target };
    },
  };
}
