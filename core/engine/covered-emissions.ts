import type { CoveredYear } from '../carbon-market/position.ts';
import { coveredConsumers } from '../carbon-market/result.ts';
import { K, ELEC, HEAT } from './context.ts';
import type { PlanContext } from './context.ts';
import type { YearState } from './apply-measures.ts';

/**
 * The emissions of each enterprise covered by a carbon market, year by year, as the scenario's
 * measures leave them (core/carbon-market/README.md, "What the engine measures"). Collected
 * inside `simulate`, which owns the per-enterprise state; nothing is collected for plans
 * without coverage.
 */
export class CoveredCollector {
  readonly years: CoveredYear[] = [];
  private readonly covered: { index: number; id: string }[];

  private constructor(covered: { index: number; id: string }[]) {
    this.covered = covered;
  }

  /** Null when no enterprise of the plan is covered. */
  static for(ctx: PlanContext): CoveredCollector | null {
    const covered = coveredConsumers(ctx.plan);
    return covered.length === 0 ? null : new CoveredCollector(covered);
  }

  /**
   * One year, after measures. Direct: the enterprise's fossil fuels (and purchased hydrogen) at
   * their factors + its process emissions. Indirect: its purchased heat at the heat factor + its
   * share of the park's electricity demand times the park's scope-2 electricity (on-site PV,
   * storage and green power lower everyone's grid purchase pro rata).
   */
  record(ctx: PlanContext, st: YearState, demandMwh: number, scope2ElecTco2: number): void {
    for (const { index: c, id } of this.covered) {
      let direct = ctx.process[c]! * st.gf[c]!;
      for (let k = 0; k < K; k++) {
        if (k === ELEC || k === HEAT) continue;
        direct += Math.max(0, st.cur[c * K + k]!) * ctx.carriers[k]!.co2_per_unit;
      }
      const elec = Math.max(0, st.cur[c * K + ELEC]!);
      const indirect =
        Math.max(0, st.cur[c * K + HEAT]!) * ctx.heatCo2PerGj + (demandMwh > 0 ? (elec / demandMwh) * scope2ElecTco2 : 0);
      this.years.push({ consumer_id: id, year: st.year, direct_tco2: direct, indirect_tco2: indirect, growth_factor: st.gf[c]! });
    }
  }
}
