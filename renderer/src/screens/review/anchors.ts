import type { Comment, Plan } from '../../../../core/model/plan.ts';

/** What a comment can be about, and how to name it on screen. Pure, so it is unit-tested. */

export type AnchorKind = Comment['anchor']['kind'];
export type Anchor = Comment['anchor'];

export interface AnchorOption {
  id: string;
  label: string;
}

/** The entities of one kind, in plan order; empty for park and year. */
export function anchorOptions(plan: Plan, kind: AnchorKind): AnchorOption[] {
  switch (kind) {
    case 'consumer':
      return plan.consumers.map((c) => ({ id: c.id, label: c.name }));
    case 'scenario':
      return plan.scenarios.map((s) => ({ id: s.id, label: s.name }));
    case 'measure':
      return plan.scenarios.flatMap((s) => s.measures.map((m) => ({ id: m.id, label: `${m.name} (${s.name})` })));
    case 'target':
      return plan.targets.map((t) => ({ id: t.id, label: t.name }));
    case 'park':
    case 'year':
      return [];
  }
}

/** Years a comment may be anchored to: the pathway. */
export function pathwayYears(plan: Plan): number[] {
  const out: number[] = [];
  for (let y = plan.park.base_year; y <= plan.park.horizon_year; y++) out.push(y);
  return out;
}

/** The entity's name, or null when it is no longer in the plan (the comment still shows). */
export function anchorName(plan: Plan, anchor: Anchor): string | null {
  if (anchor.kind === 'park') return plan.park.name;
  if (anchor.kind === 'year') return anchor.year === null ? null : String(anchor.year);
  const found = anchorOptions(plan, anchor.kind).find((o) => o.id === anchor.ref);
  return found?.label ?? null;
}

/** Builds the anchor for a kind and a picked id or year. */
export function makeAnchor(kind: AnchorKind, ref: string, year: number): Anchor {
  if (kind === 'park') return { kind, ref: null, year: null };
  if (kind === 'year') return { kind, ref: null, year };
  return { kind, ref, year: null };
}

export interface CommentFilter {
  status: 'all' | Comment['status'];
  kind: 'all' | AnchorKind;
}

export function filterComments(comments: readonly Comment[], filter: CommentFilter): Comment[] {
  return comments.filter(
    (c) => (filter.status === 'all' || c.status === filter.status) && (filter.kind === 'all' || c.anchor.kind === filter.kind),
  );
}
