import type { Lang } from '../text/names.ts';
import {
  CHOICE_MARK,
  CHOICE_TEXT,
  INDICATOR_SHORT,
  INDICATOR_TEXT,
  PORTFOLIO_TEXT,
  SIGNATURE_TEXT,
  VERDICT_TEXT,
  cityText,
  provinceText,
  refusalText,
  rowName,
  targetsText,
} from './labels.ts';
import { MILESTONE_INDICATORS, MILESTONE_YEARS } from './types.ts';
import type { MilestoneIndicator, Portfolio, PortfolioRow } from './types.ts';
import type { AggregatePathway } from './table.ts';

/**
 * The portfolio as tables of columns (header, kind, value), rendered alike by the CLI's text
 * table, the workbook (numbers stay numbers) and the PDF. `full` has every milestone figure
 * (the workbook); `compact` fits a page (the CLI and the PDF).
 */

export type ColumnKind = 'text' | 'integer' | 'decimal' | 'share';

export interface PortfolioColumn<R> {
  header: string;
  kind: ColumnKind;
  value: (row: R) => string | number | null;
}

const milestone = (r: PortfolioRow, year: number, k: MilestoneIndicator) =>
  r.milestones.find((m) => m.year === year)?.values[k] ?? null;

const kindOf = (k: MilestoneIndicator): ColumnKind =>
  k === 'non_fossil_share_equivalent' ? 'share' : k === 'net_emissions_tco2' || k === 'coal_t' ? 'integer' : 'decimal';

function milestoneColumn(year: number, k: MilestoneIndicator, lang: Lang, short = false): PortfolioColumn<PortfolioRow> {
  const text = (short ? INDICATOR_SHORT : INDICATOR_TEXT)[k][lang];
  const header = lang === 'zh' ? `${year} 年${text}` : `${year} ${text}`;
  return { header, kind: kindOf(k), value: (r) => milestone(r, year, k) };
}

export function rowColumns(lang: Lang, detail: 'full' | 'compact'): PortfolioColumn<PortfolioRow>[] {
  const T = PORTFOLIO_TEXT[lang];
  const short = detail === 'compact';
  const head: PortfolioColumn<PortfolioRow>[] = [
    { header: T.park, kind: 'text', value: (r) => rowName(r.park, lang) },
    { header: T.province, kind: 'text', value: (r) => provinceText(r.province, lang) },
    { header: T.city, kind: 'text', value: (r) => cityText(r.city, lang) },
    { header: short ? T.baseEnergyShort : T.baseEnergy, kind: 'integer', value: (r) => r.base_energy_tce },
    { header: short ? T.baseEmissionsShort : T.baseEmissions, kind: 'integer', value: (r) => r.base_emissions_tco2 },
    { header: T.scenario, kind: 'text', value: (r) => rowName(r.scenario, lang) + (short ? CHOICE_MARK[r.choice] : '') },
  ];
  const signature: PortfolioColumn<PortfolioRow> = {
    header: T.signature,
    kind: 'text',
    value: (r) => SIGNATURE_TEXT[r.signature][lang],
  };
  const targets: PortfolioColumn<PortfolioRow> = {
    header: detail === 'compact' ? T.targetsShort : T.targets,
    kind: 'text',
    value: (r) => targetsText(r, lang),
  };
  if (detail === 'compact')
    return [
      ...head,
      ...(['net_emissions_tco2', 'co2_per_tce_equivalent', 'non_fossil_share_equivalent', 'coal_t'] as const).map((k) =>
        milestoneColumn(2030, k, lang, true),
      ),
      milestoneColumn(2060, 'net_emissions_tco2', lang, true),
      targets,
      signature,
      { header: T.fingerprint, kind: 'text', value: (r) => r.fingerprint.slice(0, 16) },
    ];
  return [
    { header: T.file, kind: 'text', value: (r) => r.file },
    ...head,
    { header: T.choice, kind: 'text', value: (r) => CHOICE_TEXT[r.choice][lang] },
    { header: T.baseYear, kind: 'text', value: (r) => String(r.base_year) },
    ...MILESTONE_YEARS.flatMap((y) => MILESTONE_INDICATORS.map((k) => milestoneColumn(y, k, lang))),
    targets,
    { header: T.verdict, kind: 'text', value: (r) => VERDICT_TEXT[r.verdict][lang] },
    {
      header: T.missed,
      kind: 'text',
      value: (r) =>
        r.targets.missed.length === 0
          ? T.none
          : r.targets.missed
              .map((m) => rowName({ name: m.name }, lang) + (m.first_failing_year === null ? '' : ` (${m.first_failing_year})`))
              .join(lang === 'zh' ? '；' : '; '),
    },
    signature,
    { header: T.fingerprint, kind: 'text', value: (r) => r.fingerprint },
  ];
}

export function refusedColumns(lang: Lang): PortfolioColumn<Portfolio['refused'][number]>[] {
  const T = PORTFOLIO_TEXT[lang];
  return [
    { header: T.file, kind: 'text', value: (r) => r.file },
    { header: T.refusedCode, kind: 'text', value: (r) => refusalText(r, lang) },
  ];
}

export interface AggregateRow {
  year: number;
  parks: number;
  net_tco2: number;
  gross_tco2: number;
  tce_equivalent: number;
  coal_t: number;
}

export function aggregateRows(a: AggregatePathway): AggregateRow[] {
  return a.years.map((year, i) => ({
    year,
    parks: a.parks[i]!,
    net_tco2: a.net_tco2[i]!,
    gross_tco2: a.gross_tco2[i]!,
    tce_equivalent: a.tce_equivalent[i]!,
    coal_t: a.coal_t[i]!,
  }));
}

export function aggregateColumns(lang: Lang): PortfolioColumn<AggregateRow>[] {
  const T = PORTFOLIO_TEXT[lang];
  return [
    { header: T.year, kind: 'text', value: (r) => String(r.year) },
    { header: T.parks, kind: 'integer', value: (r) => r.parks },
    { header: T.aggNet, kind: 'integer', value: (r) => r.net_tco2 },
    { header: T.aggGross, kind: 'integer', value: (r) => r.gross_tco2 },
    { header: T.aggEnergy, kind: 'integer', value: (r) => r.tce_equivalent },
    { header: T.aggCoal, kind: 'integer', value: (r) => r.coal_t },
  ];
}

/** A cell as text: thousands separators, four decimals for ratios, shares in percent; '-' for none. */
export function cellText(kind: ColumnKind, v: string | number | null): string {
  if (v === null) return '-';
  if (typeof v === 'string') return v;
  if (kind === 'share') return `${(v * 100).toFixed(1)}%`;
  // A value that rounds to zero prints as 0, never -0.
  const s = v.toFixed(kind === 'integer' ? 0 : 4).replace(/^-(?=0(\.0+)?$)/, '');
  const [int, frac] = s.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
