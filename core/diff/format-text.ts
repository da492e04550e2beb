import { shortFingerprint } from '../fingerprint/index.ts';
import { formatDelta, formatNumber, formatValue } from './format-value.ts';
import { unitOfField } from './units.ts';
import { targetChanged } from './result-diff.ts';
import { isSeriesColumnChange, seriesColumnFigure } from './series-diff.ts';
import type { MetricChange, PlanChange, PlanDiff, TargetOutcome } from './schema.ts';

/**
 * The diff as plain text for people (`parkzero diff`, the review memo): plan changes first,
 * one per line with old → new and units, then what they did to each scenario's results.
 */

const SECTION_NOUN: Record<PlanChange['section'], string> = {
  park: 'park',
  consumers: 'consumer',
  scenarios: 'scenario',
  measures: 'measure',
  targets: 'target',
  factor_overrides: 'factor override',
  cost_overrides: 'cost override',
  hourly_series: 'hourly series',
  carbon_markets: 'carbon market',
};

export function describeChange(c: PlanChange): string {
  const noun = SECTION_NOUN[c.section];
  const who = `${noun}${c.name !== null ? ` "${c.name}"` : ''} [${c.id ?? ''}]${c.scenario_id !== null ? ` in scenario ${c.scenario_id}` : ''}`;
  switch (c.change) {
    case 'added':
      return `added    ${who}${overrideValue(c.new, c.id)}${seriesText(c.new)}`;
    case 'removed':
      return `removed  ${who}${overrideValue(c.old, c.id)}${seriesText(c.old)}`;
    case 'reordered':
      return `reordered ${c.path}: ${formatValue(c.old)} → ${formatValue(c.new)}`;
    case 'changed':
      if (isSeriesColumnChange(c) && c.field !== null) {
        const what = c.field === 'values' ? 'values' : c.field.replace(/^weather\./, '');
        return `changed  hourly_series[${c.id ?? ''}]: ${what} changed (${seriesColumnFigure(c.field)} ${formatValue(c.old, c.unit)} → ${formatValue(c.new, c.unit)})`;
      }
      return `changed  ${c.path}: ${formatValue(c.old, c.unit)} → ${formatValue(c.new, c.unit)}`;
  }
}

/** An hourly series shows what and where it is and its annual figure, never its 8760 values. */
function seriesText(entity: PlanChange['old']): string {
  if (entity === null || typeof entity !== 'object' || Array.isArray(entity) || !('imported_at' in entity)) return '';
  const e = entity as Record<string, unknown>;
  const target = typeof e['target'] === 'string' ? ` for ${String(e['target'])}` : '';
  const figure =
    typeof e['annual_ghi_kwh_per_m2'] === 'number'
      ? `annual GHI ${formatValue(e['annual_ghi_kwh_per_m2'], 'kWh/m²')}`
      : `annual sum ${formatValue(e['annual_sum'])}`;
  return ` (${String(e['kind'])}${target}, ${figure}, from ${String(e['file_name'])})`;
}

/** A factor override is its value: show it with the unit its key names. */
function overrideValue(entity: PlanChange['old'], key: string | null): string {
  if (key === null || entity === null || typeof entity !== 'object' || Array.isArray(entity)) return '';
  const value = entity['value'];
  return typeof value === 'number' && 'key' in entity ? ` = ${formatValue(value, unitOfField(key))}` : '';
}

const METRIC_LABEL: Record<MetricChange['metric'], string> = {
  net_emissions_2030_tco2: 'Net emissions 2030',
  net_emissions_horizon_tco2: 'Net emissions, horizon year',
  cumulative_net_emissions_tco2: 'Cumulative net emissions',
  npv_total_cost_cny: 'NPV of total cost',
};

export function describeMetric(m: MetricChange): string {
  const years =
    m.old_year !== null && m.new_year !== null && m.metric === 'net_emissions_horizon_tco2'
      ? m.old_year === m.new_year
        ? ` (${m.old_year})`
        : ` (${m.old_year} → ${m.new_year})`
      : '';
  const value = (v: number | null) => (v === null ? 'n/a' : formatNumber(v, 0));
  const delta = m.delta === null ? '' : `  (${formatDelta(m.delta)})`;
  return `${`${METRIC_LABEL[m.metric]}${years}:`.padEnd(40)} ${value(m.old)} → ${value(m.new)} ${m.unit}${delta}`;
}

function verdict(pass: boolean | null, firstFailing: number | null): string {
  if (pass === null) return 'absent';
  return pass ? 'pass' : `FAIL${firstFailing !== null ? ` from ${firstFailing}` : ''}`;
}

export function describeTarget(t: TargetOutcome): string {
  return `${t.target_id} "${t.name}": ${verdict(t.old_pass, t.old_first_failing_year)} → ${verdict(t.new_pass, t.new_first_failing_year)}`;
}

export function formatDiffText(diff: PlanDiff): string {
  const lines: string[] = [];
  lines.push('Comparing two versions of a ParkZero plan');
  for (const [tag, v] of [
    ['A', diff.a],
    ['B', diff.b],
  ] as const)
    lines.push(`  ${tag}: ${v.label}  "${v.park_name}"  fingerprint ${shortFingerprint(v.fingerprint)}`);
  lines.push('');
  if (diff.same_content) {
    lines.push('The plans are identical in content (same fingerprint). Review comments are not compared.');
    return lines.join('\n');
  }
  lines.push(`Plan changes: ${diff.changes.length}`);
  for (const c of diff.changes) lines.push(`  ${describeChange(c)}`);
  lines.push('');
  if (diff.outcomes.length === 0) {
    lines.push('Results: not computed.');
  } else {
    lines.push('Results, for the scenarios in both versions (A → B):');
    for (const o of diff.outcomes) {
      lines.push(`  ${o.name} [${o.scenario_id}]`);
      for (const m of o.metrics) lines.push(`    ${describeMetric(m)}`);
      const changed = o.targets.filter(targetChanged);
      const same = o.targets.length - changed.length;
      if (o.targets.length === 0) lines.push('    Targets: none');
      else if (changed.length === 0) lines.push(`    Targets: no change in pass/fail (${same} target(s))`);
      else {
        lines.push(`    Targets changed (${changed.length}; ${same} unchanged):`);
        for (const t of changed) lines.push(`      ${describeTarget(t)}`);
      }
    }
  }
  if (diff.scenarios_only_in_a.length > 0)
    lines.push(`  Only in A (no results compared): ${diff.scenarios_only_in_a.join(', ')}`);
  if (diff.scenarios_only_in_b.length > 0)
    lines.push(`  Only in B (no results compared): ${diff.scenarios_only_in_b.join(', ')}`);
  return lines.join('\n');
}
