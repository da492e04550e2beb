import { describe, expect, it } from 'vitest';
import {
  CONSUMER_LOAD_SHAPES,
  dayTypeOfDay,
  electrolyserShape,
  EXTRA_LOAD_SHAPES,
  findCityClimate,
  HOURS_PER_YEAR,
  loadShape,
  MONTH_START_HOUR,
  powerCurve,
  pvFromWeather,
  synthesizeWeather,
  windProfile,
} from '../../../core/profiles/index.ts';

const city = (name: string) => findCityClimate(name)!;
const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

describe('wind profiles', () => {
  it('uses the generic power curve (cut-in 3, rated 11.5, cut-out 25 m/s)', () => {
    expect(powerCurve(2.9, 3, 11.5, 25)).toBe(0);
    expect(powerCurve(3, 3, 11.5, 25)).toBe(0);
    expect(powerCurve(7, 3, 11.5, 25)).toBeCloseTo((343 - 27) / (11.5 ** 3 - 27), 12);
    expect(powerCurve(11.5, 3, 11.5, 25)).toBe(1);
    expect(powerCurve(24.9, 3, 11.5, 25)).toBe(1);
    expect(powerCurve(25, 3, 11.5, 25)).toBe(0);
  });

  it('calibrates to the given full-load hours and reports the speed scale', () => {
    for (const flh of [1500, 2300, 3000]) {
      const w = windProfile(city('Suining'), { hub_height_m: 110, full_load_hours: flh });
      expect(w.calibrated).toBe(true);
      expect(Math.abs(w.full_load_hours - flh)).toBeLessThan(0.5);
      expect(sum(w.cf)).toBeCloseTo(w.full_load_hours, 6);
      expect(w.speed_scale).toBeGreaterThan(1); // urban 10 m station speeds understate a wind site
      for (const x of w.cf) expect(x >= 0 && x <= 0.9 + 1e-12).toBe(true);
    }
  });

  it('flags an unreachable target instead of pretending', () => {
    const w = windProfile(city('Suining'), { hub_height_m: 110, full_load_hours: 7900 });
    expect(w.calibrated).toBe(false);
    expect(w.full_load_hours).toBeLessThan(7900);
  });

  it('without a target, grows with hub height and with windier climates', () => {
    const low = windProfile(city('Zhangjiakou'), { hub_height_m: 60 }).full_load_hours;
    const high = windProfile(city('Zhangjiakou'), { hub_height_m: 140 }).full_load_hours;
    expect(high).toBeGreaterThan(low);
    expect(windProfile(city('Zhangjiakou'), { hub_height_m: 100 }).full_load_hours).toBeGreaterThan(
      windProfile(city('Chengdu'), { hub_height_m: 100 }).full_load_hours,
    );
  });

  it('keeps each month at its normal mean speed (sheared to hub height) and persists hour to hour', () => {
    const c = city('Jiuquan');
    const w = windProfile(c, { hub_height_m: 100 });
    expect(w.mean_hub_speed_m_per_s).toBeCloseTo(
      (c.wind_10m_m_per_s.reduce((a, b, m) => a + b * (MONTH_START_HOUR[m + 1]! - MONTH_START_HOUR[m]!), 0) / HOURS_PER_YEAR) *
        10 ** 0.14,
      6,
    );
    // Lag-1 autocorrelation of the output is high (synoptic persistence), not white noise.
    const mean = sum(w.cf) / HOURS_PER_YEAR;
    let num = 0;
    let den = 0;
    for (let h = 0; h < HOURS_PER_YEAR; h++) {
      den += (w.cf[h]! - mean) ** 2;
      if (h > 0) num += (w.cf[h]! - mean) * (w.cf[h - 1]! - mean);
    }
    expect(num / den).toBeGreaterThan(0.8);
  });

  it('is bit-identical on rerun', () => {
    const a = windProfile(city('Hohhot'), { hub_height_m: 100, full_load_hours: 2600 });
    const b = windProfile(city('Hohhot'), { hub_height_m: 100, full_load_hours: 2600 });
    expect(Buffer.from(a.cf.buffer).equals(Buffer.from(b.cf.buffer))).toBe(true);
  });
});

