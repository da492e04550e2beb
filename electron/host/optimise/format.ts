import type { Plan } from '../../../core/model/plan.ts';
import { UNSUPPORTED_KINDS } from '../../../core/optimise/plan-candidates.ts';
import type { PlanOptimiseResult } from './optimise-plan.ts';

/**
 * The CLI's table: what to build, the LP's estimate beside the engine's result (cost and each
 * target), and the model's size and timings. Plain words for the outcome, never a solver status.
 * English like the other CLI tables; the infeasibility sentences come in English or Chinese.
 */

const STATUS: Record<PlanOptimiseResult['status'], string> = {
  meets_all: 'the engine finds every target met in every year',
  misses: 'the engine still finds some targets missed after the last round (below)',
  infeasible: 'no plan of these candidates within their bounds meets every target; the plan below misses them least',
  time_limit: 'the solver ran out of time before finding the plan',
  failed: 'the solver could not finish on this model',
};

const UNSUPPORTED_EN: Record<(typeof UNSUPPORTED_KINDS)[number], string> = {
  fuel_switch: 'fuel switches',
  efficiency: 'efficiency',
  waste_heat: 'waste heat',
  green_hydrogen: 'electrolysers',
  transport: 'vehicles',
  carbon_sink: 'sinks',
  ccus: 'CCUS',
};

const n0 = (v: number) => Math.round(v).toLocaleString('en-US');
const mcny = (v: number | null) =>
  v === null ? 'n/a' : `${(v / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} M CNY`;

function value(v: number | null, share: boolean): string {
  if (v === null) return '-';
  if (Math.abs(v) < 1e-6) v = 0; // solver dust, not a value
  if (share) return `${(v * 100).toFixed(1)}%`;
  const a = Math.abs(v);
  return a >= 100 ? n0(v) : v.toPrecision(4);
}

export function formatOptimiseResult(plan: Plan, r: PlanOptimiseResult): string {
  const lines: string[] = [];
  const measureName = (id: string) => plan.scenarios.flatMap((s) => s.measures).find((m) => m.id === id)?.name ?? id;
  lines.push(`Least-cost plan: ${STATUS[r.status]}`);
  if (r.scenario) lines.push(`New scenario: ${r.scenario.id} ("${r.scenario.name}"), child of ${r.scenario.parent_id}`);
  lines.push(
    `Candidates sized: ${r.candidates.map(measureName).join(', ') || 'none (the base scenario already has every measure of the plan)'}`,
  );
  if (UNSUPPORTED_KINDS.length > 0)
    lines.push(`Not sized yet (kept as in the base scenario): ${UNSUPPORTED_KINDS.map((k) => UNSUPPORTED_EN[k]).join(', ')}`);
  if (r.scenario) {
    lines.push('', 'Builds:');
    if (r.scenario.measures.length === 0) lines.push('  nothing: building none of the candidates is cheapest');
    for (const m of r.scenario.measures) lines.push(`  ${m.start_year}  ${m.name}: ${size(m)}`);
  }
  lines.push(
    '',
    'Present cost against the base scenario (excluding the carbon price):',
    `  LP estimate ${mcny(r.lp.delta_cost_cny)}  |  engine ${mcny(r.engine?.delta_cost_cny ?? null)}`,
  );
  if (r.emissions.length > 0) {
    lines.push('', 'Net emissions, tCO2 (LP estimate | engine):');
    const shown = r.emissions.filter((e, i) => i === 0 || i === r.emissions.length - 1 || e.year % 5 === 0);
    for (const e of shown) lines.push(`    ${e.year}  ${n0(e.lp_net_tco2).padStart(12)}  ${n0(e.engine_net_tco2).padStart(12)}`);
  }
  if (r.comparisons.length > 0) {
    lines.push('', 'Targets (LP estimate | engine | limit):');
    const periodStarts = new Set((r.scenario?.measures ?? []).map((m) => m.start_year));
    const judged = new Set(r.comparisons.map((c) => c.target_id));
    for (const t of plan.targets.filter((x) => judged.has(x.id))) {
      const rows = r.comparisons.filter((c) => c.target_id === t.id);
      if (rows.length === 0) continue;
      const share = t.kind === 'limit' && /share|rate|utilisation/.test(t.indicator);
      const missed = rows.filter((c) => !c.engine_pass);
      lines.push(
        `  ${t.name}: ${missed.length === 0 ? 'met in every year' : `missed in ${missed.length} of ${rows.length} years`}`,
      );
      const shown = rows.filter(
        (c, i) => i === 0 || i === rows.length - 1 || !c.engine_pass || periodStarts.has(c.year) || c.year % 5 === 0,
      );
      for (const c of shown.slice(0, 12))
        lines.push(
          `    ${c.year}  ${value(c.lp_value, share).padStart(12)}  ${value(c.engine_value, share).padStart(12)}  ${value(c.limit, share).padStart(12)}  ${c.engine_pass ? 'met' : 'MISSED'}`,
        );
    }
  }
  const lp = r.lp;
  lines.push(
    '',
    `LP: ${n0(lp.size.columns)} columns, ${n0(lp.size.rows)} rows, ${n0(lp.size.nonzeros)} non-zeros; ` +
      `prepare ${(r.prepare_ms / 1000).toFixed(1)} s, build ${(lp.build_ms / 1000).toFixed(1)} s, solve ${lp.solve_s.toFixed(1)} s ` +
      `(${n0(lp.iterations)} iterations), ${r.rounds} round(s); engine check ${((r.engine?.check_ms ?? 0) / 1000).toFixed(1)} s`,
  );
  return lines.join('\n');
}

function size(m: { kind: string; params: Record<string, unknown> }): string {
  const p = m.params;
  if (m.kind === 'pv' || m.kind === 'wind') return `${n0(p.capacity_kw as number)} kW`;
  if (m.kind === 'storage') return `${n0(p.power_kw as number)} kW / ${n0(p.energy_kwh as number)} kWh`;
  if (m.kind === 'green_power') return `+${n0(p.amount_mwh as number)} MWh a year of green power`;
  if (m.kind === 'offset') return `+${n0(p.tco2 as number)} tCO2 a year of offsets`;
  if (m.kind === 'fuel_switch')
    return p.share !== null
      ? `${pct(p.share as number)} of its ${carrier(p.from_carrier)} to ${carrier(p.to_carrier)}`
      : `${n0(p.amount as number)} units a year of ${carrier(p.from_carrier)} to ${carrier(p.to_carrier)}`;
  if (m.kind === 'efficiency') return `saves ${pct(p.saving_share as number)}`;
  if (m.kind === 'waste_heat') return `${n0(p.heat_recovered_gj as number)} GJ a year recovered`;
  if (m.kind === 'green_hydrogen') return `${n0(p.electrolyser_kw as number)} kW of electrolyser`;
  if (m.kind === 'transport') return `${n0(p.vehicles as number)} vehicles`;
  if (m.kind === 'carbon_sink') return `${(p.area_ha as number).toLocaleString('en-US')} ha`;
  if (m.kind === 'ccus') return `${n0(p.captured_tco2 as number)} tCO2 a year captured`;
  return '';
}

function pct(v: number): string {
  return `${Number((v * 100).toFixed(2))}%`;
}

/** A carrier id in words ('natural_gas' -> 'natural gas'). */
function carrier(id: unknown): string {
  return String(id).replace(/_/g, ' ');
}
