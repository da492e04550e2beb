import { describe, expect, it } from 'vitest';
import { runPlan } from '../../../core/engine/index.ts';
import {
  PlanDiff,
  comparePlans,
  diffPlans,
  formatDiffText,
  formatNumber,
  formatValue,
  unitOfField,
} from '../../../core/diff/index.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { samplePlan } from '../fingerprint/sample.ts';

function modified(): { a: Plan; b: Plan } {
  const a = samplePlan();
  const b = structuredClone(a);
  b.park.discount_rate = 0.08;
  b.consumers.find((c) => c.id === 'li-carbonate')!.energy.coal_t += 5000;
  b.consumers.push({ ...structuredClone(b.consumers[0]!), id: 'new-plant', name: 'New plant' });
  const clean = b.scenarios.find((s) => s.id === 'clean-transition')!;
  clean.measures = clean.measures.filter((m) => m.id !== 'rooftop-pv');
  // Nothing may still override the removed measure.
  for (const s of b.scenarios) s.measure_overrides = s.measure_overrides.filter((o) => o.measure_id !== 'rooftop-pv');
  b.scenarios.find((s) => s.id === 'near-zero')!.measures[0]!.capex_cny_per_unit! *= 2;
  b.targets.find((t) => t.id === 'coal-cap')!.name = 'Coal cap (stricter)';
  b.factor_overrides.push({ key: 'coal.ncv_gj_per_t', value: 21, source: 'lab test', note: '' });
  b.comments.push({
    id: 'c1',
    anchor: { kind: 'park', ref: null, year: null },
    author: 'R',
    body: 'not compared',
    status: 'open',
    created_at: '2025-01-01T00:00:00.000Z',
    resolved_at: null,
  });
  return { a, b };
}

describe('diffPlans', () => {
  it('lists added, removed and changed entities with paths, old → new and units', () => {
    const { a, b } = modified();
    const nearZeroMeasure = a.scenarios.find((s) => s.id === 'near-zero')!.measures[0]!;
    const changes = diffPlans(a, b);
    const brief = changes.map((c) => [
      c.change,
      c.path,
      c.old === null || typeof c.old !== 'object' ? c.old : '…',
      c.new === null || typeof c.new !== 'object' ? c.new : '…',
      c.unit,
    ]);
    expect(brief).toEqual([
      ['changed', 'park.discount_rate', 0.06, 0.08, null],
      ['changed', 'consumers[li-carbonate].energy.coal_t', 85_000, 90_000, 't'],
      ['added', 'consumers[new-plant]', null, '…', null],
      ['removed', 'scenarios[clean-transition].measures[rooftop-pv]', '…', null, null],
      [
        'changed',
        `scenarios[near-zero].measures[${nearZeroMeasure.id}].capex_cny_per_unit`,
        nearZeroMeasure.capex_cny_per_unit,
        nearZeroMeasure.capex_cny_per_unit! * 2,
        'CNY/unit of size',
      ],
      ['changed', 'targets[coal-cap].name', 'Total coal consumption cap', 'Coal cap (stricter)', null],
      ['added', 'factor_overrides[coal.ncv_gj_per_t]', null, '…', null],
    ]);
    const removed = changes.find((c) => c.change === 'removed')!;
    expect(removed).toMatchObject({
      section: 'measures',
      id: 'rooftop-pv',
      scenario_id: 'clean-transition',
      name: 'Rooftop PV on factory roofs',
    });
  });

  it('is empty for the same content, whatever the comments', () => {
    const { a } = modified();
    const b = structuredClone(a);
    b.comments = [];
    expect(diffPlans(a, b)).toEqual([]);
  });

  it('compares settings and year paths by field, overrides by measure id, and reports reordering', () => {
    const a = samplePlan();
    const b = structuredClone(a);
    b.scenarios[1]!.settings.carbon_price_cny_per_t = [
      { year: 2024, value: 100 },
      { year: 2060, value: 500 },
    ];
    b.consumers.reverse();
    const changes = diffPlans(a, b);
    const price = changes.find((c) => c.field === 'settings.carbon_price_cny_per_t')!;
    expect(price.unit).toBe('CNY/t');
    expect(formatValue(price.new, price.unit)).toBe('2024: 100, 2060: 500 CNY/t');
    const order = changes.find((c) => c.change === 'reordered')!;
    expect(order.section).toBe('consumers');
    expect(order.new).toEqual(a.consumers.map((c) => c.id).reverse());
  });

  it('sees a changed measure override field by name', () => {
    const a = samplePlan();
    const withOverride = a.scenarios.find((s) => s.measure_overrides.length > 0);
    if (!withOverride) return; // the sample has none: nothing to check here
    const b = structuredClone(a);
    const o = b.scenarios.find((s) => s.id === withOverride.id)!.measure_overrides[0]!;
    o.disabled = !o.disabled;
    const c = diffPlans(a, b);
    expect(c.map((x) => x.path)).toEqual([`scenarios[${withOverride.id}].measure_overrides.${o.measure_id}.disabled`]);
  });
});

