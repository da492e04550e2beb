import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../../../core/engine/index.ts';
import { checkPlanOrThrow } from '../../../core/engine/validate.ts';
import type { Plan } from '../../../core/model/plan.ts';
import {
  aggregatePathway,
  filterRows,
  groupRows,
  portfolioRow,
  recommendPlan,
  rowColumns,
  sortRows,
  submittedScenario,
} from '../../../core/portfolio/index.ts';
import type { PortfolioRow } from '../../../core/portfolio/index.ts';

const sample = (name: string): Plan =>
  checkPlanOrThrow(JSON.parse(readFileSync(new URL(`../../../resources/samples/${name}.plan.json`, import.meta.url), 'utf8')));

const facts = (file: string) => ({
  file,
  path: `/parks/${file}`,
  fingerprint: 'f'.repeat(64),
  signature: 'unsigned' as const,
  signers: [],
});

/** One row of the sample park shown with `scenarioId`, on the real engine. */
function rowOf(plan: Plan, file: string, scenarioId?: string): PortfolioRow {
  const results = runPlan(plan, { mac: false }).scenarios;
  const picked = submittedScenario(plan);
  const result = scenarioId
    ? results.find((r) => r.scenario_id === scenarioId)!
    : picked
      ? results.find((r) => r.scenario_id === picked.id)!
      : recommendPlan(results);
  return portfolioRow(plan, result, picked?.choice ?? 'recommended', facts(file));
}

describe('which scenario a park is shown with', () => {
  const plan = sample('suining');

  it('is the marked one, else the report choice, else the report rule', () => {
    expect(submittedScenario(plan)).toBeNull();
    const chosen = checkPlanOrThrow({ ...plan, report: { ...plan.report, recommended_scenario_id: 'baseline' } });
    expect(submittedScenario(chosen)).toEqual({ id: 'baseline', choice: 'report_choice' });
    const marked = checkPlanOrThrow({
      ...chosen,
      scenarios: chosen.scenarios.map((s) => (s.id === 'clean-transition' ? { ...s, submitted_plan: true } : s)),
    });
    expect(submittedScenario(marked)).toEqual({ id: 'clean-transition', choice: 'flagged' });
  });

  it('by the rule: the cheapest of the scenarios meeting the most targets', () => {
    const results = runPlan(plan, { mac: false }).scenarios;
    const met = (id: string) => results.find((r) => r.scenario_id === id)!.targets.filter((t) => t.pass).length;
    const best = recommendPlan(results);
    for (const r of results) {
      expect(met(best.scenario_id)).toBeGreaterThanOrEqual(met(r.scenario_id));
      if (met(r.scenario_id) === met(best.scenario_id))
        expect(best.summary.npv_total_cost_cny).toBeLessThanOrEqual(r.summary.npv_total_cost_cny);
    }
  });

  it('gives the row the engine figures of that scenario in the milestone years, null beyond the horizon', () => {
    const results = runPlan(plan, { mac: false }).scenarios;
    const nz = results.find((r) => r.scenario_id === 'near-zero')!;
    const row = portfolioRow(plan, nz, 'flagged', facts('a.parkzero'));
    const y2030 = nz.years.find((y) => y.year === 2030)!;
    expect(row.milestones.find((m) => m.year === 2030)!.values.net_emissions_tco2).toBe(y2030.emissions.net_tco2);
    expect(row.base_energy_tce).toBe(nz.years[0]!.energy.tce_equivalent);
    expect(row.targets.total).toBe(nz.targets.length);
    expect(row.targets.met + row.targets.missed.length).toBe(row.targets.total);

    const short = checkPlanOrThrow({ ...plan, park: { ...plan.park, horizon_year: 2050 } });
    const shortRow = rowOf(short, 'short.parkzero', 'near-zero');
    expect(shortRow.milestones.find((m) => m.year === 2060)!.values.net_emissions_tco2).toBeNull();
    expect(shortRow.milestones.find((m) => m.year === 2035)!.values.net_emissions_tco2).not.toBeNull();
  });
});

describe('sorting, filtering, grouping and summing rows', () => {
  const suining = sample('suining');
  const zhangye = sample('zhangye');
  const a = rowOf(suining, 'a.parkzero');
  const b = rowOf(zhangye, 'b.parkzero');
  const shortPlan = checkPlanOrThrow({
    ...suining,
    park: { ...suining.park, horizon_year: 2050, name: '遂宁短期', name_zh: '遂宁短期' },
  });
  const c = rowOf(shortPlan, 'c.parkzero');

  it('sorts by a milestone figure with nulls last in both directions, ties by path', () => {
    const up = sortRows([a, b, c], { key: 'net_emissions_tco2@2060', descending: false });
    expect(up.at(-1)).toBe(c);
    const down = sortRows([a, b, c], { key: 'net_emissions_tco2@2060', descending: true });
    expect(down.at(-1)).toBe(c);
    expect(up[0]!.milestones[2]!.values.net_emissions_tco2!).toBeLessThanOrEqual(
      up[1]!.milestones[2]!.values.net_emissions_tco2!,
    );
    expect(sortRows([c, a], { key: 'province', descending: false }).map((r) => r.file)).toEqual(['a.parkzero', 'c.parkzero']);
  });

  it('filters by province and by a name in either language', () => {
    expect(filterRows([a, b, c], { province: 'Gansu' })).toEqual([b]);
    expect(filterRows([a, b, c], { text: 'zhangye' })).toEqual([b]);
    expect(filterRows([a, b, c], { text: '短期' })).toEqual([c]);
    expect(filterRows([a, b, c], { verdict: a.verdict })).toContain(a);
  });

  it('groups by province with sums', () => {
    const groups = groupRows([a, b, c], 'province');
    expect(groups.map((g) => [g.key, g.parks])).toEqual([
      ['Gansu', 1],
      ['Sichuan', 2],
    ]);
    expect(groups[1]!.base_energy_tce).toBeCloseTo(a.base_energy_tce + c.base_energy_tce, 6);
  });

  it('sums pathways year by year, counting only the parks that reach a year', () => {
    const sum = aggregatePathway([a, b, c]);
    const i2030 = sum.years.indexOf(2030);
    const i2055 = sum.years.indexOf(2055);
    expect(sum.parks[i2030]).toBe(3);
    expect(sum.parks[i2055]).toBe(2);
    const at = (r: PortfolioRow, y: number) => r.pathway.find((p) => p.year === y)?.net_tco2 ?? 0;
    expect(sum.net_tco2[i2055]).toBeCloseTo(at(a, 2055) + at(b, 2055), 6);
    expect(sum.net_tco2[i2030]).toBeCloseTo(at(a, 2030) + at(b, 2030) + at(c, 2030), 6);
  });

  it('has Chinese column headers without English and English ones without Chinese', () => {
    for (const detail of ['full', 'compact'] as const) {
      expect(
        rowColumns('zh', detail)
          .map((col) => col.header)
          .join(' '),
      ).not.toMatch(/[A-Za-z]/);
      expect(
        rowColumns('en', detail)
          .map((col) => col.header)
          .join(' '),
      ).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
