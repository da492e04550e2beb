import { describe, expect, it } from 'vitest';
import { clusterDays, expandSeries, reduceSeries, HOURS_PER_YEAR } from '../../../core/optimise/rep-days.ts';
import { mulberry32 } from '../../../core/profiles/prng.ts';

/** A year with seasons, weekdays, a solar shape and noise: enough structure to cluster. */
function year(seed: number) {
  const rnd = mulberry32(seed);
  const load = new Float64Array(HOURS_PER_YEAR);
  const pv = new Float64Array(HOURS_PER_YEAR);
  const price = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const d = Math.floor(h / 24),
      hr = h % 24;
    const season = Math.cos((2 * Math.PI * (d - 200)) / 365);
    const cloud = 0.4 + 0.6 * rnd();
    pv[h] = hr >= 6 && hr <= 18 ? Math.sin((Math.PI * (hr - 6)) / 12) * (0.7 + 0.3 * season) * cloud : 0;
    load[h] = 50 + 15 * season + (d % 7 < 5 ? 20 : 0) + (hr >= 8 && hr <= 20 ? 10 : 0) + 3 * rnd();
    price[h] = hr >= 10 && hr < 21 ? 960 : hr < 7 || hr === 23 ? 240 : 600;
  }
  return { load, pv, price };
}

describe('clusterDays', () => {
  const y = year(7);
  const features = [{ values: y.load }, { values: y.pv }, { values: y.price, weight: 0.5 }];
  const net = y.load.map((l, i) => l - 40 * y.pv[i]!);

  it('weights sum to 365, every real day maps to a representative, the peak day is one of weight 1', () => {
    const r = clusterDays(features, { days: 12, peak_series: net });
    expect(r.days).toHaveLength(12);
    expect(r.weights.reduce((a, b) => a + b, 0)).toBe(365);
    expect(r.days).toContain(r.peak_day);
    expect(r.weights[r.days.indexOf(r.peak_day)]).toBe(1);
    let peakHour = 0;
    for (let h = 1; h < HOURS_PER_YEAR; h++) if (net[h]! > net[peakHour]!) peakHour = h;
    expect(r.peak_day).toBe(Math.floor(peakHour / 24));
    const counts = new Array<number>(12).fill(0);
    for (const k of r.day_to_rep) counts[k]!++;
    expect(counts).toEqual(r.weights);
    // each representative represents itself
    r.days.forEach((d, i) => expect(r.day_to_rep[d]).toBe(i));
  });

  it('is deterministic', () => {
    const a = clusterDays(features, { days: 10, peak_series: net });
    const b = clusterDays(features, { days: 10, peak_series: net });
    expect(b).toEqual(a);
  });

  it('reconstruction error falls as days are added, to zero at 365', () => {
    const errs = [3, 6, 12, 24, 48].map((k) => clusterDays(features, { days: k, peak_series: net }).error);
    for (let i = 1; i < errs.length; i++) expect(errs[i]!).toBeLessThan(errs[i - 1]!);
    expect(clusterDays(features, { days: 365, peak_series: net }).error).toBe(0);
  });

  it('reduceSeries keeps the annual sum when asked and expandSeries rebuilds a year', () => {
    const r = clusterDays(features, { days: 8, peak_series: net });
    const red = reduceSeries(y.pv, r, { preserve_sum: true });
    let weighted = 0;
    red.forEach((v, i) => (weighted += v * r.weights[Math.floor(i / 24)]!));
    const annual = y.pv.reduce((a, b) => a + b, 0);
    expect(weighted).toBeCloseTo(annual, 6);
    const full = expandSeries(reduceSeries(y.load, r), r);
    expect(full.slice(r.peak_day * 24, r.peak_day * 24 + 24)).toEqual(y.load.slice(r.peak_day * 24, r.peak_day * 24 + 24));
  });

  it('refuses a day count outside 2..365 and series of the wrong length, saying which', () => {
    expect(() => clusterDays(features, { days: 1, peak_series: net })).toThrow(/2 to 365/);
    expect(() => clusterDays([{ values: new Float64Array(100) }], { days: 4, peak_series: net })).toThrow(/series 0 has 100/);
  });
});
