import { describe, expect, it } from 'vitest';
import {
  FACTOR_LIBRARY,
  buildFactorSet,
  factorValue,
  resolveGridSeries,
  coalMethodGcePerKwh,
  pathValue,
  provinceKey,
  defaultPvYield,
  defaultWindHours,
  FOSSIL_FUELS,
  fuelKeys,
} from '../../../core/factors/index.ts';
import { ParkZeroError } from '../../../core/api/result.ts';

const fs = buildFactorSet([]);

describe('fuel CO2 factors derived from NCV x carbon x oxidation x 44/12 (DOMAIN.md)', () => {
  it.each([
    ['coal.co2_t_per_t', 1.9003],
    ['natural_gas.co2_t_per_10k_nm3', 21.622],
    ['diesel.co2_t_per_t', 3.0959],
    ['fuel_oil.co2_t_per_t', 3.1705],
    // standard values not in DOMAIN.md, commonly cited results of the same guideline parameters
    ['gasoline.co2_t_per_t', 2.9251],
    ['lpg.co2_t_per_t', 3.1013],
    ['coke.co2_t_per_t', 2.8604],
  ])('%s = %f', (key, expected) => {
    expect(Math.abs(factorValue(fs, key) - expected)).toBeLessThan(1e-3 * Math.max(1, expected / 10));
  });
  it('raw coal within 1e-4', () => {
    expect(Math.abs(factorValue(fs, 'coal.co2_t_per_t') - 1.9003)).toBeLessThan(1e-4);
  });
  it('gas within 1e-3 per 10^4 Nm3', () => {
    expect(Math.abs(factorValue(fs, 'natural_gas.co2_t_per_10k_nm3') - 21.622)).toBeLessThan(1e-3);
  });
  it('the gas NCV for CO2 and the statistical tce coefficient stay separate', () => {
    expect(factorValue(fs, 'natural_gas.ncv_gj_per_10k_nm3')).toBe(389.31);
    expect(factorValue(fs, 'natural_gas.kgce_per_m3')).toBe(1.2143);
  });
});

describe('GB/T 2589 coefficients', () => {
  it('pins DOMAIN.md values', () => {
    expect(factorValue(fs, 'coal.kgce_per_kg')).toBe(0.7143);
    expect(factorValue(fs, 'diesel.kgce_per_kg')).toBe(1.4571);
    expect(factorValue(fs, 'fuel_oil.kgce_per_kg')).toBe(1.4286);
    expect(factorValue(fs, 'electricity.kgce_per_kwh')).toBe(0.1229);
    expect(factorValue(fs, 'heat.kgce_per_mj')).toBe(0.03412);
    expect(factorValue(fs, 'heat.co2_t_per_gj')).toBe(0.11);
    expect(factorValue(fs, 'natural_gas.kgce_per_m3_oilfield')).toBe(1.33);
  });
  it('coal method: the published years 2020 and 2022, interpolated between, held flat after the last', () => {
    expect(coalMethodGcePerKwh(fs, 2020)).toEqual({ value: 305.5, basis: 'published' });
    expect(coalMethodGcePerKwh(fs, 2021)).toEqual({ value: (305.5 + 300.7) / 2, basis: 'interpolated' });
    expect(coalMethodGcePerKwh(fs, 2022)).toEqual({ value: 300.7, basis: 'published' });
    expect(coalMethodGcePerKwh(fs, 2030)).toEqual({ value: 300.7, basis: 'held_after_last' });
  });
  it('coal method: a project year point sets the path after the last published year', () => {
    const own = buildFactorSet([{ key: 'electricity.coal_method_gce_per_kwh.2030', value: 290, source: '', note: '' }]);
    expect(coalMethodGcePerKwh(own, 2026)).toEqual({ value: 300.7 + (290 - 300.7) * 0.5, basis: 'interpolated' });
    expect(coalMethodGcePerKwh(own, 2030)).toEqual({ value: 290, basis: 'published' });
  });
  it('every value carries unit, source and series', () => {
    for (const [key, f] of Object.entries(FACTOR_LIBRARY)) {
      expect(f.unit, key).not.toBe('');
      expect(f.source, key).not.toBe('');
      expect(f.series, key).not.toBe('');
      expect(Number.isFinite(f.value), key).toBe(true);
    }
  });
  it('every fossil fuel has a full parameter set', () => {
    for (const fuel of FOSSIL_FUELS)
      for (const key of Object.values(fuelKeys(fuel))) expect(FACTOR_LIBRARY[key], key).toBeDefined();
  });
});

