import { describe, expect, it } from 'vitest';
import { customTou, PROVINCE_TOU, provinceTou, SICHUAN_LIKE_TOU, touPeriodAt, touTariff } from '../../../core/dispatch/index.ts';
import { TouTariffTable } from '../../../core/model/tou-tariff.ts';
import { MONTH_START_HOUR } from '../../../core/profiles/index.ts';

describe('provincial TOU tables', () => {
  it('has the ten provinces the planners asked for, each valid and sourced', () => {
    const keys = PROVINCE_TOU.map((t) => t.key);
    for (const k of [
      'sichuan',
      'gansu',
      'shaanxi',
      'guangdong',
      'qinghai',
      'inner_mongolia',
      'jiangsu',
      'zhejiang',
      'shandong',
      'beijing',
    ])
      expect(keys).toContain(k);
    for (const t of PROVINCE_TOU) {
      // The plan schema accepts every built-in table, so a user can start editing from it.
      const { key: _key, name_zh: _nameZh, source_zh: _sourceZh, ...table } = t;
      const parsed = TouTariffTable.safeParse(table);
      expect(parsed.success, `${t.key}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(t.source).toMatch(/1093/);
      expect(t.source_zh).toMatch(/1093/);
      expect(t.secondary).toBe(true);
      expect(t.year).toBeGreaterThanOrEqual(2021);
      // NDRC 发改价格〔2021〕1093号: peak/valley at least 3:1; critical at least 20% above peak where used.
      expect(t.ratios.peak / t.ratios.valley).toBeGreaterThanOrEqual(3 - 1e-9);
      if (t.months.some((d) => d.includes('c'))) expect(t.ratios.critical).toBeGreaterThanOrEqual(t.ratios.peak * 1.2 - 1e-9);
    }
  });

  it('finds the park province in Chinese or English, Sichuan-like otherwise', () => {
    expect(provinceTou('甘肃省').def.key).toBe('gansu');
    expect(provinceTou('Gansu').def.key).toBe('gansu');
    expect(provinceTou('Inner Mongolia').def.key).toBe('inner_mongolia');
    expect(provinceTou('广东省').found).toBe(true);
    const none = provinceTou('Hainan');
    expect(none.found).toBe(false);
    expect(none.def).toBe(SICHUAN_LIKE_TOU);
  });

  it('gives Gansu a midday valley and Sichuan a night valley', () => {
    const noonJune = MONTH_START_HOUR[5]! + 12;
    expect(touPeriodAt(provinceTou('甘肃').def, noonJune)).toBe('valley');
    expect(touPeriodAt(provinceTou('四川').def, noonJune)).not.toBe('valley');
    expect(touPeriodAt(provinceTou('四川').def, MONTH_START_HOUR[5]! + 3)).toBe('valley');
  });

  it('prices a deep valley at its own ratio but reports it as valley', () => {
    const sd = provinceTou('Shandong').def;
    const aprilNoon = MONTH_START_HOUR[3]! + 12;
    expect(sd.months[3]![12]).toBe('d');
    const t = touTariff(sd, { flat_import_cny_per_mwh: 500, export_cny_per_mwh: 0 });
    expect(t.import_cny_per_mwh[aprilNoon]).toBeCloseTo(500 * sd.ratios.deep_valley, 9);
    expect(t.period_of_hour![aprilNoon]).toBe(3);
  });

  it("uses a user's table as given", () => {
    const own = customTou({
      name: 'Our contract',
      source: 'supply contract 2025',
      year: 2025,
      secondary: false,
      months: Array.from({ length: 12 }, () => 'v'.repeat(6) + 'f'.repeat(12) + 'p'.repeat(6)),
      ratios: { critical: 2, peak: 1.5, flat: 1, valley: 0.5, deep_valley: 0.5 },
    });
    const t = touTariff(own, { flat_import_cny_per_mwh: 400, export_cny_per_mwh: 0 });
    expect(t.import_cny_per_mwh[20]).toBe(600);
    expect(t.import_cny_per_mwh[2]).toBe(200);
    expect(() =>
      touTariff({ ...own, months: own.months.slice(1) }, { flat_import_cny_per_mwh: 1, export_cny_per_mwh: 0 }),
    ).toThrow(/12 months/);
  });
});
