import type { ReportModel } from '../report-model.ts';
import type { ExtraSection } from './model.ts';

/**
 * Where other modules plug their chapters into the plan document (issue 13, item 6: the
 * least-cost plan and its infeasibility report, the uncertainty analysis). A provider looks at
 * the report model (the plan and the engine's results) and returns its sections, or none when
 * it has nothing to report (no uncertain inputs, no optimiser run).
 *
 * Providers register at module load, from a module the report code imports (so the report
 * worker, which builds documents off the main thread, has them too): functions cannot be sent
 * to a worker, so they are never part of a report request.
 */
export type SectionProvider = (m: ReportModel) => readonly ExtraSection[];

const providers: SectionProvider[] = [];

export function registerReportSections(provider: SectionProvider): void {
  if (!providers.includes(provider)) providers.push(provider);
}

/** The registered providers' sections for this model, in registration order. */
export function registeredSections(m: ReportModel): ExtraSection[] {
  return providers.flatMap((p) => p(m));
}
