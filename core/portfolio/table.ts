import type { MilestoneIndicator, PathwayPoint, PortfolioRow, SignatureState, Verdict } from './types.ts';

/** Sorting, filtering and grouping of portfolio rows: what the screen, the CLI and the exports share. */

/** A sortable column: a park fact, or an indicator in a milestone year (`net_emissions_tco2@2030`). */
export type SortKey =
  | 'park'
  | 'province'
  | 'city'
  | 'base_energy_tce'
  | 'base_emissions_tco2'
  | 'targets'
  | 'signature'
  | `${MilestoneIndicator}@${number}`;

export interface SortSpec {
  key: SortKey;
  descending: boolean;
}

// Chinese collation (pinyin) for names; the same on every machine that has full ICU, as Node and Chromium do.
const collator = new Intl.Collator('zh-CN', { numeric: true });

/** The value a row sorts by: text, a number, or null (always last). */
export function sortValue(row: PortfolioRow, key: SortKey): string | number | null {
  switch (key) {
    case 'park':
      return row.park.name;
    case 'province':
      return row.province;
    case 'city':
      return row.city;
    case 'base_energy_tce':
      return row.base_energy_tce;
    case 'base_emissions_tco2':
      return row.base_emissions_tco2;
    case 'targets':
      return row.targets.total === 0 ? null : row.targets.met / row.targets.total;
    case 'signature':
      return row.signature;
    default: {
      const [indicator, year] = key.split('@') as [MilestoneIndicator, string];
      return row.milestones.find((m) => m.year === Number(year))?.values[indicator] ?? null;
    }
  }
}

/** Rows sorted by one column; nulls last either way, ties by file path so the order is stable. */
export function sortRows(rows: readonly PortfolioRow[], spec: SortSpec): PortfolioRow[] {
  const sign = spec.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, spec.key);
    const y = sortValue(b, spec.key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (c !== 0) return sign * c;
    }
    return collator.compare(a.path, b.path);
  });
}

export interface RowFilter {
  /** Part of the park's, the file's or the scenario's name (any language), case-insensitive. */
  text?: string;
  province?: string;
  city?: string;
  verdict?: Verdict;
  signature?: SignatureState;
}

export function filterRows(rows: readonly PortfolioRow[], filter: RowFilter): PortfolioRow[] {
  const needle = filter.text?.trim().toLowerCase() ?? '';
  return rows.filter((r) => {
    if (filter.province !== undefined && r.province !== filter.province) return false;
    if (filter.city !== undefined && r.city !== filter.city) return false;
    if (filter.verdict !== undefined && r.verdict !== filter.verdict) return false;
    if (filter.signature !== undefined && r.signature !== filter.signature) return false;
    if (needle === '') return true;
    const hay = [r.file, r.park.name, r.park.name_zh, r.park.name_en, r.scenario.name, r.scenario.name_zh, r.scenario.name_en];
    return hay.some((h) => h !== undefined && h.toLowerCase().includes(needle));
  });
}

export type GroupBy = 'province' | 'city';

export interface RowGroup {
  /** The province, or "city, province" (a city name alone may repeat across provinces). */
  key: string;
  province: string;
  city: string | null;
  rows: PortfolioRow[];
  /** Sums over the group's parks. */
  base_energy_tce: number;
  base_emissions_tco2: number;
  parks: number;
}

/** Groups in collation order of their key; rows keep the order they came in (sort first). */
export function groupRows(rows: readonly PortfolioRow[], by: GroupBy): RowGroup[] {
  const groups = new Map<string, RowGroup>();
  for (const r of rows) {
    const key = by === 'province' ? r.province : `${r.city}, ${r.province}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = {
        key,
        province: r.province,
        city: by === 'city' ? r.city : null,
        rows: [],
        base_energy_tce: 0,
        base_emissions_tco2: 0,
        parks: 0,
      };
      groups.set(key, g);
    }
    g.rows.push(r);
    g.base_energy_tce += r.base_energy_tce;
    g.base_emissions_tco2 += r.base_emissions_tco2;
    g.parks += 1;
  }
  return [...groups.values()].sort((a, b) => collator.compare(a.key, b.key));
}

/** The parks' submitted plans summed year by year; `parks` = how many parks have that year. */
export interface AggregatePathway {
  years: number[];
  net_tco2: number[];
  gross_tco2: number[];
  tce_equivalent: number[];
  coal_t: number[];
  parks: number[];
}

/**
 * Sum of the rows' pathways per year over the union of their years. A park whose plan does not
 * reach a year adds nothing to it (its count shows in `parks`): a sum, not an extrapolation.
 */
export function aggregatePathway(rows: readonly PortfolioRow[]): AggregatePathway {
  const byYear = new Map<number, PathwayPoint & { parks: number }>();
  for (const r of rows)
    for (const p of r.pathway) {
      const acc = byYear.get(p.year) ?? { year: p.year, net_tco2: 0, gross_tco2: 0, tce_equivalent: 0, coal_t: 0, parks: 0 };
      acc.net_tco2 += p.net_tco2;
      acc.gross_tco2 += p.gross_tco2;
      acc.tce_equivalent += p.tce_equivalent;
      acc.coal_t += p.coal_t;
      acc.parks += 1;
      byYear.set(p.year, acc);
    }
  const points = [...byYear.values()].sort((a, b) => a.year - b.year);
  return {
    years: points.map((p) => p.year),
    net_tco2: points.map((p) => p.net_tco2),
    gross_tco2: points.map((p) => p.gross_tco2),
    tce_equivalent: points.map((p) => p.tce_equivalent),
    coal_t: points.map((p) => p.coal_t),
    parks: points.map((p) => p.parks),
  };
}
