export { runScenario, runPlan, runPlanInput, parsePlanOrThrow, runScenarioHourly, scenarioLine, startScenario } from './run.ts';
export { sharedPathwayCache, pathwayKey } from './pathway-cache.ts';
export type { PathwayCacheStats, ParentLine } from './pathway-cache.ts';
export { recentDispatchStats, forgetDispatches } from './recent-dispatch.ts';
export type { RecentDispatchStats } from './recent-dispatch.ts';
export type { RunOptions, ScenarioHours, StartedScenario } from './run.ts';
export { HOURLY_SERIES_KEYS, scenarioTariff } from './hourly.ts';
export { hourlySeriesCsv, HOURLY_CSV_COLUMNS } from './hourly-csv.ts';
export type { HourlySeries } from './hourly.ts';
export { resolveScenario, scenarioChain, scenarioDifferences } from './resolve.ts';
export type { ResolvedScenario, ResolvedMeasure, ScenarioDifference } from './resolve.ts';
export * from './result-schema.ts';
export { INDICATOR_DEFINITIONS, indicatorKey } from './indicators.ts';
export type { IndicatorDefinition } from './indicators.ts';
export { evaluateTargets } from './targets.ts';
export {
  TARGET_TEMPLATES,
  instantiateTemplate,
  baseYearTce,
  energyUseTce,
  NATIONAL_TEMPLATE_ID,
  NZCP_TIER_LOW_TCE,
  NZCP_TIER_HIGH_TCE,
} from './templates.ts';
export { INDICATOR_DEFINITION_TEXT, ENERGY_METHOD_TEXT, indicatorDefinition } from './indicator-definitions.ts';
export type { Bilingual, IndicatorDefinitionText } from './indicator-definitions.ts';
export type { TargetTemplate, InstantiatedTemplate, InstantiateOptions } from './templates.ts';
export { annualBalance, annualModel, ANNUAL_STORAGE_CYCLES } from './electricity.ts';
export type {
  BalanceMethod,
  ElectricityBalancer,
  ElectricityInput,
  ElectricityBalance,
  ElectricityModel,
  StorageUnit,
  YearElectricity,
} from './electricity.ts';
export { WARNING_CODES } from './warnings.ts';
export type { EngineWarning, WarningCode, WarningParams } from './warnings.ts';
export { WARNING_PARAMS, warningVariants } from './warning-params.ts';
export type { WarningParamSpec, WarningUnit } from './warning-params.ts';
export { warningText, midSentence } from './warning-text.ts';
export { DISPATCH_NOTE_CODES, DISPATCH_NOTE_PARAMS, dispatchNoteSpec, dispatchNoteVariants } from './dispatch-notes.ts';
export type { DispatchNoteCode } from './dispatch-notes.ts';
export type { WarningLocale, WarningTemplate, WarningTemplates } from './warning-text.ts';
export { formatResultsTable, formatPlanResultsTable, formatNumber } from './format.ts';
export { planJsonSchema, resultsJsonSchema } from './json-schema.ts';
export { rampFactor } from './compile-measures.ts';
export { engineIssues, checkPlan, checkPlanOrThrow } from './validate.ts';
