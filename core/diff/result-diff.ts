import type { PlanResults, ScenarioResult } from '../engine/result-schema.ts';
import type { MetricChange, ScenarioOutcome, TargetOutcome } from './schema.ts';

/**
 * What a change did to the results: for each scenario present in both versions (by id), net
 * emissions in 2030 and in each version's horizon year, cumulative net emissions, the NPV of
 * total cost, and every target's pass/fail. 2030 is the milestone of China's peaking
 * commitment, which park plans are reviewed against.
 */
export const MILESTONE_YEAR = 2030;

export function diffOutcomes(a: PlanResults, b: PlanResults): ScenarioOutcome[] {
  const inB = new Map(b.scenarios.map((s) => [s.scenario_id, s]));
  const out: ScenarioOutcome[] = [];
  for (const sa of a.scenarios) {
    const sb = inB.get(sa.scenario_id);
    if (sb === undefined) continue;
    out.push({
      scenario_id: sa.scenario_id,
      name: sb.scenario_name,
      metrics: [
        yearly('net_emissions_2030_tco2', sa, sb, MILESTONE_YEAR, MILESTONE_YEAR),
        yearly('net_emissions_horizon_tco2', sa, sb, a.horizon_year, b.horizon_year),
        metric(
          'cumulative_net_emissions_tco2',
          null,
          null,
          sa.summary.cumulative_net_emissions_tco2,
          sb.summary.cumulative_net_emissions_tco2,
          'tCO2',
        ),
        metric('npv_total_cost_cny', null, null, sa.summary.npv_total_cost_cny, sb.summary.npv_total_cost_cny, 'CNY'),
      ],
      targets: targetOutcomes(sa, sb),
    });
  }
  return out;
}

function netIn(s: ScenarioResult, year: number): number | null {
  return s.years.find((y) => y.year === year)?.emissions.net_tco2 ?? null;
}

function yearly(name: MetricChange['metric'], a: ScenarioResult, b: ScenarioResult, yearA: number, yearB: number): MetricChange {
  const oldValue = netIn(a, yearA);
  const newValue = netIn(b, yearB);
  return metric(name, oldValue === null ? null : yearA, newValue === null ? null : yearB, oldValue, newValue, 'tCO2');
}

function metric(
  name: MetricChange['metric'],
  oldYear: number | null,
  newYear: number | null,
  oldValue: number | null,
  newValue: number | null,
  unit: string,
): MetricChange {
  const delta = oldValue === null || newValue === null ? null : newValue - oldValue;
  return { metric: name, old_year: oldYear, new_year: newYear, old: oldValue, new: newValue, delta, unit };
}

/** Targets of either version, in A's order then B's new ones. */
function targetOutcomes(a: ScenarioResult, b: ScenarioResult): TargetOutcome[] {
  const inA = new Map(a.targets.map((t) => [t.id, t]));
  const inB = new Map(b.targets.map((t) => [t.id, t]));
  const ids = [...inA.keys(), ...[...inB.keys()].filter((id) => !inA.has(id))];
  return ids.map((id) => {
    const ta = inA.get(id);
    const tb = inB.get(id);
    return {
      target_id: id,
      name: tb?.name ?? ta?.name ?? id,
      old_pass: ta?.pass ?? null,
      new_pass: tb?.pass ?? null,
      old_first_failing_year: ta?.first_failing_year ?? null,
      new_first_failing_year: tb?.first_failing_year ?? null,
    };
  });
}

/** True when a target's verdict differs between the versions (incl. added or removed). */
export function targetChanged(t: TargetOutcome): boolean {
  return t.old_pass !== t.new_pass || t.old_first_failing_year !== t.new_first_failing_year;
}
