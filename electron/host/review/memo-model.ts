import { COMMENT_ANCHORS, type Comment, type Plan } from '../../../core/model/plan.ts';
import type { PlanResults } from '../../../core/engine/result-schema.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import { MILESTONE_YEAR } from '../../../core/diff/index.ts';
import { localName, type NamedEntity } from '../../../core/text/names.ts';
import { FALLBACK_MARK } from '../reports/local-names.ts';

/**
 * What the review memo says, independent of how it is printed (Markdown or PDF): the plan by
 * fingerprint (files get renamed; the content is what was reviewed), the engine's target check
 * per scenario, and the comments grouped by what they are about, in plan order.
 */

export type MemoLang = 'en' | 'zh';

/** The reviewer's overall conclusion, chosen by the reviewer (never inferred from the figures). */
export const REVIEW_CONCLUSIONS = ['pass', 'pass_with_changes', 'fail'] as const;
export type ReviewConclusion = (typeof REVIEW_CONCLUSIONS)[number];

/** The plan's signature status when the memo was written (memo-signature.ts). */
export interface MemoSignature {
  status: 'unsigned' | 'signed' | 'valid' | 'invalid';
  /** Who signed, as the signature file lists them (untrusted names: shown, not believed). */
  signers: string[];
  /** The key checked against, when one was given. */
  key_id: string | null;
  /** `signed`: whether the newest signature names this plan's fingerprint; else null. */
  matches: boolean | null;
  /** `invalid`: why. */
  reason?: 'wrong_key' | 'broken' | 'plan_changed';
}

export interface MemoInput {
  plan: Plan;
  /** Engine results for every scenario (`runPlan(plan, { mac: false })`). */
  results: PlanResults;
  /** The reviewer's name as they gave it (the API, the CLI's --reviewer, the app's field), never the OS login. */
  reviewer: string;
  conclusion: ReviewConclusion;
  signature: MemoSignature;
  /** When the memo is written; the date shown is its UTC calendar day. */
  now: Date;
  /** The file the plan was read from, for the record. */
  file: string | null;
  lang?: MemoLang;
}

export interface MemoScenario {
  id: string;
  name: string;
  net2030: number | null;
  horizonYear: number | null;
  netHorizon: number | null;
  cumulativeTco2: number;
  npvCny: number;
  targets: { name: string; source: string; pass: boolean; firstFailingYear: number | null }[];
}

export interface MemoGroup {
  kind: Comment['anchor']['kind'];
  /** The anchored entity's id or the year; null for the park. */
  key: string | null;
  /** The entity's name now; null for the park, a year, or an entity no longer in the plan. */
  name: string | null;
  comments: Comment[];
}

export interface MemoModel {
  lang: MemoLang;
  plan: Plan;
  fingerprint: string;
  reviewer: string;
  conclusion: ReviewConclusion;
  signature: MemoSignature;
  date: string;
  file: string | null;
  open: number;
  resolved: number;
  scenarios: MemoScenario[];
  groups: MemoGroup[];
}

export function memoModel(input: MemoInput): MemoModel {
  const plan = input.plan;
  const lang = input.lang ?? 'en';
  const open = plan.comments.filter((c) => c.status === 'open').length;
  return {
    lang,
    plan,
    fingerprint: planFingerprint(plan),
    reviewer: input.reviewer,
    conclusion: input.conclusion,
    signature: input.signature,
    date: input.now.toISOString().slice(0, 10),
    file: input.file,
    open,
    resolved: plan.comments.length - open,
    scenarios: input.results.scenarios.map((s) => {
      const horizon = s.years.at(-1);
      return {
        id: s.scenario_id,
        name: nameOf(
          plan.scenarios.find((x) => x.id === s.scenario_id),
          lang,
          s.scenario_name,
        ),
        net2030: s.years.find((y) => y.year === MILESTONE_YEAR)?.emissions.net_tco2 ?? null,
        horizonYear: horizon?.year ?? null,
        netHorizon: horizon?.emissions.net_tco2 ?? null,
        cumulativeTco2: s.summary.cumulative_net_emissions_tco2,
        npvCny: s.summary.npv_total_cost_cny,
        targets: s.targets.map((t) => ({
          name: nameOf(
            plan.targets.find((x) => x.id === t.id),
            lang,
            t.name,
          ),
          source: t.source,
          pass: t.pass,
          firstFailingYear: t.first_failing_year,
        })),
      };
    }),
    groups: commentGroups(plan, lang),
  };
}

/** An entity's name in the memo's language (core/text/names.ts), marked when it is the other language's. */
function nameOf<T extends string | null>(entity: NamedEntity | undefined, lang: MemoLang, missing: T): string | T {
  if (entity === undefined) return missing;
  const n = localName(entity, lang);
  return n.fallback ? FALLBACK_MARK[lang](n.text) : n.text;
}

function entities(plan: Plan, kind: Comment['anchor']['kind']): (NamedEntity & { id: string })[] {
  switch (kind) {
    case 'consumer':
      return plan.consumers;
    case 'scenario':
      return plan.scenarios;
    case 'measure':
      return plan.scenarios.flatMap((s) => s.measures);
    case 'target':
      return plan.targets;
    default:
      return [];
  }
}

/** Park, enterprises, scenarios, measures, targets, years; plan order within a kind. */
function commentGroups(plan: Plan, lang: MemoLang): MemoGroup[] {
  const out: MemoGroup[] = [];
  for (const kind of COMMENT_ANCHORS) {
    const byKey = new Map<string | null, Comment[]>();
    for (const c of plan.comments.filter((x) => x.anchor.kind === kind)) {
      const key = kind === 'park' ? null : kind === 'year' ? String(c.anchor.year) : c.anchor.ref;
      byKey.set(key, [...(byKey.get(key) ?? []), c]);
    }
    const list = entities(plan, kind);
    const rank = (key: string | null) => {
      if (kind === 'year') return Number(key);
      const i = list.findIndex((e) => e.id === key);
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    for (const [key, comments] of [...byKey].sort((a, b) => rank(a[0]) - rank(b[0])))
      out.push({
        kind,
        key,
        name: nameOf(
          list.find((e) => e.id === key),
          lang,
          null,
        ),
        comments,
      });
  }
  return out;
}
