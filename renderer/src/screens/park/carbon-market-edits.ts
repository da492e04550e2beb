import { CarbonCoverage, CarbonMarket } from '../../../../core/carbon-market/schema.ts';
import type { Plan } from '../../../../core/model/plan.ts';

/**
 * The carbon-market forms' drafts (strings as typed) and their conversion to plan values.
 * Pure, so they are unit-tested. A problem is a message key under `carbonMarket.problem` with
 * the field it concerns, so the form says it in the reader's language.
 */

export interface Problem {
  field: string;
  key: 'required' | 'number' | 'path' | 'range' | 'invalid';
}
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

type Point = { year: number; value: number };

/** "2025: 80; 2030: 120" (or one number: that value in every year) -> path points; commas group digits. */
export function parsePath(text: string, firstYear: number): Point[] | null {
  const parts = text
    .split(/[;；\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  const points: Point[] = [];
  for (const part of parts) {
    const m = /^(?:(\d{4})\s*[:：]\s*)?(-?[\d,]*\.?\d+)$/.exec(part);
    if (m === null) return null;
    if (m[1] === undefined && parts.length > 1) return null;
    const value = Number(m[2]!.replace(/,/g, ''));
    if (!Number.isFinite(value)) return null;
    points.push({ year: m[1] === undefined ? firstYear : Number(m[1]), value });
  }
  return points;
}

/** The inverse of parsePath, for the form's initial text (one point holds in every year: its value alone). */
export function pathText(points: readonly Point[]): string {
  if (points.length === 1) return String(points[0]!.value);
  return points.map((p) => `${p.year}: ${p.value}`).join('; ');
}

export interface MarketDraft {
  name: string;
  kind: 'national' | 'regional';
  price: string;
  priceSource: string;
  capPercent: string;
  capSource: string;
  offsetPrice: string;
  offsetPriceSource: string;
}

/**
 * The national market's offset rule, the one figure we ship (core/carbon-market/README.md):
 * CCER at most 5% of the allowances to surrender, art. 29 of the 2020 Measures. Prices stay
 * the user's. A regional market starts empty: its rule is the user's to read and cite.
 */
export const NATIONAL_OFFSET_RULE = { capPercent: '5', capSource: '《碳排放权交易管理办法（试行）》（2020）第二十九条' };

export function emptyMarketDraft(kind: 'national' | 'regional'): MarketDraft {
  return {
    name: '',
    kind,
    price: '',
    priceSource: '',
    capPercent: kind === 'national' ? NATIONAL_OFFSET_RULE.capPercent : '',
    capSource: kind === 'national' ? NATIONAL_OFFSET_RULE.capSource : '',
    offsetPrice: '',
    offsetPriceSource: '',
  };
}

export function marketDraftOf(m: CarbonMarket): MarketDraft {
  return {
    name: m.name,
    kind: m.kind,
    price: pathText(m.price_cny_per_t),
    priceSource: m.price_source,
    capPercent: String(Math.round(m.offset_cap_share * 1e6) / 1e4),
    capSource: m.offset_cap_source,
    offsetPrice: pathText(m.offset_price_cny_per_t),
    offsetPriceSource: m.offset_price_source,
  };
}

/** The first free id `market-N`. */
export function newMarketId(plan: Plan): string {
  const taken = new Set((plan.carbon_markets ?? []).map((m) => m.id));
  for (let n = taken.size + 1; ; n++) if (!taken.has(`market-${n}`)) return `market-${n}`;
}

const need = (field: string, text: string): Problem | null => (text.trim() === '' ? { field, key: 'required' } : null);

export function marketFromDraft(d: MarketDraft, id: string, firstYear: number, previous?: CarbonMarket): Parsed<CarbonMarket> {
  for (const [field, text] of [
    ['name', d.name],
    ['price', d.price],
    ['priceSource', d.priceSource],
    ['capPercent', d.capPercent],
    ['capSource', d.capSource],
    ['offsetPrice', d.offsetPrice],
    ['offsetPriceSource', d.offsetPriceSource],
  ] as const) {
    const p = need(field, text);
    if (p !== null) return { ok: false, problem: p };
  }
  const price = parsePath(d.price, firstYear);
  if (price === null) return { ok: false, problem: { field: 'price', key: 'path' } };
  const offsetPrice = parsePath(d.offsetPrice, firstYear);
  if (offsetPrice === null) return { ok: false, problem: { field: 'offsetPrice', key: 'path' } };
  const cap = Number(d.capPercent.trim());
  if (!Number.isFinite(cap)) return { ok: false, problem: { field: 'capPercent', key: 'number' } };
  const candidate = {
    ...(previous ?? {}),
    id,
    name: d.name.trim(),
    kind: d.kind,
    price_cny_per_t: price,
    price_source: d.priceSource.trim(),
    offset_cap_share: cap / 100,
    offset_cap_source: d.capSource.trim(),
    offset_price_cny_per_t: offsetPrice,
    offset_price_source: d.offsetPriceSource.trim(),
  };
  // A renamed market keeps no stale language name: the primary name is the one typed here.
  if (previous !== undefined && previous.name !== candidate.name) {
    delete (candidate as Partial<CarbonMarket>).name_zh;
    delete (candidate as Partial<CarbonMarket>).name_en;
  }
  return checked(CarbonMarket.safeParse(candidate), {
    price_cny_per_t: 'price',
    offset_cap_share: 'capPercent',
    offset_price_cny_per_t: 'offsetPrice',
  });
}

export interface CoverageDraft {
  marketId: string;
  scope: 'direct' | 'direct_and_indirect';
  allocation: 'benchmark' | 'fixed';
  benchmark: string;
  outputUnit: string;
  output: string;
  allowance: string;
  source: string;
  fromYear: string;
  /** Offsets the enterprise can get, tCO2 a year; empty = as many as the cap allows. */
  offsetsAvailable: string;
}

export function coverageDraftOf(c: CarbonCoverage | undefined, marketId: string): CoverageDraft {
  const a = c?.allocation;
  return {
    marketId: c?.market_id ?? marketId,
    scope: c?.scope ?? 'direct',
    allocation: a?.kind ?? 'benchmark',
    benchmark: a?.kind === 'benchmark' ? pathText(a.benchmark_tco2_per_unit) : '',
    outputUnit: a?.kind === 'benchmark' ? a.output_unit : '',
    output: a?.kind === 'benchmark' ? String(a.output_base_year) : '',
    allowance: a?.kind === 'fixed' ? pathText(a.allowance_tco2) : '',
    source: a?.source ?? '',
    fromYear: c?.from_year === null || c?.from_year === undefined ? '' : String(c.from_year),
    offsetsAvailable:
      c?.offsets_available_tco2 === null || c?.offsets_available_tco2 === undefined ? '' : pathText(c.offsets_available_tco2),
  };
}

export function coverageFromDraft(d: CoverageDraft, firstYear: number): Parsed<CarbonCoverage> {
  const fields: [string, string][] =
    d.allocation === 'benchmark'
      ? [
          ['benchmark', d.benchmark],
          ['outputUnit', d.outputUnit],
          ['output', d.output],
        ]
      : [['allowance', d.allowance]];
  for (const [field, text] of [
    ['marketId', d.marketId] as [string, string],
    ...fields,
    ['source', d.source] as [string, string],
  ]) {
    const p = need(field, text);
    if (p !== null) return { ok: false, problem: p };
  }
  let allocation: CarbonCoverage['allocation'];
  if (d.allocation === 'benchmark') {
    const benchmark = parsePath(d.benchmark, firstYear);
    if (benchmark === null) return { ok: false, problem: { field: 'benchmark', key: 'path' } };
    const output = Number(d.output.trim().replace(/,/g, ''));
    if (!Number.isFinite(output)) return { ok: false, problem: { field: 'output', key: 'number' } };
    allocation = {
      kind: 'benchmark',
      benchmark_tco2_per_unit: benchmark,
      output_unit: d.outputUnit.trim(),
      output_base_year: output,
      source: d.source.trim(),
    };
  } else {
    const allowance = parsePath(d.allowance, firstYear);
    if (allowance === null) return { ok: false, problem: { field: 'allowance', key: 'path' } };
    allocation = { kind: 'fixed', allowance_tco2: allowance, source: d.source.trim() };
  }
  const from = d.fromYear.trim() === '' ? null : Number(d.fromYear.trim());
  if (from !== null && !Number.isInteger(from)) return { ok: false, problem: { field: 'fromYear', key: 'number' } };
  const offsets = d.offsetsAvailable.trim() === '' ? null : parsePath(d.offsetsAvailable, firstYear);
  if (d.offsetsAvailable.trim() !== '' && offsets === null)
    return { ok: false, problem: { field: 'offsetsAvailable', key: 'path' } };
  return checked(
    CarbonCoverage.safeParse({
      market_id: d.marketId,
      from_year: from,
      scope: d.scope,
      allocation,
      offsets_available_tco2: offsets,
    }),
    {
      from_year: 'fromYear',
      benchmark_tco2_per_unit: 'benchmark',
      output_base_year: 'output',
      allowance_tco2: 'allowance',
      output_unit: 'outputUnit',
      source: 'source',
      offsets_available_tco2: 'offsetsAvailable',
    },
  );
}

/** The schema's verdict, its first issue named by the form field it concerns. */
function checked<T>(
  r: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } },
  fieldOf: Record<string, string>,
): Parsed<T> {
  if (r.success) return { ok: true, value: r.data };
  const path = r.error.issues[0]?.path ?? [];
  const key = path.map(String).find((p) => p in fieldOf);
  return {
    ok: false,
    problem: { field: key === undefined ? 'form' : fieldOf[key]!, key: key === undefined ? 'invalid' : 'range' },
  };
}
