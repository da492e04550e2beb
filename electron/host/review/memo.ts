import { shortFingerprint } from '../../../core/fingerprint/index.ts';
import { formatNumber } from '../../../core/diff/index.ts';
import { memoModel, type MemoInput, type MemoModel } from './memo-model.ts';
import { anchorHeading, conclusionText, label, nameShared, signatureText, withKeyIf } from './memo-labels.ts';

export type { MemoInput } from './memo-model.ts';

/**
 * The review memo as Markdown, so it pastes into mail and office documents as it is. See
 * memo-model.ts for what it contains and memo-pdf.ts for the printed form.
 */
export function buildReviewMemo(input: MemoInput): string {
  return memoMarkdown(memoModel(input));
}

export function memoMarkdown(m: MemoModel): string {
  const L = (key: Parameters<typeof label>[1], values?: Record<string, string | number>) => label(m.lang, key, values);
  const park = m.plan.park;
  const lines: string[] = [];
  lines.push(`# ${L('title')}${L('colon')}${inline(park.name)}`, '');
  lines.push('| | |', '|---|---|');
  lines.push(
    `| ${L('park')} | ${cell(park.name)} (${cell(park.city)}, ${cell(park.province)})${park.illustrative ? L('illustrative') : ''} |`,
  );
  lines.push(`| ${L('pathway')} | ${park.base_year}–${park.horizon_year} |`);
  lines.push(`| ${L('fingerprint')} | \`${m.fingerprint}\` (${L('short')}: ${shortFingerprint(m.fingerprint)}) |`);
  lines.push(`| ${L('reviewer')} | ${cell(m.reviewer)} |`);
  lines.push(`| ${L('conclusion')} | **${conclusionText(m.lang, m.conclusion)}** |`);
  lines.push(`| ${L('signature')} | ${cell(signatureText(m.lang, m.signature))} |`);
  lines.push(`| ${L('date')} | ${m.date} |`);
  if (m.file !== null) lines.push(`| ${L('file')} | ${cell(m.file)} |`);
  lines.push(`| ${L('comments')} | ${L('commentCounts', { n: m.open + m.resolved, open: m.open, resolved: m.resolved })} |`, '');

  lines.push(`## ${L('targetCheck')}`, '');
  if (m.plan.targets.length === 0) lines.push(L('noTargets'), '');
  for (const [i, s] of m.scenarios.entries()) {
    lines.push(`### ${inline(withKeyIf(nameShared(m.scenarios, i), s.name, s.id))}`, '');
    lines.push(`${scenarioFacts(m, s).join(L('separator'))}.`, '');
    if (s.targets.length > 0) {
      lines.push(L('targetsMet', { pass: s.targets.filter((t) => t.pass).length, n: s.targets.length }), '');
      lines.push(`| ${L('target')} | ${L('source')} | ${L('result')} | ${L('firstFailing')} |`, '|---|---|---|---|');
      for (const t of s.targets)
        lines.push(
          `| ${cell(t.name)} | ${cell(t.source) || '–'} | ${t.pass ? L('pass') : `**${L('fail')}**`} | ${t.firstFailingYear ?? '–'} |`,
        );
      lines.push('');
    }
  }

  lines.push(`## ${L('comments')}`, '');
  if (m.groups.length === 0) lines.push(L('noComments'), '');
  for (const [i, g] of m.groups.entries()) {
    lines.push(`### ${inline(anchorHeading(m.lang, g.kind, g.key, g.name, nameShared(m.groups, i)))}`, '');
    for (const c of g.comments) {
      const status = c.status === 'open' ? `**${L('open')}**` : L('resolved', { date: c.resolved_at?.slice(0, 10) ?? '' }).trim();
      const body = c.body
        .trim()
        .split(/\r?\n/)
        .map((l, i) => (i === 0 ? l : `  ${l}`))
        .join('\n');
      lines.push(`- [${status}] ${body}  `, `  — ${inline(c.author)}, ${c.created_at.slice(0, 10)}`);
    }
    lines.push('');
  }
  lines.push('---', '', `_${L('footnote')}_`, '');
  return lines.join('\n');
}

/** "Net emissions 2030: …", "2060: …", cumulative, NPV: the figures a reviewer checks first. */
export function scenarioFacts(m: MemoModel, s: MemoModel['scenarios'][number]): string[] {
  const L = (key: Parameters<typeof label>[1], values?: Record<string, string | number>) => label(m.lang, key, values);
  const facts: string[] = [];
  if (s.net2030 !== null) facts.push(L('net', { year: 2030, value: formatNumber(s.net2030, 0) }));
  if (s.netHorizon !== null && s.horizonYear !== null)
    facts.push(
      m.lang === 'en'
        ? `${s.horizonYear}: ${formatNumber(s.netHorizon, 0)} tCO2`
        : L('net', { year: s.horizonYear, value: formatNumber(s.netHorizon, 0) }),
    );
  facts.push(L('cumulative', { value: formatNumber(s.cumulativeTco2, 0) }));
  facts.push(L('npv', { value: formatNumber(s.npvCny / 1e4, 0) }));
  return facts;
}

/** Text inside a Markdown table cell: no pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Text inside a heading or a line: one line. */
function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
