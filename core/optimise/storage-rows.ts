import type { LpBuilder, Terms } from './lp.ts';
import { HOURS_PER_DAY, DAYS_PER_YEAR } from './rep-days.ts';
import type { Period, StorageCandidate } from './problem.ts';

/**
 * Storage rows (Kotzur et al. 2018): intra-day state of charge as a deviation from the start
 * of each representative day, the state at each real day's start linked day to day through
 * the deviation its representative ends with, and the intra-day extremes kept within the
 * energy window from each real day's start.
 */
export function addStorage(
  b: LpBuilder,
  p: Period,
  tag: string,
  T: number,
  ch: number,
  dis: number,
  cand: StorageCandidate | undefined,
  cap: ReadonlyMap<string, number>,
  ex: Period['existing_storage'],
): void {
  const K = T / HOURS_PER_DAY;
  const P0 = ex?.power_mw ?? 0;
  const E0 = ex?.usable_mwh ?? 0;
  const rte = cand?.round_trip_efficiency ?? ex!.round_trip_efficiency;
  const eta = Math.sqrt(rte);
  const pCol = cand ? cap.get(`${cand.id}:power`)! : -1;
  const eCol = cand ? cap.get(`${cand.id}:energy`)! : -1;
  for (let t = 0; t < T; t++) {
    b.addRow(
      `pch_${tag}_${t}`,
      -Infinity,
      P0,
      pCol >= 0
        ? [
            [ch + t, 1],
            [pCol, -1],
          ]
        : [[ch + t, 1]],
    );
    b.addRow(
      `pdis_${tag}_${t}`,
      -Infinity,
      P0,
      pCol >= 0
        ? [
            [dis + t, 1],
            [pCol, -1],
          ]
        : [[dis + t, 1]],
    );
  }
  if (cand && pCol >= 0) {
    b.addRow(`emax_${tag}`, -Infinity, 0, [
      [eCol, 1],
      [pCol, -(cand.max_hours ?? 8)],
    ]);
    b.addRow(`emin_${tag}`, 0, Infinity, [
      [eCol, 1],
      [pCol, -(cand.min_hours ?? 0.5)],
    ]);
  }
  // s[k][h], h = 1..24: deviation after hour h of representative day k (s[k][0] = 0).
  const s = b.n_cols;
  for (let k = 0; k < K; k++) for (let h = 1; h <= HOURS_PER_DAY; h++) b.addCol(`soc_${tag}_${k}_${h}`, -Infinity, Infinity);
  const smax = b.n_cols;
  for (let k = 0; k < K; k++) b.addCol(`socmax_${tag}_${k}`, 0, Infinity);
  const smin = b.n_cols;
  for (let k = 0; k < K; k++) b.addCol(`socmin_${tag}_${k}`, -Infinity, 0);
  for (let k = 0; k < K; k++)
    for (let h = 1; h <= HOURS_PER_DAY; h++) {
      const t = k * HOURS_PER_DAY + h - 1;
      const cur = s + k * HOURS_PER_DAY + h - 1;
      const terms: Terms = [
        [cur, 1],
        [ch + t, -eta],
        [dis + t, 1 / eta],
      ];
      if (h > 1) terms.push([cur - 1, -1]);
      b.addRow(`soc_${tag}_${k}_${h}`, 0, 0, terms);
      b.addRow(`socmaxr_${tag}_${k}_${h}`, 0, Infinity, [
        [smax + k, 1],
        [cur, -1],
      ]);
      b.addRow(`socminr_${tag}_${k}_${h}`, -Infinity, 0, [
        [smin + k, 1],
        [cur, -1],
      ]);
    }
  // S[d]: stored energy at the start of real day d, cyclic over the year.
  const S = b.n_cols;
  for (let d = 0; d < DAYS_PER_YEAR; d++) b.addCol(`inter_${tag}_${d}`, 0, Infinity);
  const usable = cand?.usable_share ?? 1;
  for (let d = 0; d < DAYS_PER_YEAR; d++) {
    const k = p.days.day_to_rep[d]!;
    const next = S + ((d + 1) % DAYS_PER_YEAR);
    b.addRow(`link_${tag}_${d}`, 0, 0, [
      [next, 1],
      [S + d, -1],
      [s + k * HOURS_PER_DAY + HOURS_PER_DAY - 1, -1],
    ]);
    const top: Terms = [
      [S + d, 1],
      [smax + k, 1],
    ];
    if (eCol >= 0) top.push([eCol, -usable]);
    b.addRow(`top_${tag}_${d}`, -Infinity, E0, top);
    b.addRow(`bottom_${tag}_${d}`, 0, Infinity, [
      [S + d, 1],
      [smin + k, 1],
    ]);
  }
}
