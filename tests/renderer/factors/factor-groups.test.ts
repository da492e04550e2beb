import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { FACTOR_LIBRARY } from '../../../core/factors/library.ts';
import { Plan } from '../../../core/model/plan.ts';
import {
  FACTOR_GROUPS,
  checkOverride,
  classifyKey,
  factorRows,
  filterRows,
  groupRows,
  putOverride,
  removeOverride,
} from '../../../renderer/src/screens/factors/factor-groups.ts';
import { en } from '../../../renderer/src/i18n/en.ts';
import { zhCN } from '../../../renderer/src/i18n/zh-CN.ts';
import { samplePlan } from '../support/fake-host.ts';

describe('factor grouping', () => {
  const plan = samplePlan();

  it('puts every library key in a group, with words for its series and quantity in both languages', () => {
    const rows = factorRows(plan);
    expect(rows.map((r) => r.key).sort()).toEqual(Object.keys(FACTOR_LIBRARY).sort());
    for (const r of rows) {
      expect(FACTOR_GROUPS).toContain(r.group);
      for (const lang of [en, zhCN as unknown as typeof en]) {
        expect(lang.factors.quantity[r.quantity as keyof typeof en.factors.quantity], r.key).toBeTruthy();
        if (r.group !== 'fuels') expect(lang.factors.series[r.series as keyof typeof en.factors.series], r.key).toBeTruthy();
      }
    }
  });

  it('reads the key scheme: fuels, coal method by year, grid by scope and area, renewables', () => {
    expect(classifyKey('coal.ncv_gj_per_t')).toEqual({
      group: 'fuels',
      series: 'coal',
      quantity: 'ncv',
      subject: null,
      year: null,
    });
    expect(classifyKey('natural_gas.co2_t_per_10k_nm3')?.quantity).toBe('co2');
    expect(classifyKey('electricity.coal_method_gce_per_kwh.2022')).toMatchObject({ group: 'electricity', year: 2022 });
    expect(classifyKey('grid_excl_market.national.2023')).toMatchObject({
      group: 'grid',
      series: 'excl_market_national',
      year: 2023,
    });
    expect(classifyKey('grid.regional.southwest.2022')).toMatchObject({
      series: 'average_regional',
      subject: 'southwest',
      year: 2022,
    });
    expect(classifyKey('grid.provincial.sichuan.2022')).toMatchObject({ series: 'average_provincial', subject: 'sichuan' });
    expect(classifyKey('pv_yield_city.chengdu')).toMatchObject({ group: 'renewables', subject: 'chengdu' });
  });

  it('groups in order and filters by words, group, overrides and secondary', () => {
    const rows = factorRows(plan);
    expect(groupRows(rows).map((g) => g.group)).toEqual([...FACTOR_GROUPS]);
    const label = (r: (typeof rows)[number]) => r.key;
    const sw = filterRows(rows, { query: 'southwest 2023', group: 'all', overriddenOnly: false, secondaryOnly: false }, label);
    expect(sw.map((r) => r.key)).toEqual(['grid.regional.southwest.2023']);
    const secondary = filterRows(rows, { query: '', group: 'grid', overriddenOnly: false, secondaryOnly: true }, label);
    expect(secondary.length).toBeGreaterThan(0);
    expect(secondary.every((r) => r.group === 'grid' && r.library?.secondary === true)).toBe(true);
  });
});

describe('overrides', () => {
  const plan = samplePlan();

  it('need a value and a source, and are shown with the library value beside them', () => {
    expect(checkOverride(plan, { key: 'coal.ncv_gj_per_t', value: 21, source: ' ', note: '' }, -1)).toMatchObject({
      ok: false,
      field: 'source',
    });
    const r = checkOverride(plan, { key: 'coal.ncv_gj_per_t', value: 21.5, source: 'plant lab 2024', note: 'own coal' }, -1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const next = produce(plan, putOverride(r.override, -1));
    expect(Plan.safeParse(next).success).toBe(true);
    const row = factorRows(next).find((x) => x.key === 'coal.ncv_gj_per_t')!;
    expect(row.override?.value).toBe(21.5);
    expect(row.library?.value).toBe(20.908);
    expect(row.inUse?.value).toBe(21.5);
    // The derived CO2 factor follows the overridden NCV.
    const co2 = factorRows(next).find((x) => x.key === 'coal.co2_t_per_t')!;
    expect(co2.inUse!.value).toBeGreaterThan(co2.library!.value);
    expect(produce(next, removeOverride('coal.ncv_gj_per_t')).factor_overrides).toEqual([]);
  });

  it('refuse unknown keys, impossible values and a second override of the same key', () => {
    expect(checkOverride(plan, { key: 'coal.nope', value: 1, source: 's', note: '' }, -1)).toMatchObject({
      ok: false,
      field: 'key',
    });
    expect(checkOverride(plan, { key: 'coal.oxidation', value: 1.2, source: 's', note: '' }, -1)).toMatchObject({
      ok: false,
      field: 'value',
    });
    const one = produce(plan, putOverride({ key: 'heat.co2_t_per_gj', value: 0.1, source: 's', note: '' }, -1));
    expect(checkOverride(one, { key: 'heat.co2_t_per_gj', value: 0.09, source: 's', note: '' }, -1)).toMatchObject({
      ok: false,
      message: 'duplicate',
    });
    expect(checkOverride(one, { key: 'heat.co2_t_per_gj', value: 0.09, source: 's', note: '' }, 0).ok).toBe(true);
  });

  it('may add a year the library lacks, which then appears in its group', () => {
    const r = checkOverride(plan, { key: 'grid.regional.southwest.2030', value: 0.15, source: 'provincial plan', note: '' }, -1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = factorRows(produce(plan, putOverride(r.override, -1))).find((x) => x.key === 'grid.regional.southwest.2030')!;
    expect(row).toMatchObject({ group: 'grid', library: null, year: 2030 });
    expect(row.inUse?.unit).toBe('tCO2/MWh');
  });
});
