import { describe, expect, it } from 'vitest';
import {
  createDesign,
  exactQuantile,
  inverseNormalCdf,
  normalCdf,
  P2Quantile,
  quantile,
  sampleValues,
  spearman,
  partialRankCorrelations,
  uniformsOf,
} from '../../../core/uncertainty/index.ts';
import type { Distribution, UncertainInput } from '../../../core/uncertainty/index.ts';

const input = (id: string, distribution: Distribution, group: string | null = null): UncertainInput => ({
  id,
  name: id,
  address: 'settings.grid_factor_decline_rate',
  mode: 'set',
  distribution,
  group,
  source: '',
});

describe('normal distribution helpers', () => {
  it('match tabulated values of the standard normal', () => {
    expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959964, 5);
    expect(inverseNormalCdf(0.5)).toBe(0);
    expect(inverseNormalCdf(0.001)).toBeCloseTo(-3.090232, 5);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
    for (const p of [0.01, 0.2, 0.5, 0.9, 0.999]) expect(normalCdf(inverseNormalCdf(p))).toBeCloseTo(p, 6);
  });
});

describe('quantile functions', () => {
  it('give the hand-computed values of each distribution', () => {
    expect(quantile({ kind: 'uniform', min: 2, max: 4 }, 0.25)).toBe(2.5);
    // Triangle (0, 1, 2): F(1) = 0.5; Q(0.125) = sqrt(0.125 * 2 * 1) = 0.5.
    expect(quantile({ kind: 'triangular', min: 0, mode: 1, max: 2 }, 0.125)).toBeCloseTo(0.5, 12);
    expect(quantile({ kind: 'three_point', low: 0, central: 1, high: 2 }, 0.875)).toBeCloseTo(1.5, 12);
    expect(quantile({ kind: 'normal', mean: 10, sd: 2, min: -100, max: 100 }, 0.975)).toBeCloseTo(13.919928, 4);
    expect(quantile({ kind: 'lognormal', median: 100, sigma_log: 0.5, min: 0, max: 1e6 }, 0.5)).toBeCloseTo(100, 6);
  });

  it('keep truncated normals and lognormals inside their bounds', () => {
    const d: Distribution = { kind: 'normal', mean: 0, sd: 1, min: -0.5, max: 2 };
    for (let u = 0; u < 1; u += 0.01) {
      const x = quantile(d, u);
      expect(x).toBeGreaterThanOrEqual(-0.5);
      expect(x).toBeLessThanOrEqual(2);
    }
    expect(quantile(d, 0)).toBeCloseTo(-0.5, 5);
  });

  it('return the single value of a zero-width distribution exactly', () => {
    expect(quantile({ kind: 'uniform', min: 0.02, max: 0.02 }, 0.7)).toBe(0.02);
    expect(quantile({ kind: 'three_point', low: 0.02, central: 0.02, high: 0.02 }, 0.3)).toBe(0.02);
  });
});

