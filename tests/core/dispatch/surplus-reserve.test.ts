import { describe, expect, it } from 'vitest';
import { surplusReserve } from '../../../core/dispatch/surplus-reserve.ts';
import { mulberry32 } from '../../../core/profiles/index.ts';

/** The recurrence as README "Room kept for the surplus" writes it, term by term. */
function byDefinition(
  load: Float64Array,
  gen: Float64Array,
  period: Uint8Array | null,
  target: number,
  power: number,
  usable: number,
  eta: number,
): Float64Array {
  const reserve = new Float64Array(load.length);
  let need = 0;
  for (let h = load.length - 1; h >= 0; h--) {
    reserve[h] = need;
    const d = gen[h]! - load[h]!;
    const up = eta * Math.min(Math.max(d, 0), power);
    const discharges = period === null || period[h]! <= 1;
    const down = discharges ? Math.max(Math.min(d + target, 0), -power) / eta : 0;
    need = Math.min(Math.max(need + up + down, 0), usable);
  }
  return reserve;
}

describe('room kept for the surplus', () => {
  it('is the recurrence of its definition, bit for bit, for arbitrage and peak shaving', () => {
    const rand = mulberry32(99);
    const n = 24 * 30;
    let positive = 0;
    for (let trial = 0; trial < 60; trial++) {
      const load = new Float64Array(n);
      const gen = new Float64Array(n);
      const period = new Uint8Array(n);
      for (let h = 0; h < n; h++) {
        load[h] = 50 + 50 * rand();
        const sun = h % 24 > 8 && h % 24 < 17;
        // Some hours with generation exactly equal to the load.
        gen[h] = sun ? (rand() < 0.1 ? load[h]! : 150 * rand()) : 0;
        period[h] = Math.floor(rand() * 4);
      }
      const power = trial % 10 === 0 ? 0 : 5 + 60 * rand();
      const usable = trial % 15 === 1 ? 0 : 10 + 300 * rand();
      const eta = Math.sqrt(0.8 + 0.2 * rand());
      for (const [p, target] of [
        [period, 0],
        [null, 0],
        [null, 40 * rand()],
      ] as const) {
        const got = new Float64Array(n).fill(NaN);
        surplusReserve(load, gen, p, target, power, usable, eta, got, 0, n);
        const want = byDefinition(load, gen, p, target, power, usable, eta);
        for (let h = 0; h < n; h++) if (!Object.is(got[h], want[h])) expect([h, got[h]]).toEqual([h, want[h]]);
        if (got.some((x) => x > 0)) positive++;
      }
    }
    expect(positive).toBeGreaterThan(100);
  });

  it('writes only the hours asked for and looks no further than their end', () => {
    const load = new Float64Array(48).fill(10);
    const gen = new Float64Array(48);
    for (let h = 30; h < 36; h++) gen[h] = 40;
    const reserve = new Float64Array(48).fill(-1);
    surplusReserve(load, gen, null, 0, 20, 100, 1, reserve, 24, 30);
    expect([...reserve.subarray(0, 24)].every((x) => x === -1)).toBe(true);
    expect([...reserve.subarray(24, 30)].every((x) => x === 0)).toBe(true);
    surplusReserve(load, gen, null, 0, 20, 100, 1, reserve, 0, 48);
    expect(reserve[29]).toBe(100);
  });
});
