import { PdfWriter, COLORS } from '../reports/pdf/writer.ts';
import { bundledFonts, systemFallbackFont } from '../reports/fonts.ts';
import { shortFingerprint } from '../../../core/fingerprint/index.ts';
import type { MemoModel } from './memo-model.ts';
import { anchorHeading, conclusionText, label, nameShared, signatureText, withKeyIf } from './memo-labels.ts';
import { scenarioFacts } from './memo.ts';

/**
 * The review memo as PDF, on the reports' layout primitives (PdfWriter: page breaks, tables,
 * the embedded CJK font subset, and the fingerprint in every footer), so a printed memo names
 * the exact plan on each page just as the consultant's report does.
 */
export async function renderMemoPdf(m: MemoModel): Promise<Uint8Array> {
  const L = (key: Parameters<typeof label>[1], values?: Record<string, string | number>) => label(m.lang, key, values);
  const park = m.plan.park;
  const w = new PdfWriter({
    fonts: { ...bundledFonts(), fallback: systemFallbackFont() },
    info: {
      title: `${L('title')}: ${park.name}`,
      subject: L('title'),
      keywords: `parkzero plan-fingerprint:${m.fingerprint}`,
      creationDate: new Date(`${m.date}T00:00:00Z`),
    },
    headerText: `${park.name} · ${L('title')}`,
    footerLeft: `${L('fingerprint')} (SHA-256) ${m.fingerprint}`,
    pageLabel: (x, y) => (m.lang === 'zh' ? `第 ${x} 页，共 ${y} 页` : `Page ${x} of ${y}`),
  });
  w.heading(`${L('title')}${L('colon')}${park.name}`, 1);
  w.table(
    [
      { header: '', weight: 1 },
      { header: '', weight: 3 },
    ],
    [
      [L('park'), `${park.name} (${park.city}, ${park.province})${park.illustrative ? L('illustrative') : ''}`],
      [L('pathway'), `${park.base_year}–${park.horizon_year}`],
      [L('fingerprint'), `${m.fingerprint}\n${L('short')}: ${shortFingerprint(m.fingerprint)}`],
      [L('reviewer'), m.reviewer],
      [L('conclusion'), conclusionText(m.lang, m.conclusion)],
      [L('signature'), signatureText(m.lang, m.signature)],
      [L('date'), m.date],
      ...(m.file === null ? [] : [[L('file'), m.file]]),
      [L('comments'), L('commentCounts', { n: m.open + m.resolved, open: m.open, resolved: m.resolved })],
    ].map(([k, v]) => [{ text: k!, bold: true }, v!]),
    { size: 9, zebra: false, header: false },
  );

  w.heading(L('targetCheck'), 2);
  if (m.plan.targets.length === 0) w.paragraph(L('noTargets'));
  for (const [i, s] of m.scenarios.entries()) {
    w.heading(withKeyIf(nameShared(m.scenarios, i), s.name, s.id), 3);
    w.paragraph(scenarioFacts(m, s).join(L('separator')), { size: 9 });
    if (s.targets.length > 0)
      w.table(
        [
          { header: L('target'), weight: 3 },
          { header: L('source'), weight: 4 },
          { header: L('result'), weight: 1.2 },
          { header: L('firstFailing'), weight: 1.3, align: 'right' },
        ],
        s.targets.map((t) => [
          t.name,
          t.source || '–',
          t.pass
            ? { text: L('pass'), fill: COLORS.passFill, color: COLORS.passInk, bold: true }
            : { text: L('fail'), fill: COLORS.failFill, color: COLORS.failInk, bold: true },
          t.firstFailingYear === null ? '–' : String(t.firstFailingYear),
        ]),
        { size: 8, keepTogether: true },
      );
  }

  w.heading(L('comments'), 2);
  if (m.groups.length === 0) w.paragraph(L('noComments'));
  for (const [i, g] of m.groups.entries()) {
    w.heading(anchorHeading(m.lang, g.kind, g.key, g.name, nameShared(m.groups, i)), 3);
    for (const c of g.comments) {
      const status = c.status === 'open' ? L('open') : L('resolved', { date: c.resolved_at?.slice(0, 10) ?? '' });
      w.paragraph(`[${status}] ${c.author}, ${c.created_at.slice(0, 10)}`, {
        size: 8,
        bold: true,
        color: c.status === 'open' ? COLORS.failInk : COLORS.muted,
      });
      w.paragraph(c.body.trim(), { size: 9 });
    }
  }
  w.space(8);
  w.paragraph(L('footnote').replaceAll('`', ''), { size: 7.5, color: COLORS.muted });
  return w.finish();
}
