import { COMMENT_ANCHORS, type Comment, type Plan } from '../../../core/model/plan.ts';
import type { PlanResults } from '../../../core/engine/result-schema.ts';
import { planFingerprint, shortFingerprint } from '../../../core/fingerprint/index.ts';
import { formatNumber } from '../../../core/diff/index.ts';
import { MILESTONE_YEAR } from '../../../core/diff/index.ts';

/**
 * The review memo: what a reviewer files with their decision. Markdown, so it pastes into
 * mail and office documents as it is. It names the plan by fingerprint (not by file name:
 * files get renamed, the content is what was reviewed), summarises the engine's target check
 * per scenario and lists the comments grouped by what they are about.
 */

export interface MemoInput {
  plan: Plan;
  /** Engine results for every scenario (`runPlan(plan, { mac: false })`). */
  results: PlanResults;
  reviewer: string;
  /** When the memo is written; the date shown is its UTC calendar day. */
  now: Date;
  /** The file the plan was read from, for the record. */
  file: string | null;
}

const ANCHOR_HEADING: Record<Comment['anchor']['kind'], string> = {
  park: 'Park',
  consumer: 'Enterprise',
  scenario: 'Scenario',
  measure: 'Measure',
  target: 'Target',
  year: 'Year',
};

export function buildReviewMemo(input: MemoInput): string {
  const { plan, results } = input;
  const fp = planFingerprint(plan);
  const open = plan.comments.filter((c) => c.status === 'open').length;
  const lines: string[] = [];
  lines.push(`# Review memo: ${inline(plan.park.name)}`, '');
  lines.push('| | |', '|---|---|');
  lines.push(
    `| Park | ${cell(plan.park.name)} (${cell(plan.park.city)}, ${cell(plan.park.province)})${plan.park.illustrative ? ', illustrative data' : ''} |`,
  );
  lines.push(`| Pathway | ${plan.park.base_year}–${plan.park.horizon_year} |`);
  lines.push(`| Plan fingerprint | \`${fp}\` (short: ${shortFingerprint(fp)}) |`);
  lines.push(`| Reviewer | ${cell(input.reviewer)} |`);
  lines.push(`| Date | ${input.now.toISOString().slice(0, 10)} |`);
  if (input.file !== null) lines.push(`| File | ${cell(input.file)} |`);
  lines.push(`| Comments | ${plan.comments.length} (${open} open, ${plan.comments.length - open} resolved) |`);
  lines.push('');
  lines.push(...targetSection(plan, results));
  lines.push(...commentSection(plan));
  lines.push(
    '---',
    '',
    '_The fingerprint is SHA-256 over the plan content in canonical form (comments excluded): `parkzero fingerprint FILE` prints it for any copy of the file._',
    '',
  );
  return lines.join('\n');
}

function targetSection(plan: Plan, results: PlanResults): string[] {
  const lines = ['## Target check', ''];
  if (plan.targets.length === 0) lines.push('The plan sets no targets.', '');
  for (const s of results.scenarios) {
    const y2030 = s.years.find((y) => y.year === MILESTONE_YEAR)?.emissions.net_tco2;
    const horizon = s.years.at(-1);
    const passed = s.targets.filter((t) => t.pass).length;
    lines.push(`### ${inline(s.scenario_name)} [${s.scenario_id}]`, '');
    const facts = [
      y2030 === undefined ? null : `Net emissions ${MILESTONE_YEAR}: ${formatNumber(y2030, 0)} tCO2`,
      horizon === undefined ? null : `${horizon.year}: ${formatNumber(horizon.emissions.net_tco2, 0)} tCO2`,
      `cumulative: ${formatNumber(s.summary.cumulative_net_emissions_tco2, 0)} tCO2`,
      `NPV of total cost: ${formatNumber(s.summary.npv_total_cost_cny / 1e4, 0)} 10⁴ CNY`,
    ].filter((f) => f !== null);
    lines.push(`${facts.join('; ')}.`, '');
    if (s.targets.length > 0) {
      lines.push(`Targets met: ${passed} of ${s.targets.length}.`, '');
      lines.push('| Target | Source | Result | First failing year |', '|---|---|---|---|');
      for (const t of s.targets)
        lines.push(
          `| ${cell(t.name)} | ${cell(t.source) || '–'} | ${t.pass ? 'pass' : '**FAIL**'} | ${t.first_failing_year ?? '–'} |`,
        );
      lines.push('');
    }
  }
  return lines;
}

/** Comments grouped park, enterprises, scenarios, measures, targets, years; plan order within. */
function commentSection(plan: Plan): string[] {
  const lines = ['## Comments', ''];
  if (plan.comments.length === 0) return [...lines, 'No comments.', ''];
  for (const kind of COMMENT_ANCHORS) {
    const ofKind = plan.comments.filter((c) => c.anchor.kind === kind);
    const groups = new Map<string, Comment[]>();
    for (const c of ofKind) {
      const key = kind === 'year' ? String(c.anchor.year) : (c.anchor.ref ?? '');
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    for (const [key, comments] of [...groups].sort((x, y) => order(plan, kind, x[0]) - order(plan, kind, y[0]))) {
      lines.push(`### ${ANCHOR_HEADING[kind]}${anchorTitle(plan, kind, key)}`, '');
      for (const c of comments) {
        const status = c.status === 'open' ? '**open**' : `resolved ${c.resolved_at?.slice(0, 10) ?? ''}`.trim();
        const body = c.body
          .trim()
          .split(/\r?\n/)
          .map((l, i) => (i === 0 ? l : `  ${l}`))
          .join('\n');
        lines.push(`- [${status}] ${body}  `, `  — ${inline(c.author)}, ${c.created_at.slice(0, 10)}`);
      }
      lines.push('');
    }
  }
  return lines;
}

function anchorTitle(plan: Plan, kind: Comment['anchor']['kind'], key: string): string {
  if (kind === 'park') return '';
  if (kind === 'year') return ` ${key}`;
  const name =
    kind === 'consumer'
      ? plan.consumers.find((c) => c.id === key)?.name
      : kind === 'scenario'
        ? plan.scenarios.find((s) => s.id === key)?.name
        : kind === 'measure'
          ? plan.scenarios.flatMap((s) => s.measures).find((m) => m.id === key)?.name
          : plan.targets.find((t) => t.id === key)?.name;
  return name === undefined ? `: [${key}] (no longer in the plan)` : `: ${inline(name)} [${key}]`;
}

function order(plan: Plan, kind: Comment['anchor']['kind'], key: string): number {
  const ids =
    kind === 'consumer'
      ? plan.consumers.map((c) => c.id)
      : kind === 'scenario'
        ? plan.scenarios.map((s) => s.id)
        : kind === 'measure'
          ? plan.scenarios.flatMap((s) => s.measures.map((m) => m.id))
          : kind === 'target'
            ? plan.targets.map((t) => t.id)
            : [];
  if (kind === 'year') return Number(key);
  const i = ids.indexOf(key);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** Text inside a Markdown table cell: no pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Text inside a heading or a line: one line. */
function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
