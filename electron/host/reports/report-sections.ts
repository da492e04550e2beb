import { registerReportSections } from './document/extra-sections.ts';
import { optimiserSections } from './optimiser/section.ts';
import { uncertaintySections } from './uncertainty/chapter.ts';
import { carbonMarketSections } from './carbon-market/section.ts';

/**
 * The report's own optional parts, registered when the report code loads (generate.ts imports
 * this module, so the report worker has them too): the carbon market of covered enterprises and
 * the uncertainty analysis as chapters after the nine of a park plan, the least-cost planner's answer as an annex after the others. Each
 * provider returns nothing when the model has nothing for it (no uncertain inputs, no chosen
 * scenario made by the planner).
 */
registerReportSections(carbonMarketSections);
registerReportSections(uncertaintySections);
registerReportSections(optimiserSections);
