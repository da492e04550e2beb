import type { Plan } from '../../../core/model/plan.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import { buildReportModel, runForReport, selectScenarioIds } from './report-model.ts';
import type { Lang } from './i18n.ts';
import { REPORT_MC_RUNS, uncertaintyForReport } from './uncertainty/analysis.ts';
import { localisePlanNames } from './local-names.ts';
import type { ExtraSection } from './document/model.ts';
// The uncertainty chapter and the least-cost annex register themselves (here, so the worker has them).
import './report-sections.ts';

export type ReportFormat = 'pdf' | 'docx' | 'xlsx';
export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;

export interface ReportRequest {
  plan: Plan;
  format: ReportFormat;
  lang: Lang;
  /** Ids or names; empty means every scenario. */
  scenarioIds: readonly string[];
  /** ISO day for the cover and document metadata; callers pass their (fixable) clock's day. */
  date: string;
  appVersion: string;
  /** Monte Carlo runs of the uncertainty section (only when the plan has uncertain inputs). */
  uncertaintyRuns?: number;
  /**
   * Chapters or annexes added by an in-process caller. Modules that always contribute when
   * they have results register a provider instead (document/extra-sections.ts), which also
   * works on the report worker (functions cannot be posted to it).
   */
  extraSections?: readonly ExtraSection[];
}

export interface ReportOutput {
  bytes: Uint8Array;
  /** Page count of a PDF; null for a DOCX (Word paginates) or a workbook. */
  pages: number | null;
  fingerprint: string;
  scenarioIds: string[];
  /** Time spent computing and rendering, ms (engine included). */
  ms: number;
}

/**
 * Computes the chosen scenarios and renders the report. Pure apart from reading the bundled
 * fonts; CPU-bound for about a second on the sample park, so the host runs it on a worker.
 */
export async function generateReport(req: ReportRequest): Promise<ReportOutput> {
  const started = performance.now();
  const scenarioIds = selectScenarioIds(req.plan, req.scenarioIds);
  // Names in the report's language (local-names.ts); the fingerprint is of the plan as stored.
  const plan = localisePlanNames(req.plan, req.lang);
  const results = runForReport(plan, scenarioIds);
  const fingerprint = planFingerprint(req.plan);
  const model = buildReportModel(plan, results, {
    lang: req.lang,
    scenarioIds,
    date: req.date,
    fingerprint,
    appVersion: req.appVersion,
  });
  model.uncertainty = uncertaintyForReport(plan, scenarioIds, req.uncertaintyRuns ?? REPORT_MC_RUNS);
  // Each format loads only its own libraries (echarts and pdfkit or docx, or exceljs).
  if (req.format === 'pdf' || req.format === 'docx') {
    const { buildReportDocument } = await import('./document/build.ts');
    const doc = buildReportDocument(model, req.extraSections ?? []);
    if (req.format === 'pdf') {
      const { renderPdfReport } = await import('./pdf/pdf-report.ts');
      const pdf = await renderPdfReport(doc);
      return { bytes: pdf.bytes, pages: pdf.pages, fingerprint, scenarioIds, ms: performance.now() - started };
    }
    const { renderDocxReport } = await import('./docx/docx-report.ts');
    const bytes = await renderDocxReport(doc);
    return { bytes, pages: null, fingerprint, scenarioIds, ms: performance.now() - started };
  }
  const { renderWorkbook } = await import('./workbook/workbook.ts');
  const bytes = await renderWorkbook(model);
  return { bytes, pages: null, fingerprint, scenarioIds, ms: performance.now() - started };
}

/** The local calendar day of `now` as YYYY-MM-DD: what a report's cover shows. */
export function isoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
