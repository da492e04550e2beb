/**
 * Reports: a PDF (Chinese or English, fonts embedded and subset, vector charts) and an Excel
 * workbook of a plan's inputs and results. Used by the CLI (`parkzero report`) and by the
 * host's `report.export` call, which runs the work on a worker thread.
 */
export { generateReport, isoDay, REPORT_FORMATS } from './generate.ts';
export type { ReportFormat, ReportOutput, ReportRequest } from './generate.ts';
export { generateReportInWorker } from './run-in-worker.ts';
export { selectScenarioIds } from './report-model.ts';
export { LANGS, type Lang } from './i18n.ts';
export { registerReportSections } from './document/extra-sections.ts';
export type { SectionProvider } from './document/extra-sections.ts';
export type { ExtraSection, Block as ReportBlock } from './document/model.ts';
