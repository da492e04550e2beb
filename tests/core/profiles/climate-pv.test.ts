import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  annualGhi,
  CITY_CLIMATES,
  erbsDiffuseFraction,
  findCityClimate,
  HOURS_PER_YEAR,
  lookupClimate,
  MONTH_START_HOUR,
  pvFromWeather,
  synthesizeWeather,
} from '../../../core/profiles/index.ts';
import { dayGeometry } from '../../../core/profiles/solar.ts';
import { yieldTable, yieldTableMarkdown, YIELD_RANGES } from '../../../core/profiles/yield-table.ts';

const city = (name: string) => {
  const c = findCityClimate(name);
  if (!c) throw new Error(`no ${name}`);
  return c;
};

describe('climate table', () => {
  it('covers at least 30 cities including the required ones, with sane values and a source', () => {
    expect(CITY_CLIMATES.length).toBeGreaterThanOrEqual(30);
    const required = [
      'Chengdu',
      'Suining',
      'Yibin',
      'Mianyang',
      'Panzhihua',
      'Zhangye',
      'Jiuquan',
      'Lanzhou',
      "Xi'an",
      'Shenzhen',
      'Guangzhou',
      'Beijing',
      'Tianjin',
      'Shanghai',
      'Hangzhou',
      'Wuhan',
      'Hohhot',
      'Urumqi',
      'Lhasa',
      'Xining',
      'Yinchuan',
      'Harbin',
      'Kunming',
      'Chongqing',
      'Nanjing',
      'Jinan',
      'Zhengzhou',
      'Changsha',
      'Nanning',
      'Guiyang',
      'Shijiazhuang',
      'Taiyuan',
      'Shenyang',
      'Fuzhou',
      'Hefei',
      'Nanchang',
      'Haikou',
    ];
    for (const name of required) expect(findCityClimate(name), name).not.toBeNull();
    const keys = new Set<string>();
    for (const c of CITY_CLIMATES) {
      expect(keys.has(c.key)).toBe(false);
      keys.add(c.key);
      expect(c.ghi_kwh_per_m2_day).toHaveLength(12);
      expect(c.temp_c).toHaveLength(12);
      expect(c.wind_10m_m_per_s).toHaveLength(12);
      for (const g of c.ghi_kwh_per_m2_day) expect(g > 0.5 && g < 9).toBe(true);
      for (const t of c.temp_c) expect(t > -30 && t < 35).toBe(true);
      for (const v of c.wind_10m_m_per_s) expect(v > 0.3 && v < 8).toBe(true);
      expect(c.lat_deg).toBeGreaterThan(18);
      expect(c.lat_deg).toBeLessThan(54);
      expect(c.lon_deg).toBeGreaterThan(73);
      expect(c.lon_deg).toBeLessThan(135);
      expect(c.source).toMatch(/approximate/);
      expect(c.quality).toBe('approximate');
    }
  });

  it('has a capital row for every province the factor library knows', async () => {
    const { PROVINCES } = await import('../../../core/factors/provinces.ts');
    for (const p of PROVINCES)
      expect(
        CITY_CLIMATES.some((c) => c.province === p.key && c.capital),
        p.key,
      ).toBe(true);
  });

  it('finds cities by English and Chinese names', () => {
    expect(findCityClimate('Suining')?.key).toBe('suining');
    expect(findCityClimate('suining city')?.key).toBe('suining');
    expect(findCityClimate('遂宁市')?.key).toBe('suining');
    expect(findCityClimate("Xi'an")?.key).toBe('xian');
    expect(findCityClimate('XIAN')?.key).toBe('xian');
    expect(findCityClimate('乌鲁木齐')?.key).toBe('urumqi');
    expect(findCityClimate('Atlantis')).toBeNull();
  });

  it('falls back to the province capital and says so; fails clearly when nothing matches', () => {
    const exact = lookupClimate('Panzhihua', 'Sichuan');
    expect(exact.ok && exact.value.match).toBe('city');
    const fb = lookupClimate('Deyang', '四川省');
    expect(fb.ok).toBe(true);
    if (fb.ok) {
      expect(fb.value.match).toBe('province_capital');
      expect(fb.value.climate.key).toBe('chengdu');
      expect(fb.value.note).toMatch(/No climate data for "Deyang"; using Chengdu \(成都\), the capital of Sichuan/);
    }
    const bad = lookupClimate('Atlantis', 'Nowhere');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/No climate data for city "Atlantis" and province "Nowhere" is not recognised/);
  });
});

