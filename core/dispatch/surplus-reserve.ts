import { PEAK_PERIOD_INDEX } from './tariff.ts';

/**
 * Day-ahead room for the on-site surplus, a pre-pass before a grid-charging storage rule
 * (README, "Room kept for the surplus"). A park EMS that buys valley electricity for the
 * battery knows tomorrow's PV forecast: it leaves empty the part of the battery that the
 * surplus will fill, instead of filling it from the grid at night and curtailing the noon
 * surplus (what the rule did before: in the Suining sample 0.9 of 28.9 GWh charged in 2030
 * came from PV).
 *
 * The expected net flow into the battery in hour j, in stored energy:
 *   in[j]  = eta x min(surplus[j], P)            hours with on-site surplus
 *   in[j]  = -min(deficit[j], P) / eta           hours in which the rule discharges
 *   in[j]  = 0                                   otherwise
 * and, backwards from the end of the hours,
 *   reserve[h] = min(E, max(0, in[h+1] + reserve[h+1])),   reserve[last] = 0
 * that is, the most the stored energy will rise above its level at the end of hour h at any
 * later point (the running maximum of the partial sums of in[]), capped by the usable energy E.
 * surplus = max(0, generation - load) with the load including the surplus-following
 * electrolysers (their pre-pass runs first), so it is the surplus they leave; P caps what the
 * battery takes or gives in an hour. Charging from the grid only up to E - reserve[h] then
 * never pushes later surplus to export or curtailment: the energy the battery will give in the
 * discharge hours before that surplus counts as room (in Sichuan the morning peak 10:00-12:00
 * empties part of the battery before the noon surplus, and the reserve leaves exactly that
 * part to the surplus). If less is stored than assumed, later stored energy is lower at every
 * hour, never higher, so the room only grows. No foresight past the end of [from, to).
 *
 * The rule's grid charge then reads `room = (E - reserve[h] - soc) / eta`: one subtraction in
 * the hourly loop, and with reserve 0 the same bits as before.
 */

/**
 * Writes reserve[from..to) (MWh of stored energy). The rule discharges in an hour whose deficit
 * exceeds `targetMw`: TOU arbitrage passes its periods (only peak and critical-peak hours,
 * `period[h] <= PEAK_PERIOD_INDEX`) and target 0; peak shaving passes no periods (any hour) and
 * its import target T >= 0, so it discharges min(deficit - T, P).
 */
export function surplusReserve(
  load: Float64Array,
  gen: Float64Array,
  period: Uint8Array | null,
  targetMw: number,
  powerMw: number,
  usableMwh: number,
  eta: number,
  reserve: Float64Array,
  from: number,
  to: number,
): void {
  // need = min(max(need + up + down, 0), E) with at most one of up and down not zero (a
  // surplus hour does not discharge), so each hour adds one term and clamps on the side it
  // can cross: the same numbers with a shorter chain from one hour to the next (the pass is a
  // fifth of an arbitrage year). Adding a zero, or clamping where the bound cannot be crossed,
  // changes no bit; `!(need > 0)` also maps a -0 to 0 as Math.max did.
  const peak = PEAK_PERIOD_INDEX;
  let need = 0;
  for (let h = to - 1; h >= from; h--) {
    reserve[h] = need;
    const d = gen[h]! - load[h]!;
    if (d > 0) {
      need += eta * (d < powerMw ? d : powerMw);
      if (need > usableMwh) need = usableMwh;
    } else if (period === null || period[h]! <= peak) {
      const x = d + targetMw;
      if (x < 0) {
        need += (x > -powerMw ? x : -powerMw) / eta;
        if (!(need > 0)) need = 0;
      }
    }
  }
}