describe('load shapes', () => {
  const mean = (s: Float64Array, pick: (h: number) => boolean) => {
    let t = 0;
    let n = 0;
    for (let h = 0; h < HOURS_PER_YEAR; h++)
      if (pick(h)) {
        t += s[h]!;
        n++;
      }
    return t / n;
  };
  const weekday = (h: number) => dayTypeOfDay(Math.floor(h / 24)) === 'weekday';
  const sunday = (h: number) => dayTypeOfDay(Math.floor(h / 24)) === 'sunday';
  const month = (m: number) => (h: number) => h >= MONTH_START_HOUR[m]! && h < MONTH_START_HOUR[m + 1]!;

  it('every shape has 8760 non-negative values summing to 1', () => {
    for (const s of [...CONSUMER_LOAD_SHAPES, ...EXTRA_LOAD_SHAPES]) {
      const x = loadShape(s);
      expect(x).toHaveLength(HOURS_PER_YEAR);
      expect(Math.abs(sum(x) - 1)).toBeLessThan(1e-12);
      for (const v of x) expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it('a data centre is nearly flat (load factor above 0.85) with more cooling in the hot months', () => {
    const d = loadShape('data_centre');
    let max = 0;
    for (const v of d) max = Math.max(max, v);
    expect(1 / HOURS_PER_YEAR / max).toBeGreaterThan(0.85);
    expect(mean(d, month(6))).toBeGreaterThan(mean(d, month(0)) * 1.05);
    expect(mean(d, weekday) / mean(d, sunday)).toBeLessThan(1.02);
  });

  it('shift work and offices drop at weekends; continuous process barely', () => {
    for (const s of ['two_shift', 'office'] as const)
      expect(mean(loadShape(s), weekday) / mean(loadShape(s), sunday)).toBeGreaterThan(2);
    const c = loadShape('continuous');
    expect(mean(c, weekday) / mean(c, sunday)).toBeLessThan(1.05);
  });

  it('two-shift plants run 08:00-24:00 and idle at night', () => {
    const s = loadShape('two_shift');
    const at = (hr: number) => mean(s, (h) => weekday(h) && h % 24 === hr);
    expect(at(10) / at(3)).toBeGreaterThan(3);
    expect(at(21) / at(3)).toBeGreaterThan(3);
  });

  it('cold stores and offices follow the season of the park climate', () => {
    const harbin = city('Harbin').temp_c;
    const cold = loadShape('cold_storage', { monthly_temp_c: harbin });
    expect(mean(cold, month(6)) / mean(cold, month(0))).toBeGreaterThan(1.5);
    const office = loadShape('office', { monthly_temp_c: city('Wuhan').temp_c });
    expect(mean(office, month(6))).toBeGreaterThan(mean(office, month(3)));
    expect(() => loadShape('office', { monthly_temp_c: [1, 2] })).toThrow(/12 values/);
  });

  it('vehicles charge at night', () => {
    const ev = loadShape('ev_night');
    const night = mean(ev, (h) => h % 24 >= 22 || h % 24 < 6);
    const afternoon = mean(ev, (h) => h % 24 >= 15 && h % 24 < 20);
    expect(afternoon).toBe(0);
    expect(night).toBeGreaterThan(0);
  });

  it('electrolysers run in the sunniest hours (solar) or flat', () => {
    const pv = pvFromWeather(synthesizeWeather(city('Zhangye')), { tilt_deg: 30, azimuth_deg: 0 }).cf;
    const solar = electrolyserShape('solar', 3000, pv);
    expect(Math.abs(sum(solar) - 1)).toBeLessThan(1e-9);
    const on = Array.from(solar).filter((x) => x > 0);
    expect(on).toHaveLength(3000);
    for (let h = 0; h < HOURS_PER_YEAR; h++) if (solar[h]! > 0) expect(pv[h]!).toBeGreaterThan(0);
    const allYear = electrolyserShape('solar', 8000, pv);
    expect(Array.from(allYear).filter((x) => x > 0)).toHaveLength(8000);
    const flat = electrolyserShape('flat', 3000, pv);
    expect(flat[0]).toBeCloseTo(1 / HOURS_PER_YEAR, 15);
    expect(sum(electrolyserShape('solar', 0, pv))).toBe(0);
  });
});
