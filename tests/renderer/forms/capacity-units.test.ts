import { describe, expect, it } from 'vitest';
import { capacityScale, capacityUnits, fromCapacityUnit, toCapacityUnit } from '../../../renderer/src/forms/capacity-units.ts';
import {
  draftToMeasure,
  newDraft,
  parseFieldValue,
  setDraftUnit,
  updateDraft,
} from '../../../renderer/src/screens/measures/measure-draft.ts';
import { samplePlan } from '../support/fake-host.ts';
import { PARAM_FIELDS, withCapacityUnit } from '../../../renderer/src/screens/measures/measure-catalog.ts';

describe('kW / MW entry', () => {
  it('offers MW beside kW and MWh beside kWh, nothing for other units', () => {
    expect(capacityUnits('kw')).toEqual(['kw', 'mw']);
    expect(capacityUnits('kwh')).toEqual(['kwh', 'mwh']);
    expect(capacityUnits('mwh_per_year')).toBeNull();
  });

  it('converts both ways without binary noise', () => {
    expect(toCapacityUnit(12_500, 'mw')).toBe(12.5);
    expect(fromCapacityUnit(12.5, 'mw')).toBe(12_500);
    expect(fromCapacityUnit(0.07, 'mwh')).toBe(70);
    expect(toCapacityUnit(123_456, 'kw')).toBe(123_456);
    expect(capacityScale('mw')).toBe(0.001);
  });

  it('a PV capacity typed in MW is stored in kW, and its bounds are said in MW', () => {
    const spec = PARAM_FIELDS.pv.find((s) => s.path === 'params.capacity_kw');
    if (spec?.type !== 'number') throw new Error('catalog');
    const mw = withCapacityUnit(spec, 'mw');
    expect(mw.unit).toBe('mw');
    expect(parseFieldValue('pv', mw, '2.5')).toEqual({ ok: true, value: 2500 });
    const tooBig = parseFieldValue('pv', mw, '20000');
    expect(tooBig.ok).toBe(false);
    if (!tooBig.ok) expect(tooBig.problem).toEqual({ code: 'range', min: 0, max: 1e7, scale: 0.001 });
  });

  it('a new measure typed in MW keeps its value when the unit changes and is stored in kW (its costs come per kW and kWh from the cost library)', () => {
    const plan = samplePlan();
    let d = newDraft('storage', plan, 'Battery');
    d = updateDraft(d, 'params.power_kw', '2500');
    d = setDraftUnit(d, 'params.power_kw', 'mw');
    expect(d.values['params.power_kw']).toBe('2.5');
    d = setDraftUnit(d, 'params.energy_kwh', 'mwh');
    d = updateDraft(d, 'params.energy_kwh', '5');
    expect(d.values['params.energy_kwh']).toBe('5');
    const r = draftToMeasure(d, 'bess-9', plan);
    expect(r.ok && r.measure.kind === 'storage' && r.measure.params).toMatchObject({ power_kw: 2500, energy_kwh: 5000 });
  });
});
