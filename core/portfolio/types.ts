import type { ErrorCode, ErrorReason } from '../api/result.ts';

/**
 * The portfolio (issue 15): one row per park file a reviewer opened, each park shown with the
 * scenario it submits as its plan. Pure data, so the host, the CLI, the workbook, the PDF and
 * the screen show the same figures.
 */

/** Milestone years of the table: China's peaking year, the mid-point, and the neutrality year. */
export const MILESTONE_YEARS = [2030, 2035, 2060] as const;

/** Indicators shown per milestone year (keys of the engine's year indicators, units in the names). */
export const MILESTONE_INDICATORS = [
  'net_emissions_tco2',
  'co2_per_tce_equivalent',
  'non_fossil_share_equivalent',
  'coal_t',
  'tco2_per_10k_cny_va',
  'tce_per_10k_cny_va_equivalent',
] as const;
export type MilestoneIndicator = (typeof MILESTONE_INDICATORS)[number];

/**
 * Which scenario a park is shown with: `flagged` = the one marked as its submitted plan;
 * when none is marked, `report_choice` = the scenario its report recommends by the planner's
 * choice, else `recommended` = the report's rule (the cheapest by NPV of the scenarios meeting
 * the most targets), the same rule the plan report prints.
 */
export const PLAN_CHOICES = ['flagged', 'report_choice', 'recommended'] as const;
export type PlanChoice = (typeof PLAN_CHOICES)[number];

/**
 * The signature file beside a project (FILE.sig.json), looked at without a public key:
 * `unsigned` none; `signed` the newest signature names the plan's fingerprint now; `changed` it
 * names another fingerprint (the plan changed since); `broken` the signature file is unreadable.
 * Listing is not verifying: verifying needs the signer's key (`parkzero verify`).
 */
export const SIGNATURE_STATES = ['unsigned', 'signed', 'changed', 'broken'] as const;
export type SignatureState = (typeof SIGNATURE_STATES)[number];

export type Verdict = 'all_met' | 'some_missed' | 'no_targets';

/** One year of a park's submitted plan, the figures the aggregate sums. */
export interface PathwayPoint {
  year: number;
  net_tco2: number;
  gross_tco2: number;
  tce_equivalent: number;
  coal_t: number;
}

export interface PortfolioRow {
  /** The file's name (no folder) and its full path. */
  file: string;
  path: string;
  park: { name: string; name_zh?: string; name_en?: string };
  province: string;
  city: string;
  base_year: number;
  horizon_year: number;
  /** Base-year energy, tce (electricity at its equivalent value), and net emissions, tCO2. */
  base_energy_tce: number;
  base_emissions_tco2: number;
  scenario: { id: string; name: string; name_zh?: string; name_en?: string };
  choice: PlanChoice;
  /** Per milestone year (MILESTONE_YEARS order): null values when the year is outside the plan. */
  milestones: { year: number; values: Record<MilestoneIndicator, number | null> }[];
  targets: { met: number; total: number; missed: { id: string; name: string; first_failing_year: number | null }[] };
  verdict: Verdict;
  fingerprint: string;
  signature: SignatureState;
  signers: string[];
  pathway: PathwayPoint[];
}

/** A file that was not read, with why (store messages are English; the labels give Chinese). */
export interface RefusedFile {
  file: string;
  path: string;
  code: ErrorCode;
  message: string;
  /** Why, for a reader of any language (core/text/error-reasons.ts), when the refusal gave one. */
  reason?: ErrorReason;
}

/** A folder the user named that holds no project file: said, so that a wrong folder is not a silent empty result. */
export interface EmptyFolder {
  /** The folder's name, as the reader sees it. */
  folder: string;
  path: string;
}

export interface Portfolio {
  rows: PortfolioRow[];
  refused: RefusedFile[];
  /** Absent in results made before it existed. */
  empty_folders?: EmptyFolder[];
}
