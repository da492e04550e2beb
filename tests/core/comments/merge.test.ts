import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Comment } from '../../../core/model/plan.ts';
import { mergeComments } from '../../../core/comments/merge.ts';

const at = '2025-06-30T09:15:00.000Z';
const later = '2025-07-01T10:00:00.000Z';
function comment(id: string, body = id, status: Comment['status'] = 'open'): Comment {
  return {
    id,
    anchor: { kind: 'park', ref: null, year: null },
    author: 'R',
    body,
    status,
    created_at: at,
    resolved_at: status === 'resolved' ? later : null,
  };
}
const resolved = (c: Comment): Comment => ({ ...c, status: 'resolved', resolved_at: later });
let counter = 0;
const newId = (taken: ReadonlySet<string>) => {
  for (;;) {
    const id = `c-fresh${++counter}`;
    if (!taken.has(id)) return id;
  }
};
const ids = (list: readonly Comment[]) => list.map((c) => c.id);

describe('mergeComments (two reviewers saving into one file)', () => {
  const x = comment('c-x');
  const y = comment('c-y');
  const base = [x, y];

  it('keeps both sides’ new comments: theirs in the file’s order, then mine', () => {
    const r = mergeComments(base, [x, y, comment('c-mine')], [x, y, comment('c-theirs')], newId);
    expect(ids(r.comments)).toEqual(['c-x', 'c-y', 'c-theirs', 'c-mine']);
    expect(r.fromOthers).toBe(1);
  });

  it('takes a status change from whichever side made it; mine wins when both changed', () => {
    const r = mergeComments(base, [resolved(x), y], [x, resolved(y)], newId);
    expect(r.comments.map((c) => c.status)).toEqual(['resolved', 'resolved']);
    expect(r.fromOthers).toBe(1);
    const both = mergeComments(base, [{ ...resolved(x), resolved_at: at }], [resolved(x), y], newId);
    expect(both.comments[0]!.resolved_at).toBe(at);
  });

  it('keeps a removal the other side left alone, but a change outweighs a removal', () => {
    expect(ids(mergeComments(base, [x, y], [y], newId).comments)).toEqual(['c-y']);
    expect(mergeComments(base, [resolved(x), y], [y], newId).comments.map((c) => [c.id, c.status])).toEqual([
      ['c-y', 'open'],
      ['c-x', 'resolved'],
    ]);
    expect(mergeComments(base, [y], [resolved(x), y], newId).comments.map((c) => c.id)).toEqual(['c-x', 'c-y']);
  });

  it('gives a new comment of mine a fresh id when the other side used the same id for another comment', () => {
    const r = mergeComments([], [comment('c-same', 'mine')], [comment('c-same', 'theirs')], newId);
    expect(r.comments.map((c) => c.body)).toEqual(['theirs', 'mine']);
    expect(new Set(ids(r.comments)).size).toBe(2);
  });

  it('over arbitrary histories: nothing new is lost, ids stay unique, and one-sided changes are taken whole', () => {
    const arbBase = fc
      .uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 8 })
      .map((ns) => ns.map((n) => comment(`c-b${n}`)));
    // A side: keep or resolve or drop each base comment, then add new ones (ids may collide across sides).
    const side = (b: Comment[], tag: string) =>
      fc
        .tuple(
          fc.array(fc.constantFrom('keep', 'resolve', 'drop'), { minLength: b.length, maxLength: b.length }),
          fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }),
        )
        .map(([ops, news]) => [
          ...b.flatMap((c, i) => (ops[i] === 'drop' ? [] : ops[i] === 'resolve' ? [resolved(c)] : [c])),
          ...news.map((n) => comment(`c-n${n}`, `${tag}${n}`)),
        ]);
    fc.assert(
      fc.property(
        arbBase.chain((b) => fc.tuple(fc.constant(b), side(b, 'mine'), side(b, 'theirs'))),
        ([b, mine, theirs]) => {
          const r = mergeComments(b, mine, theirs, newId);
          expect(new Set(ids(r.comments)).size).toBe(r.comments.length);
          const bodies = r.comments.map((c) => c.body);
          for (const c of [...mine, ...theirs]) if (!b.some((o) => o.id === c.id)) expect(bodies).toContain(c.body);
          expect(mergeComments(b, b, theirs, newId).comments).toEqual(theirs);
          expect(
            mergeComments(b, mine, b, newId)
              .comments.map((c) => c.body)
              .sort(),
          ).toEqual(mine.map((c) => c.body).sort());
        },
      ),
    );
  });
});