describe('comparePlans with results', () => {
  it('reports per scenario 2030 and horizon net emissions, cumulative emissions, NPV and target verdicts', () => {
    const { a, b } = modified();
    const diff = comparePlans(
      { label: 'A.parkzero', plan: a, results: runPlan(a, { mac: false }) },
      { label: 'B.parkzero', plan: b, results: runPlan(b, { mac: false }) },
    );
    expect(PlanDiff.safeParse(diff).success).toBe(true);
    expect(diff.same_content).toBe(false);
    expect(diff.outcomes.map((o) => o.scenario_id)).toEqual(a.scenarios.map((s) => s.id));
    const baseline = diff.outcomes[0]!;
    expect(baseline.metrics.map((m) => m.metric)).toEqual([
      'net_emissions_2030_tco2',
      'net_emissions_horizon_tco2',
      'cumulative_net_emissions_tco2',
      'npv_total_cost_cny',
    ]);
    const y2030 = baseline.metrics[0]!;
    expect(y2030.old_year).toBe(2030);
    // More coal and a new plant: the baseline emits more.
    expect(y2030.delta!).toBeGreaterThan(0);
    expect(y2030.delta).toBeCloseTo(y2030.new! - y2030.old!, 6);
    expect(baseline.metrics[1]!.new_year).toBe(2060);
    expect(baseline.targets.map((t) => t.target_id)).toEqual(a.targets.map((t) => t.id));

    const text = formatDiffText(diff);
    expect(text).toContain('changed  consumers[li-carbonate].energy.coal_t: 85,000 t → 90,000 t');
    expect(text).toContain('removed  measure "Rooftop PV on factory roofs" [rooftop-pv] in scenario clean-transition');
    expect(text).toContain('added    factor override [coal.ncv_gj_per_t] = 21 GJ/t');
    expect(text).toContain('Net emissions 2030:');
    expect(text).toMatch(/Business as usual \[baseline\]/);
  });

  it('says so when the content is the same', () => {
    const a = samplePlan();
    const diff = comparePlans({ label: 'x', plan: a }, { label: 'y', plan: structuredClone(a) });
    expect(diff.same_content).toBe(true);
    expect(diff.changes).toEqual([]);
    expect(formatDiffText(diff)).toContain('identical in content');
  });
});

describe('units and values', () => {
  it('reads units from field names', () => {
    expect(unitOfField('energy.coal_t')).toBe('t');
    expect(unitOfField('fixed_opex_cny_per_year')).toBe('CNY/year');
    expect(unitOfField('settings.energy_prices.natural_gas_cny_per_10k_nm3')).toBe('CNY/10⁴ Nm³');
    expect(unitOfField('params.specific_yield_kwh_per_kw')).toBe('kWh/kW');
    expect(unitOfField('output_value_10k_cny')).toBe('10⁴ CNY');
    expect(unitOfField('start_year')).toBeNull();
    expect(unitOfField('discount_rate')).toBeNull();
  });

  it('formats numbers without locale data', () => {
    expect(formatNumber(1234567.5)).toBe('1,234,567.5');
    expect(formatNumber(-1234.4, 0)).toBe('-1,234');
    expect(formatNumber(-0.2, 0)).toBe('0');
    expect(formatValue(null)).toBe('(none)');
    expect(formatValue(['a', 'b'])).toBe('["a", "b"]');
  });
});
