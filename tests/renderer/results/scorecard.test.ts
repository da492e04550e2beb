import { describe, expect, it } from 'vitest';
import {
  indicatorUnit,
  milestoneYears,
  shapeKeyIndicators,
  shapeScorecard,
  KEY_INDICATORS,
} from '../../../renderer/src/results/scorecard.ts';
import { keyFigures, compareIndicator } from '../../../renderer/src/results/compare.ts';
import { samplePlan, sampleResult } from './sample.ts';

describe('target scorecard', () => {
  it("names each target as the plan does in the screen's language when given the names", () => {
    const names = new Map(samplePlan.targets.map((t) => [t.id, `名 ${t.id}`]));
    const card = shapeScorecard(sampleResult('near-zero'), names);
    expect(card.rows.map((x) => x.name)).toEqual(samplePlan.targets.map((t) => `名 ${t.id}`));
  });

  it('has one cell per target and year, null where the target is not checked', () => {
    const r = sampleResult('near-zero');
    const card = shapeScorecard(r);
    expect(card.rows.map((x) => x.id)).toEqual(samplePlan.targets.map((t) => t.id));
    let checks = 0;
    let passed = 0;
    card.rows.forEach((row) => {
      expect(row.cells).toHaveLength(r.years.length);
      row.cells.forEach((cell, i) => {
        const check = r.years[i]!.targets.find((c) => c.id === row.id);
        if (check === undefined) return expect(cell).toBeNull();
        checks++;
        if (check.pass) passed++;
        expect(cell).toEqual({
          year: r.years[i]!.year,
          pass: check.pass,
          value: check.value,
          limit: check.limit,
          margin: check.margin,
        });
      });
      // The overall verdict agrees with the cells.
      expect(row.pass).toBe(row.cells.every((c) => c === null || c.pass));
    });
    expect(card.checked).toBe(checks);
    expect(card.passed).toBe(passed);
  });

  it('names the unit of every indicator a target can read', () => {
    expect(indicatorUnit('coal_t')).toBe('t');
    expect(indicatorUnit('co2_per_tce_coal_method')).toBe('tco2_per_tce');
    expect(indicatorUnit('non_fossil_share_equivalent')).toBe('share');
    expect(indicatorUnit('net_emissions_tco2')).toBe('tco2');
    expect(indicatorUnit('tce_per_10k_cny_va_equivalent')).toBe('tce_per_10k_cny');
    expect(indicatorUnit('total_tce_equivalent')).toBe('tce');
  });
});

describe('key indicators table', () => {
  it('picks the base year, every fifth year and the horizon', () => {
    expect(milestoneYears([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031])).toEqual([2024, 2025, 2030, 2031]);
    expect(milestoneYears([])).toEqual([]);
  });

  it('reads the method-dependent indicators by the chosen method', () => {
    const r = sampleResult('near-zero');
    const years = [2030, 2060];
    const coal = shapeKeyIndicators(r, years, 'coal_method');
    expect(coal.map((x) => x.id)).toEqual([...KEY_INDICATORS]);
    const nonFossil = coal.find((x) => x.id === 'non_fossil_share')!;
    expect(nonFossil.field).toBe('non_fossil_share_coal_method');
    expect(nonFossil.values[0]).toBe(r.years.find((y) => y.year === 2030)!.indicators.non_fossil_share_coal_method);
    expect(coal.find((x) => x.id === 'coal_t')!.field).toBe('coal_t');
  });
});

describe('compare figures', () => {
  it('give differences against the first scenario, none for the first itself', () => {
    const results = ['baseline', 'near-zero'].map((id) => sampleResult(id));
    const rows = keyFigures(results);
    const net2030 = rows.find((x) => x.id === 'net_2030')!;
    const v = (i: number) => results[i]!.years.find((y) => y.year === 2030)!.emissions.net_tco2;
    expect(net2030.cells[0]).toEqual({ value: v(0), delta: null });
    expect(net2030.cells[1]!.delta).toBeCloseTo(v(1) - v(0), 6);
    expect(rows.find((x) => x.id === 'net_horizon')!.year).toBe(samplePlan.park.horizon_year);
    const table = compareIndicator(results, 'coal_t', [2024, 2040]);
    expect(table.rows[0]![0]!.delta).toBeNull();
    expect(table.rows[1]![1]!.delta).toBeCloseTo(table.rows[1]![1]!.value! - table.rows[1]![0]!.value!, 6);
  });
});
