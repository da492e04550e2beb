import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../core/engine/index.ts';
import { HYDROGEN_COLUMNS, shapeHydrogen } from '../../../renderer/src/results/hydrogen.ts';
import { shapeCosts } from '../../../renderer/src/results/costs.ts';
import { en } from '../../../renderer/src/i18n/en.ts';
import { zhCN } from '../../../renderer/src/i18n/zh-CN.ts';
import { tinyPlan, measure, consumer } from '../../core/engine/fixtures.ts';
import { sampleResult } from './sample.ts';

const plan = tinyPlan({
  horizon_year: 2025,
  settings: { hydrogen_sale_cny_per_t: 20_000 },
  consumers: [consumer('transit', { diesel_t: 5000, electricity_mwh: 1000 })],
  measures: [
    measure(
      'h2',
      'green_hydrogen',
      { electrolyser_kw: 5000, operating_hours: 6000, displaced_carrier: 'hydrogen' },
      { start_year: 2024 },
    ),
  ],
});

describe('the hydrogen table', () => {
  it('lists the years with hydrogen, the engine’s figures column by column', () => {
    const r = runScenario(plan, 's', { mac: false });
    const rows = shapeHydrogen(r);
    expect(rows.map((x) => x.year)).toEqual([2024, 2025]);
    for (const row of rows) {
      const h = r.years.find((y) => y.year === row.year)!.energy.hydrogen;
      for (const c of HYDROGEN_COLUMNS) expect(row.values[c]).toBe(h[c]);
      // Nothing used in the park: all sold.
      expect(row.values.sold_t).toBeCloseTo(row.values.produced_t, 9);
    }
  });

  it('is empty for a scenario without hydrogen, and names every column in both languages', () => {
    expect(shapeHydrogen(sampleResult('baseline'))).toEqual([]);
    for (const c of HYDROGEN_COLUMNS) {
      expect(en.results.hydrogen.col[c]).toBeTruthy();
      expect(zhCN.results.hydrogen.col[c]).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('counts hydrogen sales as a credit, so the cost parts still add up to the total', () => {
    const r = runScenario(plan, 's', { mac: false });
    const stack = shapeCosts(r);
    stack.years.forEach((_, i) => {
      const sum = stack.parts.reduce((a, p) => a + p.values[i]!, 0);
      expect(sum).toBeCloseTo(stack.total[i]!, 3);
    });
    expect(r.years.at(-1)!.costs.hydrogen_sales_cny).toBeGreaterThan(0);
  });
});
