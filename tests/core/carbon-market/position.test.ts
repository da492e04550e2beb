import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../core/engine/index.ts';
import { ScenarioResult } from '../../../core/engine/result-schema.ts';
import { parsePlan } from '../../../core/model/plan.ts';
import { coverage, etsPlan, etsPlanInput } from './fixtures.ts';

const run = (plan: ReturnType<typeof etsPlan>, id = 'base') => {
  const r = runScenario(plan, id, { electricity: 'annual', mac: false });
  ScenarioResult.parse(r);
  return r;
};

describe('carbon market, hand-computed (one covered enterprise)', () => {
  // verified 100,000 t (process); allowances 0.75 x 120,000 = 90,000; deficit 10,000;
  // CCER cap 5% x 100,000 = 5,000 used at 50; 5,000 bought at 80 (2025) and 100 (2026).
  const cm = run(etsPlan()).carbon_market!;

  it('2025: allowances, deficit, offsets at the cap, cost', () => {
    const y = cm.years[0]!;
    expect(y.year).toBe(2025);
    expect(y.enterprises).toEqual([
      {
        consumer_id: 'plant',
        market_id: 'cn-ets',
        direct_tco2: 100_000,
        indirect_tco2: 0,
        verified_tco2: 100_000,
        output: 120_000,
        allowances_tco2: 90_000,
        balance_tco2: -10_000,
        offset_cap_tco2: 5_000,
        offsets_used_tco2: 5_000,
        bought_tco2: 5_000,
        sold_tco2: 0,
        net_position_tco2: -5_000,
        price_cny_per_t: 80,
        offset_price_cny_per_t: 50,
        cost_cny: 650_000,
      },
    ]);
    expect(y.totals.cost_cny).toBe(650_000);
    expect(y.by_market).toEqual([{ market_id: 'cn-ets', totals: y.totals }]);
  });

  it('2026: the price path moves the cost only', () => {
    const e = cm.years[1]!.enterprises[0]!;
    expect(e.price_cny_per_t).toBe(100);
    expect(e.cost_cny).toBe(5_000 * 50 + 5_000 * 100);
  });

  it('names the market and the enterprise with their sources', () => {
    expect(cm.markets[0]).toMatchObject({ id: 'cn-ets', name_zh: '全国碳市场', offset_cap_share: 0.05 });
    expect(cm.enterprises[0]).toMatchObject({ consumer_id: 'plant', allocation: 'benchmark', output_unit: 't clinker' });
  });
});

describe('carbon market, edge cases', () => {
  it('a surplus is sold at the market price (a revenue)', () => {
    const cover = coverage();
    if (cover.allocation.kind === 'benchmark') cover.allocation.benchmark_tco2_per_unit = [{ year: 2025, value: 1.25 }];
    const e = run(etsPlan({ cover })).carbon_market!.years[0]!.enterprises[0]!;
    expect(e.allowances_tco2).toBe(150_000);
    expect(e.sold_tco2).toBe(50_000);
    expect(e.offsets_used_tco2).toBe(0);
    expect(e.cost_cny).toBe(-50_000 * 80);
  });

  it('offsets available below the cap bind', () => {
    const e = run(etsPlan({ cover: coverage({ offsets_available_tco2: [{ year: 2025, value: 2_000 }] }) })).carbon_market!
      .years[0]!.enterprises[0]!;
    expect(e.offsets_used_tco2).toBe(2_000);
    expect(e.bought_tco2).toBe(8_000);
    expect(e.cost_cny).toBe(2_000 * 50 + 8_000 * 80);
  });

  it('a fixed, declining allowance', () => {
    const cover = coverage({
      allocation: {
        kind: 'fixed',
        allowance_tco2: [
          { year: 2025, value: 120_000 },
          { year: 2026, value: 96_000 },
        ],
        source: 'test',
      },
    });
    const years = run(etsPlan({ cover })).carbon_market!.years;
    expect(years.map((y) => y.enterprises[0]!.balance_tco2)).toEqual([20_000, -4_000]);
    expect(years[1]!.enterprises[0]!.offsets_used_tco2).toBe(4_000);
    expect(years[0]!.enterprises[0]!.output).toBeNull();
  });

  it('no coverage: no carbon-market section', () => {
    expect(run(etsPlan({ cover: null })).carbon_market).toBeUndefined();
    expect('carbon_market' in run(etsPlan({ cover: null, markets: [] }))).toBe(false);
  });

  it('covered from a later year: earlier years have no position', () => {
    const years = run(etsPlan({ cover: coverage({ from_year: 2026 }) })).carbon_market!.years;
    expect(years.map((y) => y.year)).toEqual([2026]);
  });

  it('scope with purchased electricity and heat counts them; direct scope does not', () => {
    const plant = { energy: { electricity_mwh: 1_000, heat_gj: 1_000 } };
    const direct = run(etsPlan({ plant }));
    const both = run(etsPlan({ plant, cover: coverage({ scope: 'direct_and_indirect' }) }));
    const y = both.years[0]!;
    const e = both.carbon_market!.years[0]!.enterprises[0]!;
    expect(e.indirect_tco2).toBeCloseTo(y.emissions.scope2_tco2, 9);
    expect(e.verified_tco2).toBeCloseTo(100_000 + y.emissions.scope2_tco2, 9);
    expect(direct.carbon_market!.years[0]!.enterprises[0]!.verified_tco2).toBe(100_000);
  });

  it('output growth raises a benchmark allocation with the output', () => {
    const e = run(etsPlan({ plant: { output_growth_rate: 0.5 } })).carbon_market!.years[1]!.enterprises[0]!;
    expect(e.output).toBe(180_000);
    expect(e.allowances_tco2).toBe(135_000);
    expect(e.verified_tco2).toBe(150_000);
  });

  it('a measure that lowers the enterprise emissions shrinks its deficit', () => {
    const plan = etsPlan({
      plant: { process_emissions_tco2: 0, energy: { coal_t: 50_000 } },
      measures: [
        {
          id: 'eff',
          name: 'Kiln retrofit',
          kind: 'efficiency',
          start_year: 2025,
          consumer_ids: ['plant'],
          params: { carrier: 'coal', saving_share: 0.2 },
          capex_cny: 0,
        },
      ],
    });
    const base = run(plan, 'base').carbon_market!.years[0]!.enterprises[0]!;
    const s = run(plan, 's').carbon_market!.years[0]!.enterprises[0]!;
    expect(s.verified_tco2).toBeCloseTo(base.verified_tco2 * 0.8, 6);
    expect(base.balance_tco2).toBeLessThan(0);
    expect(s.balance_tco2).toBeGreaterThan(base.balance_tco2);
    expect(s.cost_cny).toBeLessThan(base.cost_cny);
  });
});

describe('carbon market, plan validation', () => {
  it('a coverage naming an unknown market is refused with its path', () => {
    const r = parsePlan(etsPlanInput({ cover: coverage({ market_id: 'shenzhen' }) }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain('consumers[0].carbon_market.market_id');
  });

  it('a market without the source of its offset cap is refused', () => {
    const input = etsPlanInput({});
    input.carbon_markets![0]!.offset_cap_source = ' ';
    const r = parsePlan(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain('carbon_markets[0].offset_cap_source');
  });

  it('a plan without markets parses to a plan without the field', () => {
    const r = parsePlan(etsPlanInput({ cover: null }));
    expect(r.ok && !('carbon_markets' in r.plan) && !('carbon_market' in r.plan.consumers[0]!)).toBe(true);
  });
});
