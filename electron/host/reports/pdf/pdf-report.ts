import { PdfWriter } from './writer.ts';
import { bundledFonts, systemFallbackFont } from '../fonts.ts';
import { t } from '../i18n.ts';
import type { ReportModel } from '../report-model.ts';
import { coverSection } from './sections/cover.ts';
import { summarySection } from './sections/summary.ts';
import { baselineSection } from './sections/baseline.ts';
import { pathwaysSection } from './sections/pathways.ts';
import { measuresSection } from './sections/measures.ts';
import { macSection } from './sections/mac.ts';
import { scorecardSection } from './sections/scorecard.ts';
import { appendixSection, warningsSection } from './sections/appendix.ts';
import { optimiserSection } from '../optimiser/section.ts';
import { uncertaintySection } from '../uncertainty/pdf-section.ts';

export interface PdfReport {
  bytes: Uint8Array;
  pages: number;
}

/** The PDF report, section by section, in the order a reviewer reads it. */
export async function renderPdfReport(m: ReportModel): Promise<PdfReport> {
  const { lang } = m;
  const w = new PdfWriter({
    fonts: { ...bundledFonts(), fallback: systemFallbackFont() },
    info: {
      title: `${t(lang, 'reportTitle')}: ${m.plan.park.name}`,
      subject: t(lang, 'reportSubtitle'),
      keywords: `parkzero plan-fingerprint:${m.fingerprint}`,
      creationDate: new Date(`${m.date}T00:00:00Z`),
    },
    headerText: `${m.plan.park.name} · ${t(lang, 'reportTitle')}`,
    footerLeft: t(lang, 'footerFingerprint', { fp: m.fingerprint }),
    pageLabel: (x, y) => t(lang, 'pageXofY', { x, y }),
  });
  coverSection(w, m);
  summarySection(w, m);
  baselineSection(w, m);
  pathwaysSection(w, m);
  measuresSection(w, m);
  optimiserSection(w, m.plan, m.scenarioIds, lang);
  macSection(w, m);
  scorecardSection(w, m);
  uncertaintySection(w, m);
  appendixSection(w, m);
  warningsSection(w, m);
  const pages = w.pageCount;
  return { bytes: await w.finish(), pages };
}
