import { describe, expect, it } from 'vitest';
import { followSurplus } from '../../../core/dispatch/index.ts';

/** Four hand-made hours: surplus 0, 1, 3 and 10 MW. */
const load = Float64Array.from([5, 5, 5, 5]);
const gen = Float64Array.from([4, 6, 8, 15]);

function run(units: { capacity_mw: number; min_load_share: number; grid_below_min: boolean }[]) {
  const power = units.map(() => new Float64Array(4));
  const totals = new Float64Array(2 * units.length);
  followSurplus(load, gen, units, power, totals);
  return { power, totals };
}

describe('surplus-following electrolysers (pre-pass)', () => {
  it('take min(capacity, surplus), and switch off below the minimum load', () => {
    const { power, totals } = run([{ capacity_mw: 4, min_load_share: 0.5, grid_below_min: false }]);
    // Surplus 0 and 1 MW are below 2 MW: off; 3 MW taken; 10 MW capped at 4.
    expect([...power[0]!]).toEqual([0, 0, 3, 4]);
    expect(totals[0]).toBe(7);
    expect(totals[1]).toBe(0);
  });

  it('hold the minimum load on grid power when allowed, and count the grid part', () => {
    const { power, totals } = run([{ capacity_mw: 4, min_load_share: 0.5, grid_below_min: true }]);
    expect([...power[0]!]).toEqual([2, 2, 3, 4]);
    expect(totals[0]).toBe(11);
    // Grid: 2 MW in the first hour, 1 MW in the second.
    expect(totals[1]).toBe(3);
  });

  it('share the surplus in measure order', () => {
    const { power } = run([
      { capacity_mw: 2, min_load_share: 0, grid_below_min: false },
      { capacity_mw: 10, min_load_share: 0.2, grid_below_min: false },
    ]);
    expect([...power[0]!]).toEqual([0, 1, 2, 2]);
    // The second sees what the first left: 0, 0, 1 (below its 2 MW minimum: off), 8.
    expect([...power[1]!]).toEqual([0, 0, 0, 8]);
  });
});
