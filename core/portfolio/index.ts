/**
 * The portfolio: many parks' submitted plans side by side (README.md).
 *
 *   portfolioRow(plan, result, choice, facts)   one park's row from its plan and the engine's result
 *   submittedScenario(plan) / recommendPlan(results)   which scenario a park is shown with
 *   sortRows / filterRows / groupRows / aggregatePathway   what the table and the exports do with rows
 *   PORTFOLIO_TEXT, INDICATOR_TEXT, CHOICE_TEXT, SIGNATURE_TEXT, VERDICT_TEXT, refusalText, ...   words in zh and en
 */
export * from './types.ts';
export { portfolioRow, submittedScenario, recommendPlan } from './rows.ts';
export type { ParkFileFacts } from './rows.ts';
export { sortRows, sortValue, filterRows, groupRows, aggregatePathway } from './table.ts';
export type { SortKey, SortSpec, RowFilter, GroupBy, RowGroup, AggregatePathway } from './table.ts';
export {
  PORTFOLIO_TEXT,
  INDICATOR_TEXT,
  CHOICE_MARK,
  CHOICE_TEXT,
  SIGNATURE_TEXT,
  VERDICT_TEXT,
  refusalText,
  rowName,
  provinceText,
  cityText,
  targetsText,
} from './labels.ts';
export { rowColumns, refusedColumns, aggregateColumns, aggregateRows, cellText } from './columns.ts';
export type { PortfolioColumn, ColumnKind, AggregateRow } from './columns.ts';
export { PortfolioSchema, PortfolioRowSchema } from './schema.ts';
