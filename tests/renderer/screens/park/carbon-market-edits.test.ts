import { describe, expect, it } from 'vitest';
import {
  coverageDraftOf,
  coverageFromDraft,
  emptyMarketDraft,
  marketDraftOf,
  marketFromDraft,
  parsePath,
  pathText,
} from '../../../../renderer/src/screens/park/carbon-market-edits.ts';

describe('carbon-market form drafts', () => {
  it('read a path as one number or year: value pairs, and write it back', () => {
    expect(parsePath('80', 2025)).toEqual([{ year: 2025, value: 80 }]);
    expect(parsePath('2025: 80; 2030：1,200.5', 2025)).toEqual([
      { year: 2025, value: 80 },
      { year: 2030, value: 1200.5 },
    ]);
    expect(parsePath('80; 90', 2025)).toBeNull();
    expect(parsePath('soon', 2025)).toBeNull();
    expect(pathText([{ year: 2026, value: 0.75 }])).toBe('0.75');
    const two = [
      { year: 2026, value: 0.75 },
      { year: 2030, value: 0.7 },
    ];
    expect(parsePath(pathText(two), 2025)).toEqual(two);
  });

  it('make a market only with every source, the national offset rule prefilled', () => {
    const draft = { ...emptyMarketDraft('national'), name: '全国碳市场', price: '2025: 80; 2030: 120', offsetPrice: '60' };
    expect(draft.capPercent).toBe('5');
    expect(marketFromDraft(draft, 'market-1', 2025)).toEqual({ ok: false, problem: { field: 'priceSource', key: 'required' } });
    const ok = marketFromDraft({ ...draft, priceSource: '方案假设', offsetPriceSource: '方案假设' }, 'market-1', 2025);
    expect(ok.ok && ok.value.offset_cap_share).toBe(0.05);
    if (ok.ok) expect(marketDraftOf(ok.value)).toEqual({ ...draft, priceSource: '方案假设', offsetPriceSource: '方案假设' });
    expect(marketFromDraft({ ...draft, priceSource: 'a', offsetPriceSource: 'b', capPercent: '150' }, 'm', 2025)).toEqual({
      ok: false,
      problem: { field: 'capPercent', key: 'range' },
    });
  });

  it('make a coverage from the benchmark or fixed rule and read it back', () => {
    const draft = {
      ...coverageDraftOf(undefined, 'cn-ets'),
      benchmark: '0.8',
      outputUnit: 't',
      output: '120,000',
      source: '方案',
    };
    const r = coverageFromDraft(draft, 2025);
    expect(r.ok && r.value.allocation).toEqual({
      kind: 'benchmark',
      benchmark_tco2_per_unit: [{ year: 2025, value: 0.8 }],
      output_unit: 't',
      output_base_year: 120_000,
      source: '方案',
    });
    if (r.ok) expect(coverageDraftOf(r.value, 'x')).toEqual({ ...draft, output: '120000' });
    expect(coverageFromDraft({ ...draft, allocation: 'fixed' }, 2025)).toEqual({
      ok: false,
      problem: { field: 'allowance', key: 'required' },
    });
    expect(coverageFromDraft({ ...draft, fromYear: '1800' }, 2025)).toEqual({
      ok: false,
      problem: { field: 'fromYear', key: 'range' },
    });
    const limited = coverageFromDraft({ ...draft, offsetsAvailable: '2000' }, 2025);
    expect(limited.ok && limited.value.offsets_available_tco2).toEqual([{ year: 2025, value: 2000 }]);
    expect(coverageFromDraft({ ...draft, offsetsAvailable: 'some' }, 2025)).toEqual({
      ok: false,
      problem: { field: 'offsetsAvailable', key: 'path' },
    });
  });
});
