import { describe, expect, it } from 'vitest';
import { createPathwayInputs, createPathwayWorkspace, flatTariff, runPathwayYear } from '../../../core/dispatch/index.ts';
import type { PathwayProfiles } from '../../../core/dispatch/index.ts';
import { HOURS_PER_YEAR } from '../../../core/profiles/index.ts';

/** Deterministic numbers in [0, 1) (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shape summing to about 1 with some exact-zero hours, as night PV hours are. */
function shape(r: () => number): Float64Array {
  const s = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) s[h] = r() < 0.3 ? 0 : (r() * 2) / HOURS_PER_YEAR;
  return s;
}

/** The definition, one pass per class in class order: target = a0 s0 + 0, then += ai si. */
function definition(shapes: readonly Float64Array[], amounts: readonly number[]): Float64Array {
  const t = new Float64Array(HOURS_PER_YEAR);
  let first = true;
  amounts.forEach((a, c) => {
    if (a === 0) return;
    for (let h = 0; h < HOURS_PER_YEAR; h++) t[h] = first ? a * shapes[c]![h]! + 0 : t[h]! + a * shapes[c]![h]!;
    first = false;
  });
  return t;
}

function sameBits(a: Float64Array, b: Float64Array): boolean {
  for (let h = 0; h < a.length; h++) if (!Object.is(a[h], b[h])) return false;
  return true;
}

describe('hourly load and generation of a pathway year', () => {
  it('are the per-class sums in class order, bit for bit, for 1 to 11 classes with and without zero energies', () => {
    const r = rng(12);
    for (let n = 1; n <= 11; n++) {
      const profiles: PathwayProfiles = {
        load_keys: Array.from({ length: n }, (_, i) => `load-${i}`),
        load_shapes: Array.from({ length: n }, () => shape(r)),
        gen_keys: Array.from({ length: n }, (_, i) => `gen-${i}`),
        gen_shapes: Array.from({ length: n }, () => shape(r)),
      };
      const years = 4;
      const inputs = createPathwayInputs(profiles, 2030, years);
      const ws = createPathwayWorkspace(years);
      for (let y = 0; y < years; y++) {
        // Year 0 every class, year 1 about half, year 2 only the last, year 3 none.
        const pick = (c: number): boolean => (y === 0 ? true : y === 1 ? r() < 0.5 : y === 2 ? c === n - 1 : false);
        const load = Array.from({ length: n }, (_, c) => (pick(c) ? 1 + r() * 1e5 : 0));
        const gen = Array.from({ length: n }, (_, c) => (pick(c) ? r() * 3e4 : 0));
        inputs.load_mwh.set(load, y * n);
        inputs.gen_mwh.set(gen, y * n);
        runPathwayYear(profiles, inputs, y, flatTariff(500, 300), ws);
        expect(sameBits(ws.hourly.load_mw, definition(profiles.load_shapes, load)), `load, ${n} classes, year ${y}`).toBe(true);
        expect(
          sameBits(ws.hourly.generation_mw, definition(profiles.gen_shapes, gen)),
          `generation, ${n} classes, year ${y}`,
        ).toBe(true);
      }
      // A year without any class is zero in every hour, whatever the year before left.
      expect(ws.hourly.load_mw.every((v) => Object.is(v, 0))).toBe(true);
    }
  });
});
