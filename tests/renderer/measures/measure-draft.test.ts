import { describe, expect, it } from 'vitest';
import { Measure, MEASURE_KINDS } from '../../../core/model/measures.ts';
import { COMMON_FIELDS, PARAM_FIELDS, fieldName } from '../../../renderer/src/screens/measures/measure-catalog.ts';
import { draftToMeasure, newDraft, newMeasureId, updateDraft } from '../../../renderer/src/screens/measures/measure-draft.ts';
import { en } from '../../../renderer/src/i18n/en.ts';
import { zhCN } from '../../../renderer/src/i18n/zh-CN.ts';
import { samplePlan } from '../support/fake-host.ts';

describe('new measure drafts', () => {
  const plan = samplePlan();

  it('turn the prefilled defaults of every kind into a valid measure', () => {
    for (const kind of MEASURE_KINDS) {
      const r = draftToMeasure(newDraft(kind, plan, `New ${kind}`), `${kind}-x`, plan);
      expect(r.ok, kind).toBe(true);
      if (r.ok) expect(Measure.parse(r.measure)).toEqual(r.measure);
    }
  });

  it('leave an electrolyser’s optional fields out at their defaults, and keep the surplus mode’s when chosen', () => {
    const d = newDraft('green_hydrogen', plan, 'Electrolyser');
    const plain = draftToMeasure(d, 'h2-9', plan);
    expect(plain.ok && plain.measure.params).not.toHaveProperty('operating_mode');
    expect(plain.ok && plain.measure.params).not.toHaveProperty('below_min_load');
    expect(plain.ok && plain.measure.params).not.toHaveProperty('losses_share');
    let s = updateDraft(d, 'params.operating_mode', 'renewable_surplus');
    s = updateDraft(s, 'params.min_load_share', '30');
    s = updateDraft(s, 'params.below_min_load', 'grid');
    const r = draftToMeasure(s, 'h2-9', plan);
    expect(r.ok && r.measure.kind === 'green_hydrogen' && r.measure.params).toMatchObject({
      operating_mode: 'renewable_surplus',
      min_load_share: 0.3,
      below_min_load: 'grid',
    });
  });

  it('prefill PV with 1,000 kW, yield from climate and unit costs from the cost library (blank)', () => {
    const d = newDraft('pv', plan, 'Roof PV');
    expect(d.values['params.capacity_kw']).toBe('1000');
    expect(d.values['params.specific_yield_kwh_per_kw']).toBe('');
    expect(d.values['capex_cny_per_unit'] ?? '').toBe('');
    expect(d.values['capex_cny']).toBe('0');
    expect(d.values['start_year']).toBe(String(plan.park.base_year + 1));
    const r = draftToMeasure(d, 'pv-9', plan);
    expect(r.ok && r.measure.kind === 'pv' && r.measure.params.specific_yield_kwh_per_kw).toBeNull();
  });

  it('keep a typed unit cost as the measure’s own, and leave a blank one to the library', () => {
    let d = newDraft('pv', plan, 'Roof PV');
    d = updateDraft(d, 'params.capacity_kw', '2,500');
    d = updateDraft(d, 'capex_cny_per_unit', '3,500');
    const r = draftToMeasure(d, 'pv-9', plan);
    expect(r.ok && r.measure.capex_cny_per_unit).toBe(3500);
    expect(r.ok && r.measure.fixed_opex_cny_per_unit_year).toBeUndefined();
    expect(r.ok && r.measure.kind === 'pv' && r.measure.params.capacity_kw).toBe(2500);
  });

  it('store percentages as fractions', () => {
    let d = newDraft('efficiency', plan, 'Motors');
    d = updateDraft(d, 'params.saving_share', '7.5');
    const r = draftToMeasure(d, 'e-1', plan);
    expect(r.ok && r.measure.kind === 'efficiency' && r.measure.params.saving_share).toBe(0.075);
  });

  it('report problems per field: required, not a number, range with the shown scale, whole years', () => {
    let d = newDraft('storage', plan, '');
    d = updateDraft(d, 'params.power_kw', 'abc');
    d = updateDraft(d, 'params.round_trip_efficiency', '120');
    d = updateDraft(d, 'ramp_years', '1.5');
    const r = draftToMeasure(d, 's-1', plan);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems['name']).toEqual({ code: 'required' });
    expect(r.problems['params.power_kw']).toEqual({ code: 'not_a_number' });
    expect(r.problems['params.round_trip_efficiency']).toEqual({ code: 'range', min: 0.3, max: 1, scale: 100 });
    expect(r.problems['ramp_years']).toEqual({ code: 'not_integer' });
  });

  it('explain the schema’s cross-field rules on the right field', () => {
    let d = newDraft('fuel_switch', plan, 'Boilers');
    d = updateDraft(d, 'params.amount', '500');
    let r = draftToMeasure(d, 'f-1', plan);
    expect(!r.ok && r.problems['params.share']).toEqual({ code: 'share_or_amount' });
    d = updateDraft(updateDraft(d, 'params.amount', ''), 'params.to_carrier', 'coal');
    r = draftToMeasure(d, 'f-1', plan);
    expect(!r.ok && r.problems['params.to_carrier']).toEqual({ code: 'same_carrier' });
  });

  it('refuse a start after the horizon', () => {
    const d = updateDraft(newDraft('wind', plan, 'Wind'), 'start_year', String(plan.park.horizon_year + 1));
    const r = draftToMeasure(d, 'w-1', plan);
    expect(!r.ok && r.problems['start_year']).toEqual({ code: 'after_horizon', horizon: plan.park.horizon_year });
  });

  it('give new ids unique across the plan', () => {
    const id = newMeasureId(plan, 'green_power');
    expect(id).toBe('green-power-1');
    const taken = plan.scenarios.flatMap((s) => s.measures.map((m) => m.id));
    expect(taken).not.toContain(id);
  });
});

describe('measure form words', () => {
  it('exist in both languages for every field, help, unit and capex helper', () => {
    const check = (lang: typeof en, path: string[]) => {
      let node: unknown = lang;
      for (const p of path) node = (node as Record<string, unknown>)[p];
      return typeof node === 'string' && node !== '';
    };
    for (const lang of [en, zhCN as unknown as typeof en]) {
      for (const kind of MEASURE_KINDS) {
        expect(check(lang, ['measures', 'kindHelp', kind]), kind).toBe(true);
        for (const spec of [...PARAM_FIELDS[kind], ...COMMON_FIELDS]) {
          expect(check(lang, ['measures', 'field', fieldName(spec.path)]), spec.path).toBe(true);
          if (spec.help === true) expect(check(lang, ['measures', 'help', fieldName(spec.path)]), `help ${spec.path}`).toBe(true);
          if (spec.type === 'number' && typeof spec.unit === 'string')
            expect(check(lang, ['measures', 'unit', spec.unit]), spec.unit).toBe(true);
          if (spec.type === 'choice' && spec.labels === 'option')
            for (const o of spec.options) expect(check(lang, ['measures', 'option', String(o)]), String(o)).toBe(true);
        }
      }
    }
  });
});
