import type { CarbonMarketResult } from './result-schema.ts';

/**
 * The carbon-market lines of `parkzero run --format table`: one row per year and covered
 * enterprise, then the park's total of the year. `num` is the table's number format
 * (core/engine/format.ts, formatNumber), passed in so both tables print the same strings.
 */
export function carbonMarketLines(
  cm: CarbonMarketResult,
  num: (v: number | null, digits: number, scale?: number) => string,
  table: (rows: string[][]) => string,
): string[] {
  const rows: string[][] = [
    [
      'year',
      'enterprise',
      'market',
      'verified',
      'allowances',
      'surplus(+)/deficit(-)',
      'offsets',
      'bought',
      'sold',
      'cost(+)/revenue(-)',
    ],
    ['', '', '', '[tCO2]', '[tCO2]', '[tCO2]', '[tCO2]', '[tCO2]', '[tCO2]', '[10^4CNY]'],
  ];
  const row = (year: string, who: string, market: string, p: CarbonMarketResult['years'][number]['totals']) => [
    year,
    who,
    market,
    num(p.verified_tco2, 0),
    num(p.allowances_tco2, 0),
    num(p.balance_tco2, 0),
    num(p.offsets_used_tco2, 0),
    num(p.bought_tco2, 0),
    num(p.sold_tco2, 0),
    num(p.cost_cny, 1, 1e-4),
  ];
  for (const y of cm.years) {
    for (const e of y.enterprises) rows.push(row(String(y.year), e.consumer_id, e.market_id, e));
    rows.push(row(String(y.year), 'park total', '', y.totals));
  }
  const lines = ['Carbon market (allowances vs verified emissions in the market scope; cost not in the scenario total)'];
  lines.push(table(rows));
  for (const m of cm.markets)
    lines.push(
      `  ${m.id}: price ${m.price_source}; offsets at most ${num(m.offset_cap_share * 100, 1)}% of verified emissions (${m.offset_cap_source}); offset price ${m.offset_price_source}`,
    );
  return lines;
}
