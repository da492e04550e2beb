import type { Comment, Plan } from '../../../../core/model/plan.ts';
import { localName, type Lang, type NamedEntity } from '../../../../core/text/names.ts';

/** What a comment can be about, and how to name it on screen. Pure, so it is unit-tested. */

export type AnchorKind = Comment['anchor']['kind'];
export type Anchor = Comment['anchor'];

export interface AnchorOption {
  id: string;
  label: string;
}

/**
 * The entities of one kind, in plan order, named in the reader's language (core/text/names.ts;
 * the primary name when none is given); empty for park and year.
 */
export function anchorOptions(plan: Plan, kind: AnchorKind, lang: Lang | null = null): AnchorOption[] {
  const name = (e: NamedEntity) => (lang === null ? e.name : localName(e, lang).text);
  switch (kind) {
    case 'consumer':
      return plan.consumers.map((c) => ({ id: c.id, label: name(c) }));
    case 'scenario':
      return plan.scenarios.map((s) => ({ id: s.id, label: name(s) }));
    case 'measure':
      return plan.scenarios.flatMap((s) => s.measures.map((m) => ({ id: m.id, label: `${name(m)} (${name(s)})` })));
    case 'target':
      return plan.targets.map((t) => ({ id: t.id, label: name(t) }));
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
export function anchorName(plan: Plan, anchor: Anchor, lang: Lang | null = null): string | null {
  if (anchor.kind === 'park') return lang === null ? plan.park.name : localName(plan.park, lang).text;
  if (anchor.kind === 'year') return anchor.year === null ? null : String(anchor.year);
  const found = anchorOptions(plan, anchor.kind, lang).find((o) => o.id === anchor.ref);
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
