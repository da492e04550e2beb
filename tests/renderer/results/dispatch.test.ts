import { describe, expect, it } from 'vitest';
import { shapeDispatchTable } from '../../../renderer/src/results/dispatch.ts';
import { milestoneYears } from '../../../renderer/src/results/scorecard.ts';
import type { ScenarioResult } from '../../../core/engine/result-schema.ts';
import { sampleResult } from './sample.ts';

const rowOf = (table: ReturnType<typeof shapeDispatchTable>, id: string) => table.rows.find((r) => r.id === id);

describe('dispatch table by milestone year', () => {
  const result = sampleResult('near-zero');
  const years = milestoneYears(result.years.map((y) => y.year));
  const table = shapeDispatchTable(result, years);

  it('has one column per milestone year and the engine values in its units', () => {
    expect(table.years).toEqual(years);
    expect(table.years[0]).toBe(2024);
    expect(table.years.at(-1)).toBe(2060);
    const i = table.years.indexOf(2030);
    const e = result.years.find((y) => y.year === 2030)!.energy.electricity;
    expect(rowOf(table, 'self_consumed')!.values[i]).toBe(e.self_consumed_mwh);
    expect(rowOf(table, 'grid_import')!.values[i]).toBe(e.grid_import_mwh);
    expect(rowOf(table, 'peak_import')).toMatchObject({ unit: 'kw', values: expect.arrayContaining([e.peak_import_kw]) });
    expect(rowOf(table, 'storage_cycles')!.values[i]).toBe(e.storage_equivalent_cycles);
    expect(rowOf(table, 'import_cost')!.unit).toBe('cny');
    expect(rowOf(table, 'self_sufficiency')!.unit).toBe('share');
  });

  it('splits import and its cost by time-of-use period, adding up to the totals', () => {
    const periods = table.rows.filter((r) => r.period !== null);
    expect(periods.map((r) => r.id)).toEqual([
      'import_critical',
      'import_cost_critical',
      'import_peak',
      'import_cost_peak',
      'import_flat',
      'import_cost_flat',
      'import_valley',
      'import_cost_valley',
    ]);
    table.years.forEach((_, i) => {
      const sum = (prefix: string) => periods.filter((r) => r.id.startsWith(prefix)).reduce((a, r) => a + (r.values[i] ?? 0), 0);
      expect(sum('import_cost_')).toBeCloseTo(rowOf(table, 'import_cost')!.values[i]!, 3);
      expect(sum('import_') - sum('import_cost_')).toBeCloseTo(rowOf(table, 'grid_import')!.values[i]!, 3);
    });
  });

  it('leaves out an unset demand charge and, under a flat tariff, the periods never used', () => {
    expect(rowOf(table, 'demand_charge')).toBeUndefined();
    const flat = structuredClone(result) as ScenarioResult;
    for (const y of flat.years) {
      const e = y.energy.electricity;
      e.import_by_period_mwh = { critical: 0, peak: 0, flat: e.grid_import_mwh, valley: 0 };
      e.import_cost_by_period_cny = { critical: 0, peak: 0, flat: e.import_cost_cny, valley: 0 };
      e.demand_charge_cny = 1000;
    }
    const shaped = shapeDispatchTable(flat, years);
    expect(shaped.rows.filter((r) => r.period !== null).map((r) => r.id)).toEqual(['import_flat', 'import_cost_flat']);
    expect(rowOf(shaped, 'demand_charge')!.values.every((v) => v === 1000)).toBe(true);
  });

  it('annual netting: no peak import (null) and no period rows', () => {
    const annual = structuredClone(result) as ScenarioResult;
    for (const y of annual.years) {
      y.energy.electricity.peak_import_kw = null;
      y.energy.electricity.import_by_period_mwh = null;
      y.energy.electricity.import_cost_by_period_cny = null;
    }
    const shaped = shapeDispatchTable(annual, years);
    expect(rowOf(shaped, 'peak_import')!.values.every((v) => v === null)).toBe(true);
    expect(shaped.rows.some((r) => r.period !== null)).toBe(false);
  });

  it('skips years the result does not have', () => {
    expect(shapeDispatchTable(result, [2030, 2200]).years).toEqual([2030]);
  });
});
