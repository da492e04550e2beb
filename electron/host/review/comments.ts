import { ParkZeroError } from '../../../core/api/result.ts';
import { reason } from '../../../core/text/error-reasons.ts';
import type { Comment, Plan } from '../../../core/model/plan.ts';
import { newCommentId } from '../../../core/comments/ids.ts';

/**
 * Review comments as list operations: each returns the new comments list and leaves the plan
 * alone. The store's editComments() takes only that list, so nothing here can touch content.
 */

export interface NewComment {
  anchor: Comment['anchor'];
  author: string;
  body: string;
}

/**
 * An anchor must point at something that exists in the plan, with exactly the fields its kind
 * uses: park (nothing), consumer/scenario/measure/target (ref), year (year inside the pathway).
 * A comment on a deleted entity stays readable later; it is only at creation that we check.
 */
export function checkAnchor(plan: Plan, anchor: Comment['anchor']): void {
  const bad = (message: string) => new ParkZeroError('INVALID_REQUEST', `comment anchor: ${message}`);
  const { kind, ref, year } = anchor;
  if (kind === 'park' || kind === 'year') {
    if (ref !== null) throw bad(`a ${kind} anchor takes no ref`);
    if (kind === 'park' && year !== null) throw bad('a park anchor takes no year');
    if (kind === 'year') {
      if (year === null) throw bad('a year anchor needs a year');
      if (year < plan.park.base_year || year > plan.park.horizon_year)
        throw new ParkZeroError(
          'INVALID_REQUEST',
          `comment anchor: ${year} is outside the pathway ${plan.park.base_year}-${plan.park.horizon_year}`,
          undefined,
          reason('comment_year_outside', { year, first_year: plan.park.base_year, last_year: plan.park.horizon_year }),
        );
    }
    return;
  }
  if (ref === null) throw bad(`a ${kind} anchor needs the ${kind}'s id`);
  if (year !== null) throw bad(`a ${kind} anchor takes no year`);
  const ids =
    kind === 'consumer'
      ? plan.consumers.map((c) => c.id)
      : kind === 'scenario'
        ? plan.scenarios.map((s) => s.id)
        : kind === 'measure'
          ? plan.scenarios.flatMap((s) => s.measures.map((m) => m.id))
          : plan.targets.map((t) => t.id);
  // Reachable from the app: the thing was deleted (or an edit undone) while the form showed it.
  if (!ids.includes(ref))
    throw new ParkZeroError(
      'NOT_FOUND',
      `comment anchor: the plan has no ${kind} "${ref}"`,
      undefined,
      reason('comment_target_missing', { anchor: kind }),
    );
}

export function addComment(plan: Plan, input: NewComment, now: Date): { comments: Comment[]; comment: Comment } {
  checkAnchor(plan, input.anchor);
  const comment: Comment = {
    id: newCommentId(new Set(plan.comments.map((c) => c.id))),
    anchor: { ...input.anchor },
    author: input.author.trim(),
    body: input.body.trim(),
    status: 'open',
    created_at: now.toISOString(),
    resolved_at: null,
  };
  return { comments: [...plan.comments, comment], comment };
}

export function setCommentStatus(plan: Plan, commentId: string, status: Comment['status'], now: Date): Comment[] {
  if (!plan.comments.some((c) => c.id === commentId))
    throw new ParkZeroError('NOT_FOUND', `the plan has no comment "${commentId}"`, undefined, reason('comment_missing', {}));
  return plan.comments.map((c) =>
    c.id !== commentId || c.status === status
      ? c
      : { ...c, status, resolved_at: status === 'resolved' ? now.toISOString() : null },
  );
}
