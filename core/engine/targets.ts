import type { Target } from '../model/targets.ts';
import { pathValue } from '../factors/factor-set.ts';
import { indicatorKey } from './indicators.ts';
import type { Indicators, YearResult } from './result-schema.ts';
import type { z } from 'zod';
import type { TargetSummary } from './result-schema.ts';

type Summary = z.infer<typeof TargetSummary>;

/**
 * Check every target in every year it applies to and write the checks into `years[i].targets`.
 * Limit targets apply from their path's first year on (held flat after the last point).
 * Peak targets apply after `peak_by_year`: the indicator must not exceed its value in that
 * year (or in the base year, when the peak year lies before it).
 * Margin is headroom in the indicator's unit (negative = by how much the target is missed).
 */
export function evaluateTargets(targets: readonly Target[], years: YearResult[]): Summary[] {
  return targets.map((target) => {
    let checked = 0;
    let pass = true;
    let firstFail: number | null = null;
    let worst: number | null = null;
    const record = (yr: YearResult, value: number | null, limit: number, bound: 'max' | 'min') => {
      const margin = value === null ? null : bound === 'max' ? limit - value : value - limit;
      const ok = margin !== null && margin >= -1e-9 * Math.max(1, Math.abs(limit));
      yr.targets.push({ id: target.id, value, limit, pass: ok, margin });
      checked++;
      if (!ok) {
        pass = false;
        if (firstFail === null) firstFail = yr.year;
      }
      if (margin !== null && (worst === null || margin < worst)) worst = margin;
    };
    let indicator: keyof Indicators;
    if (target.kind === 'limit') {
      indicator = indicatorKey(target.indicator, target.energy_method);
      const start = target.path[0]!.year;
      for (const yr of years)
        if (yr.year >= start) record(yr, yr.indicators[indicator], pathValue(target.path, yr.year).value, target.bound);
    } else {
      indicator = indicatorKey(target.indicator, 'equivalent');
      const refYear = Math.max(target.peak_by_year, years[0]?.year ?? target.peak_by_year);
      const ref = years.find((y) => y.year === refYear)?.indicators[indicator] ?? null;
      if (ref !== null) for (const yr of years) if (yr.year > refYear) record(yr, yr.indicators[indicator], ref, 'max');
    }
    return {
      id: target.id,
      name: target.name,
      source: target.source,
      indicator,
      years_checked: checked,
      pass,
      first_failing_year: firstFail,
      worst_margin: worst,
    };
  });
}