describe('grid factors', () => {
  const q = { region: 'southwest' as const, province: 'sichuan' };
  it('national, regional, provincial published values', () => {
    expect(resolveGridSeries(fs, { ...q, series: 'average', scope: 'national' }).value(2022, 0.02).value).toBe(0.5366);
    expect(resolveGridSeries(fs, { ...q, series: 'average', scope: 'national' }).value(2023, 0.02).value).toBe(0.5306);
    expect(resolveGridSeries(fs, { ...q, series: 'average', scope: 'regional' }).value(2023, 0.02).value).toBe(0.2472);
    expect(resolveGridSeries(fs, { ...q, series: 'average', scope: 'provincial' }).value(2022, 0.02).value).toBe(0.1404);
    expect(resolveGridSeries(fs, { ...q, series: 'excl_market', scope: 'national' }).value(2023, 0).value).toBe(0.6096);
  });
  it('declines after the last published year at the scenario rate', () => {
    const s = resolveGridSeries(fs, { ...q, series: 'average', scope: 'national' });
    const v = s.value(2025, 0.02);
    expect(v.basis).toBe('projected');
    expect(v.value).toBeCloseTo(0.5306 * 0.98 * 0.98, 12);
    expect(s.value(2019, 0.02)).toEqual({ value: 0.5568, basis: 'held_before_first' });
  });
  it('provincial scope falls back to the region when the province has no data', () => {
    const s = resolveGridSeries(fs, { region: 'east', province: 'jiangsu', series: 'average', scope: 'provincial' });
    expect(s.scope_used).toBe('regional');
    expect(s.value(2023, 0).value).toBe(0.55);
  });
  it('regional excl-market series is an estimate scaled by the national ratio', () => {
    const s = resolveGridSeries(fs, { ...q, series: 'excl_market', scope: 'regional' });
    expect(s.estimated).toBe(true);
    expect(s.value(2023, 0).value).toBeCloseTo(0.2472 * (0.6096 / 0.5306), 12);
  });
  it('overrides add future points to the path', () => {
    const f2 = buildFactorSet([{ key: 'grid.regional.southwest.2030', value: 0.1, source: 'client', note: '' }]);
    const s = resolveGridSeries(f2, { ...q, series: 'average', scope: 'regional' });
    expect(s.value(2030, 0.02).value).toBe(0.1);
    expect(s.value(2031, 0.02).value).toBeCloseTo(0.098, 12);
    expect(s.value(2026, 0.02).basis).toBe('interpolated');
  });
  it('pathValue is linear between points', () => {
    expect(
      pathValue(
        [
          { year: 2020, value: 0 },
          { year: 2030, value: 10 },
        ],
        2025,
      ).value,
    ).toBe(5);
  });
});

describe('overrides', () => {
  it('re-derive the CO2 factor when an input is overridden', () => {
    const f2 = buildFactorSet([{ key: 'coal.ncv_gj_per_t', value: 25, source: 'lab test', note: '' }]);
    expect(factorValue(f2, 'coal.co2_t_per_t')).toBeCloseTo((25 * 26.37 * 0.94 * 44) / 12 / 1000, 12);
    expect(f2.values.get('coal.ncv_gj_per_t')?.overridden).toBe(true);
  });
  it('a direct CO2 override wins over the derivation', () => {
    const f2 = buildFactorSet([
      { key: 'coal.ncv_gj_per_t', value: 25, source: '', note: '' },
      { key: 'coal.co2_t_per_t', value: 2, source: '', note: '' },
    ]);
    expect(factorValue(f2, 'coal.co2_t_per_t')).toBe(2);
  });
  it('unknown keys are refused with the override path', () => {
    try {
      buildFactorSet([
        { key: 'coal.ncv', value: 1, source: '', note: '' },
        { key: 'grid.provincial.atlantis.2022', value: 1, source: '', note: '' },
      ]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParkZeroError);
      const err = e as ParkZeroError;
      expect(err.code).toBe('PLAN_INVALID');
      expect(err.details?.map((d) => d.path)).toEqual(['factor_overrides[0].key', 'factor_overrides[1].key']);
    }
  });
  it('an oxidation rate above 1 is refused on the value', () => {
    expect(() => buildFactorSet([{ key: 'coal.oxidation', value: 1.2, source: '', note: '' }])).toThrow(/oxidation/);
  });
});

describe('provinces and default yields', () => {
  it('recognises English and Chinese names', () => {
    expect(provinceKey('Sichuan')).toBe('sichuan');
    expect(provinceKey('四川省')).toBe('sichuan');
    expect(provinceKey('Inner Mongolia Autonomous Region')).toBe('inner_mongolia');
    expect(provinceKey('内蒙古自治区')).toBe('inner_mongolia');
    expect(provinceKey('Atlantis')).toBeNull();
  });
  it('city beats province, province beats fallback', () => {
    expect(defaultPvYield(fs, 'Sichuan', 'Panzhihua').value).toBe(1500);
    expect(defaultPvYield(fs, 'Sichuan', '攀枝花市').value).toBe(1500);
    expect(defaultPvYield(fs, 'Sichuan', 'Mianyang').value).toBe(1000);
    expect(defaultPvYield(fs, 'Atlantis', 'X').key).toBe('fallback');
    expect(defaultWindHours(fs, 'Sichuan').value).toBe(2300);
  });
});
