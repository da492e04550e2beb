import type { Comment } from '../model/plan.ts';
import { canonicalJson } from '../fingerprint/index.ts';

/**
 * Three-way merge of review comments, for two reviewers who opened the same file and save
 * their comments one after the other. `base` is what both opened, `theirs` what the file holds
 * now (the other reviewer's save), `mine` what this reviewer is about to save. By comment id:
 *  - a comment only one side changed (status, resolution) takes that side's version;
 *  - a comment both changed takes mine: the reviewer saving now acted last;
 *  - a comment one side removed and the other left alone stays removed; one the other side
 *    changed is kept (a change outweighs a removal: nothing said is silently lost);
 *  - new comments of both sides are kept, theirs in the file's order, then mine; a new comment
 *    of mine whose id the other side also used for a new comment gets a fresh id from `newId`.
 * Pure and deterministic given `newId`.
 */
export interface CommentMerge {
  comments: Comment[];
  /** Comments the result takes from the other side: added or changed there. */
  fromOthers: number;
}

const same = (a: Comment | undefined, b: Comment | undefined): boolean =>
  a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b);

export function mergeComments(
  base: readonly Comment[],
  mine: readonly Comment[],
  theirs: readonly Comment[],
  newId: (taken: ReadonlySet<string>) => string,
): CommentMerge {
  const byId = (list: readonly Comment[]) => new Map(list.map((c) => [c.id, c]));
  const b = byId(base);
  const m = byId(mine);
  const out: Comment[] = [];
  let fromOthers = 0;

  for (const t of theirs) {
    const old = b.get(t.id);
    const my = m.get(t.id);
    if (old === undefined) {
      // New in the file. (A new comment of mine with the same id is a different comment.)
      out.push(t);
      fromOthers += 1;
    } else if (my === undefined) {
      // I removed it: it stays removed unless they changed it meanwhile.
      if (!same(t, old)) {
        out.push(t);
        fromOthers += 1;
      }
    } else if (same(my, old)) {
      out.push(t);
      if (!same(t, old)) fromOthers += 1;
    } else {
      out.push(my);
    }
  }

  const taken = new Set(out.map((c) => c.id));
  const inTheirs = new Set(theirs.map((c) => c.id));
  for (const my of mine) {
    const old = b.get(my.id);
    if (old !== undefined) {
      // They removed a comment I changed: keep mine.
      if (!inTheirs.has(my.id) && !same(my, old)) {
        out.push(my);
        taken.add(my.id);
      }
      continue;
    }
    const id = taken.has(my.id) ? newId(taken) : my.id;
    out.push(id === my.id ? my : { ...my, id });
    taken.add(id);
  }
  return { comments: out, fromOthers };
}
