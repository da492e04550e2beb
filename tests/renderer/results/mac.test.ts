import { describe, expect, it } from 'vitest';
import { macAxisRange, niceBound, shapeMacCurve } from '../../../renderer/src/results/mac.ts';
import type { MacEntry } from '../../../core/engine/result-schema.ts';
import { leafAndParent, sampleResult } from './sample.ts';

function entry(id: string, mac: number | null, width: number): MacEntry {
  return {
    measure_id: id,
    name: id,
    kind: 'pv',
    npv_cost_cny: 0,
    cumulative_abatement_tco2: width * 10,
    discounted_abatement_tco2: width * 8,
    average_annual_abatement_tco2: width,
    mac_cny_per_tco2: mac,
    status: mac === null ? 'none' : 'abates',
    note: '',
  };
}

describe('MAC curve geometry', () => {
  it('sorts bars by cost, lays them edge to edge from zero with width = average annual abatement', () => {
    const curve = shapeMacCurve([entry('c', 300, 5), entry('a', -50, 10), entry('b', 120, 2.5)]);
    expect(curve.bars.map((b) => b.measureId)).toEqual(['a', 'b', 'c']);
    expect(curve.bars.map((b) => [b.x0, b.x1])).toEqual([
      [0, 10],
      [10, 12.5],
      [12.5, 17.5],
    ]);
    expect(curve.totalAbatement).toBe(17.5);
    expect(curve.bars.map((b) => b.mac)).toEqual([-50, 120, 300]);
  });

  it('leaves measures without a MAC or without abatement off the curve', () => {
    const curve = shapeMacCurve([entry('none', null, 0), entry('adds', 40, -3), entry('ok', 10, 1)]);
    expect(curve.bars.map((b) => b.measureId)).toEqual(['ok']);
    expect(curve.off.map((e) => e.measure_id)).toEqual(['none', 'adds']);
  });

  it('holds for the sample’s real MAC run', () => {
    const r = sampleResult(leafAndParent().leaf, true);
    const curve = shapeMacCurve(r.mac);
    expect(curve.bars.length + curve.off.length).toBe(r.mac.length);
    curve.bars.forEach((b, i) => {
      expect(b.x1 - b.x0).toBeCloseTo(b.entry.average_annual_abatement_tco2, 9);
      if (i > 0) {
        expect(b.x0).toBe(curve.bars[i - 1]!.x1);
        expect(b.mac).toBeGreaterThanOrEqual(curve.bars[i - 1]!.mac);
      }
    });
  });

  it('cuts a lone outlier so the other bars stay readable, and only then', () => {
    const normal = shapeMacCurve([entry('a', 100, 1), entry('b', 200, 1), entry('c', -80, 1)]);
    expect(macAxisRange(normal.bars)).toEqual({ min: -80, max: 200, clipped: new Set() });
    const outlier = shapeMacCurve([entry('a', 100, 1), entry('b', 200, 1), entry('huge', 5_000_000, 0.01)]);
    const range = macAxisRange(outlier.bars);
    expect(range.clipped).toEqual(new Set(['huge']));
    expect(range.max).toBe(300);
    expect(range.min).toBe(0);
  });
});

describe('MAC axis ends', () => {
  it('round up to 1, 2 or 5 x 10^k with the sign kept', () => {
    expect(niceBound(300)).toBe(500);
    expect(niceBound(4_100)).toBe(5_000);
    expect(niceBound(-7_600)).toBe(-10_000);
    expect(niceBound(200)).toBe(200);
    expect(niceBound(0)).toBe(0);
  });
});
