/**
 * The technology cost library and measure costs (README.md: formulation and sources).
 * Exports: the library and its key scheme, the plan's cost set (library + project overrides),
 * technologies and measure sizes, unit costs per measure, and the capex / O&M / residual schedule.
 */
export { COST_LIBRARY, COST_PARAMETERS, costLibraryEntries } from './library.ts';
export type { CostEntry, CostParameter, CostPoint } from './library.ts';
export { buildCostSet, costPathValue, libraryCost, parseCostKey } from './cost-set.ts';
export type { CostSet, ResolvedCost, ParsedCostKey } from './cost-set.ts';
export {
  TECHNOLOGY_IDS,
  SIZE_UNITS,
  KIND_TECHNOLOGIES,
  measureTechnology,
  measureSize,
  measureCostProblem,
} from './technologies.ts';
export type { TechnologyId, SizeUnit, MeasureSize } from './technologies.ts';
export { measureUnitCosts, fullScaleCapex, fullScaleFixedOpex, costSchedule, rampFactor } from './measure-costs.ts';
export type { MeasureUnitCosts, UnitCost, UnitCostOrigin, CostSchedule } from './measure-costs.ts';
export { TECHNOLOGY_NAMES } from './technology-names.ts';
