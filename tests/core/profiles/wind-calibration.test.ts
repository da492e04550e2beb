import { describe, expect, it } from 'vitest';
import { mulberry32, powerCurve, WIND_DEFAULTS } from '../../../core/profiles/index.ts';
import { fullLoadHoursBelow } from '../../../core/profiles/wind-calibration.ts';

/** The hour-by-hour full-load hours, summed in hour order as wind.ts does. */
function exactHours(speeds: Float64Array, scale: number): number {
  const net = 1 - WIND_DEFAULTS.losses;
  let sum = 0;
  for (const v of speeds) sum += powerCurve(v * scale, 3, 11.5, 25) * net;
  return sum;
}

/** Rayleigh-like hub speeds with a few calm and storm hours, seeded. */
function speeds(seed: number): Float64Array {
  const rand = mulberry32(seed);
  const v = new Float64Array(8760);
  for (let h = 0; h < v.length; h++) v[h] = h % 97 === 0 ? 0 : Math.sqrt(-2 * Math.log(1 - rand())) * (h % 500 === 1 ? 9 : 1);
  return v;
}

describe('wind calibration shortcut', () => {
  it('never contradicts the hour-by-hour sum, and declines only close to the target', () => {
    let answered = 0;
    let declined = 0;
    for (const seed of [1, 2, 3]) {
      const v = speeds(seed);
      for (const target of [0, 800, 2200, 4000]) {
        // A bisection's midpoints: far from the root first, then ever closer to it.
        let lo = 0;
        let hi = 15;
        for (let i = 0; i < 60; i++) {
          const mid = (lo + hi) / 2;
          const exact = exactHours(v, mid) < target;
          const quick = fullLoadHoursBelow(v, mid, { ...WIND_DEFAULTS }, target);
          if (quick === null) {
            declined++;
            expect(Math.abs(exactHours(v, mid) - target)).toBeLessThan(1e-3);
          } else {
            answered++;
            expect(quick).toBe(exact);
          }
          if (exact) lo = mid;
          else hi = mid;
        }
      }
    }
    expect(answered).toBeGreaterThan(300);
    expect(declined).toBeGreaterThan(50);
  });

  it('declines speeds it cannot sort and curves it cannot bound', () => {
    const v = speeds(4);
    v[10] = NaN;
    expect(fullLoadHoursBelow(v, 3, { ...WIND_DEFAULTS }, 2000)).toBeNull();
    expect(fullLoadHoursBelow(speeds(5), 3, { ...WIND_DEFAULTS, cut_in_m_per_s: 12 }, 2000)).toBeNull();
  });
});
