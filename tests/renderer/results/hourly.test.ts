import { describe, expect, it } from 'vitest';
import { dayHourGrid, MONTH_START_DAYS } from '../../../renderer/src/results/hourly.ts';

describe('day x hour grid', () => {
  it('puts hour h of day d at [d, h] with its value, and finds the range', () => {
    const values = Array.from({ length: 8760 }, (_, i) => (i % 24) + Math.floor(i / 24) / 1000);
    const grid = dayHourGrid(values);
    expect(grid.days).toBe(365);
    expect(grid.cells).toHaveLength(8760);
    expect(grid.cells[24 * 100 + 13]).toEqual([100, 13, 13 + 0.1]);
    expect(grid.min).toBe(0);
    expect(grid.max).toBeCloseTo(23.364, 9);
  });

  it('is empty for no hours, and months start where a 365-day calendar says', () => {
    expect(dayHourGrid([])).toEqual({ days: 0, cells: [], min: 0, max: 0 });
    expect(MONTH_START_DAYS).toHaveLength(12);
    expect(MONTH_START_DAYS[2]).toBe(31 + 28);
  });
});
