import path from 'node:path';
import fs from 'node:fs';
import { readPlanFile, type OpenProject, type ProjectStore } from '../store/index.ts';
import type { Handlers } from '../api/dispatch.ts';
import type { ProjectHandle } from '../../../core/api/contract.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { PlanResults } from '../../../core/engine/result-schema.ts';
import { FINGERPRINT_SCHEME, planFingerprint, shortFingerprint } from '../../../core/fingerprint/index.ts';
import { comparePlans } from '../../../core/diff/index.ts';
import { writeTextFileAtomically } from '../text-file.ts';
import { addComment, setCommentStatus } from './comments.ts';
import { memoMarkdown } from './memo.ts';
import { memoModel } from './memo-model.ts';
import { renderMemoPdf } from './memo-pdf.ts';

export type ReviewCall =
  'review.fingerprint' | 'review.addComment' | 'review.setCommentStatus' | 'review.compare' | 'review.memo';

export interface ReviewDeps {
  store: ProjectStore;
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
      const other = readPlanFile(req.other_path);
      const [resultsA, resultsB] = await Promise.all([
        deps.runAll(other, `review-compare:${req.project_id}:a`),
        deps.runAll(current, `review-compare:${req.project_id}:b`),
      ]);
      return comparePlans(
        { label: path.basename(req.other_path), plan: other, results: resultsA },
        { label: project.path === null ? current.park.name : path.basename(project.path), plan: current, results: resultsB },
      );
    },
    'review.memo': async (req) => {
      const project = deps.store.get(req.project_id);
      const plan = project.plan();
      const results = await deps.runAll(plan, `review-memo:${req.project_id}`);
      const model = memoModel({ plan, results, reviewer: req.reviewer, now: now(), file: project.path, lang: req.lang });
      const markdown = memoMarkdown(model);
      if (req.path === undefined) return { markdown, path: null };
      const target = path.resolve(req.path);
      if (!req.overwrite && fs.existsSync(target))
        throw new ParkZeroError('FILE_EXISTS', `${JSON.stringify(target)} already exists`);
      const content = req.format === 'pdf' ? await renderMemoPdf(model) : markdown;
      try {
        writeTextFileAtomically(target, content);
      } catch (e) {
        throw new ParkZeroError(
          'IO_ERROR',
          `${JSON.stringify(target)}: could not write the memo (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
        );
      }
      return { markdown, path: target };
    },
  };
}