describe('solar geometry (Duffie & Beckman / Spencer)', () => {
  it('gives the declination at the solstices and equinoxes', () => {
    expect((dayGeometry(172).declination_rad * 180) / Math.PI).toBeCloseTo(23.44, 0); // 21 June
    expect((dayGeometry(355).declination_rad * 180) / Math.PI).toBeCloseTo(-23.44, 0); // 21 December
    expect(Math.abs((dayGeometry(80).declination_rad * 180) / Math.PI)).toBeLessThan(0.6); // 21 March
  });

  it('gives the equation of time extremes (about -14 min in February, +16 min in early November)', () => {
    const e = Array.from({ length: 365 }, (_, d) => dayGeometry(d + 1).equation_of_time_min);
    expect(Math.min(...e)).toBeCloseTo(-14.3, 0);
    expect(Math.max(...e)).toBeCloseTo(16.4, 0);
  });

  it('Erbs diffuse fraction is continuous and bounded', () => {
    expect(erbsDiffuseFraction(0)).toBe(1);
    expect(erbsDiffuseFraction(0.22)).toBeCloseTo(1 - 0.09 * 0.22, 2);
    expect(erbsDiffuseFraction(0.8)).toBeCloseTo(0.165, 2);
    for (let k = 0; k <= 1; k += 0.01) expect(erbsDiffuseFraction(k) > 0.1 && erbsDiffuseFraction(k) <= 1).toBe(true);
  });
});

describe('synthetic weather and PV', () => {
  it('matches every monthly irradiation normal, with and without day-to-day variability', () => {
    for (const name of ['Chengdu', 'Lhasa', 'Harbin', 'Shenzhen']) {
      const c = city(name);
      for (const variability of [true, false]) {
        const w = synthesizeWeather(c, { variability });
        for (let m = 0; m < 12; m++) {
          let s = 0;
          for (let h = MONTH_START_HOUR[m]!; h < MONTH_START_HOUR[m + 1]!; h++) s += w.ghi_w_per_m2[h]!;
          const target = c.ghi_kwh_per_m2_day[m]! * 1000 * ((MONTH_START_HOUR[m + 1]! - MONTH_START_HOUR[m]!) / 24);
          expect(Math.abs(s - target) / target).toBeLessThan(1e-9);
        }
      }
    }
  });

  it('puts sunshine in daytime, sunniest around solar noon (about 12:45 in Chengdu, 104 E)', () => {
    const w = synthesizeWeather(city('Chengdu'), { variability: false });
    const byHour = new Float64Array(24);
    for (let h = 0; h < HOURS_PER_YEAR; h++) byHour[h % 24]! += w.ghi_w_per_m2[h]!;
    expect(byHour[2]).toBe(0);
    expect(byHour[22]).toBe(0);
    const peak = byHour.indexOf(Math.max(...byHour));
    expect([12, 13]).toContain(peak);
    expect(byHour[13]!).toBeGreaterThan(byHour[11]!); // west of 120 E: the day is shifted late
  });

  it('varies from day to day but is bit-identical on rerun', () => {
    const a = synthesizeWeather(city('Beijing'));
    const b = synthesizeWeather(city('Beijing'));
    expect(Buffer.from(a.ghi_w_per_m2.buffer).equals(Buffer.from(b.ghi_w_per_m2.buffer))).toBe(true);
    const days = Array.from({ length: 30 }, (_, d) => a.ghi_w_per_m2.subarray(d * 24, d * 24 + 24).reduce((x, y) => x + y, 0));
    expect(Math.max(...days) / Math.min(...days)).toBeGreaterThan(1.5);
    expect(synthesizeWeather(city('Beijing'), { seed: 99 }).ghi_w_per_m2).not.toEqual(a.ghi_w_per_m2);
  });

  it('yields more facing south than north, and tilt pays off in clear dry climates', () => {
    const w = synthesizeWeather(city('Lhasa'));
    const south = pvFromWeather(w, { tilt_deg: 25, azimuth_deg: 0 }).specific_yield_kwh_per_kwp;
    const north = pvFromWeather(w, { tilt_deg: 25, azimuth_deg: 180 }).specific_yield_kwh_per_kwp;
    const east = pvFromWeather(w, { tilt_deg: 25, azimuth_deg: -90 }).specific_yield_kwh_per_kwp;
    const flat = pvFromWeather(w, { tilt_deg: 0, azimuth_deg: 0 }).specific_yield_kwh_per_kwp;
    expect(south).toBeGreaterThan(east);
    expect(east).toBeGreaterThan(north);
    expect(south / flat).toBeGreaterThan(1.08);
  });

  it('loses output to heat: the same light yields less in a hot climate', () => {
    const cool = city('Kunming');
    const hot = { ...cool, key: 'kunming_hot', temp_c: cool.temp_c.map((t) => t + 15) };
    const a = pvFromWeather(synthesizeWeather(cool), { tilt_deg: 20, azimuth_deg: 0 }).specific_yield_kwh_per_kwp;
    const b = pvFromWeather(synthesizeWeather({ ...hot, key: 'kunming' }), {
      tilt_deg: 20,
      azimuth_deg: 0,
    }).specific_yield_kwh_per_kwp;
    // About 0.35%/K x 15 K = 5%.
    expect(1 - b / a).toBeGreaterThan(0.04);
    expect(1 - b / a).toBeLessThan(0.06);
  });

  it('hourly capacity factors stay physical', () => {
    const p = pvFromWeather(synthesizeWeather(city('Golmud')), { tilt_deg: 31, azimuth_deg: 0 });
    for (const x of p.cf) expect(x >= 0 && x < 1.1).toBe(true);
    expect(p.performance_ratio).toBeGreaterThan(0.78);
    expect(p.performance_ratio).toBeLessThan(0.9);
  });
});

