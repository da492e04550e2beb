import { useCallback } from 'react';
import type { Comment } from '../../../../core/model/plan.ts';
import { useClient, useStore, useStoreState } from '../../app/context.tsx';
import type { Anchor } from './anchors.ts';
import { newCommentId } from '../../../../core/comments/ids.ts';

/**
 * Adding and resolving comments. A project opened for review is read-only for plan edits, so
 * its comments go through the review.* calls, which the host lets change the comments only;
 * the answer is the updated project. An editable project takes comments like any other edit
 * (commit, with undo), so the planner's history is kept.
 */
export function useCommentActions() {
  const client = useClient();
  const store = useStore();
  const { session } = useStoreState();
  const meta = session?.meta ?? null;
  const viaHost = meta?.read_only === true;

  const add = useCallback(
    async (anchor: Anchor, author: string, body: string): Promise<boolean> => {
      if (meta === null) return false;
      if (viaHost)
        return store.load((c) =>
          c.call('review.addComment', { project_id: meta.project_id, base_revision: meta.revision, anchor, author, body }),
        );
      const comment: Comment = {
        id: newCommentId(new Set(session?.plan.comments.map((c) => c.id))),
        anchor,
        author: author.trim(),
        body: body.trim(),
        status: 'open',
        created_at: new Date().toISOString(),
        resolved_at: null,
      };
      return store.commit((draft) => void draft.comments.push(comment), { label: 'Add review comment' }).ok;
    },
    [meta, viaHost, store],
  );

  const setStatus = useCallback(
    async (commentId: string, status: Comment['status']): Promise<boolean> => {
      if (meta === null) return false;
      if (viaHost)
        return store.load((c) =>
          c.call('review.setCommentStatus', {
            project_id: meta.project_id,
            base_revision: meta.revision,
            comment_id: commentId,
            status,
          }),
        );
      const at = new Date().toISOString();
      const label = status === 'resolved' ? 'Resolve review comment' : 'Reopen review comment';
      return store.commit(
        (draft) => {
          const c = draft.comments.find((x) => x.id === commentId);
          if (c === undefined) return;
          c.status = status;
          c.resolved_at = status === 'resolved' ? at : null;
        },
        { label },
      ).ok;
    },
    [meta, viaHost, store],
  );

  return { add, setStatus, client };
}