describe('the sample design', () => {
  const inputs = [input('a', { kind: 'uniform', min: 0, max: 1 }), input('b', { kind: 'uniform', min: 0, max: 1 })];

  it('puts exactly one Latin hypercube run in each of the N strata of every input', () => {
    const n = 50;
    const d = createDesign(inputs, 7, n, 'lhs');
    for (let c = 0; c < 2; c++) {
      const strata = new Set(Array.from({ length: n }, (_, i) => Math.floor(uniformsOf(d, i)[c]! * n)));
      expect(strata.size).toBe(n);
    }
  });

  it('gives run i the same numbers however the design is rebuilt or the runs are split', () => {
    const a = createDesign(inputs, 12345, 40, 'lhs');
    const b = createDesign(inputs, 12345, 40, 'lhs');
    const forward = Array.from({ length: 40 }, (_, i) => Array.from(sampleValues(a, inputs, i)));
    const backward = Array.from({ length: 40 }, (_, k) => Array.from(sampleValues(b, inputs, 39 - k))).reverse();
    expect(backward).toEqual(forward);
    const other = createDesign(inputs, 12346, 40, 'lhs');
    expect(Array.from(sampleValues(other, inputs, 0))).not.toEqual(forward[0]);
  });

  it('moves a group together: its inputs share one draw', () => {
    const grouped = [
      input('coal', { kind: 'uniform', min: 800, max: 1000 }, 'fuels'),
      input('gas', { kind: 'uniform', min: 2, max: 4 }, 'fuels'),
      input('free', { kind: 'uniform', min: 0, max: 1 }),
    ];
    const d = createDesign(grouped, 3, 30, 'random');
    expect(d.columns).toBe(2);
    const coal: number[] = [];
    const gas: number[] = [];
    for (let i = 0; i < 30; i++) {
      const v = sampleValues(d, grouped, i);
      coal.push(v[0]!);
      gas.push(v[1]!);
      expect((v[0]! - 800) / 200).toBeCloseTo((v[1]! - 2) / 2, 9);
    }
    expect(spearman(coal, gas)).toBe(1);
  });
});

describe('statistics', () => {
  it('P-square estimates percentiles of long streams within a quarter of a standard deviation', () => {
    // Measured over these 8 streams: median error 0.1 (P50) to 0.15 (P5, P95); worst 2.95 (P5, seed 99).
    const ins = [input('a', { kind: 'normal', mean: 100, sd: 15, min: 0, max: 200 })];
    for (const seed of [1, 2, 3, 5, 6, 7, 99, 100]) {
      const d = createDesign(ins, seed, 4000, 'random');
      const values: number[] = [];
      const qs = [0.05, 0.5, 0.95].map((p) => new P2Quantile(p));
      for (let i = 0; i < 4000; i++) {
        const x = sampleValues(d, ins, i)[0]!;
        values.push(x);
        for (const q of qs) q.add(x);
      }
      values.sort((a, b) => a - b);
      [0.05, 0.5, 0.95].forEach((p, j) => expect(Math.abs(qs[j]!.value() - exactQuantile(values, p))).toBeLessThan(15 / 4));
    }
  });

  it('P-square is exact while warming up', () => {
    const q = new P2Quantile(0.5);
    [3, 1, 2].forEach((x) => q.add(x));
    expect(q.value()).toBe(2);
  });

  it('Spearman gives 1, -1 and the textbook value with ties', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 45])).toBe(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
  });

  it('partial rank correlation equals the textbook first-order partial correlation of the ranks', () => {
    // Two inputs: r_xy.z = (r_xy - r_xz r_zy) / sqrt((1 - r_xz^2)(1 - r_zy^2)) on Spearman values.
    const n = 60;
    const x = Array.from({ length: n }, (_, i) => (i * 37) % n);
    const z = Array.from({ length: n }, (_, i) => (i * 11 + 5) % n);
    const y = x.map((v, i) => v + 0.5 * z[i]! + ((i * 7) % 13));
    const [rxy, rxz, rzy] = [spearman(x, y)!, spearman(x, z)!, spearman(z, y)!];
    const expected = (rxy - rxz * rzy) / Math.sqrt((1 - rxz ** 2) * (1 - rzy ** 2));
    const constant = new Array<number>(n).fill(3);
    const [px, pz, pc, pDup] = partialRankCorrelations([x, z, constant, x.map((v) => 2 * v + 1)], y);
    expect(px).toBeCloseTo(expected, 12);
    expect(pz).not.toBeNull();
    expect(pc).toBeNull(); // a fixed input says nothing
    expect(pDup).toBe(px); // an input moving with another (one group) shares its value
    expect(Math.abs(px!)).toBeGreaterThan(Math.abs(rxy)); // z's share of y taken out
    expect(partialRankCorrelations([x, z], y.slice(0, 3))).toEqual([null, null]); // too few runs
  });
});