describe('PV specific yields of reference cities', () => {
  const rows = yieldTable();

  it('fall inside the documented plausibility ranges (south, tilt = latitude - 5)', () => {
    for (const [key, [lo, hi]] of Object.entries(YIELD_RANGES)) {
      const r = rows.find((x) => x.city.key === key)!;
      expect(r.yield_kwh_per_kwp, `${key}: ${r.yield_kwh_per_kwp.toFixed(0)} kWh/kWp`).toBeGreaterThanOrEqual(lo);
      expect(r.yield_kwh_per_kwp, `${key}: ${r.yield_kwh_per_kwp.toFixed(0)} kWh/kWp`).toBeLessThanOrEqual(hi);
    }
  });

  it('rank the climates as expected: plateau > Hexi corridor > north China > south China > Sichuan basin', () => {
    const y = (k: string) => rows.find((x) => x.city.key === k)!.yield_kwh_per_kwp;
    expect(y('lhasa')).toBeGreaterThan(y('zhangye'));
    expect(y('zhangye')).toBeGreaterThan(y('beijing'));
    expect(y('beijing')).toBeGreaterThan(y('shenzhen'));
    expect(y('shenzhen')).toBeGreaterThan(y('chengdu'));
    expect(y('chengdu')).toBeGreaterThan(y('chongqing'));
  });

  it('README tables are the computed one (regenerate with npx tsx scripts/bench-yields.ts --write)', () => {
    for (const file of ['../../../core/profiles/README.md', '../../../README.md']) {
      const readme = readFileSync(new URL(file, import.meta.url), 'utf8');
      const table = readme.split('<!-- YIELDS:BEGIN -->')[1]?.split('<!-- YIELDS:END -->')[0]?.trim();
      expect(table, file).toBe(yieldTableMarkdown(rows));
    }
  });

  it('annual GHI helper agrees with the synthetic weather', () => {
    const c = city('Suining');
    const w = synthesizeWeather(c);
    expect(w.ghi_w_per_m2.reduce((a, b) => a + b, 0) / 1000).toBeCloseTo(annualGhi(c).annual_kwh_per_m2, 6);
  });
});
