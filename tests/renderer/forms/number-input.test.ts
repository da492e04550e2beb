import { describe, expect, it } from 'vitest';
import { Consumer } from '../../../core/model/park.ts';
import { boundsOf } from '../../../renderer/src/forms/bounds.ts';
import { fromDisplay, numberParser, toDisplay } from '../../../renderer/src/forms/number-field.ts';
import { parseDecimal, parseInteger } from '../../../renderer/src/forms/parse.ts';
import { samplePlan } from '../support/fake-host.ts';
import { produce } from 'immer';

describe('parsing typed numbers', () => {
  it('accepts grouping, decimals, exponents and full-width input', () => {
    expect(parseDecimal('1,234.5')).toBe(1234.5);
    expect(parseDecimal(' 12 ')).toBe(12);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('1e3')).toBe(1000);
    expect(parseDecimal('１２３．５')).toBe(123.5);
    expect(parseDecimal('－３')).toBe(-3);
  });
  it('refuses anything else instead of guessing', () => {
    for (const bad of ['', 'abc', '1.2.3', '12abc', 'NaN', 'Infinity', '--1', '1e999']) expect(parseDecimal(bad), bad).toBeNull();
  });
  it('knows whole numbers', () => {
    expect(parseInteger('2030')).toBe(2030);
    expect(parseInteger('2030.5')).toBeNull();
  });
});

describe('scaled display', () => {
  it('shows fractions as clean percentages and back', () => {
    expect(toDisplay(0.07, 100)).toBe('7');
    expect(toDisplay(0.065, 100)).toBe('6.5');
    expect(fromDisplay(6.5, 100)).toBe(0.065);
    expect(fromDisplay(7, 100)).toBe(0.07);
  });
});

describe('bounds from the model schemas', () => {
  it('reads through defaults', () => {
    expect(boundsOf(Consumer.shape.output_value_10k_cny)).toEqual({ min: 0, max: 1e9 });
    expect(boundsOf(Consumer.shape.output_growth_rate)).toEqual({ min: -0.5, max: 1 });
    expect(boundsOf(Consumer.shape.energy.shape.coal_t)).toEqual({ min: 0, max: 1e8 });
  });
  it('refuses a schema that is not a number', () => {
    expect(() => boundsOf(Consumer.shape.name)).toThrow();
  });
});

describe('numberParser', () => {
  const parse = numberParser({
    bounds: boundsOf(Consumer.shape.output_growth_rate),
    scale: 100,
    notANumber: 'nan',
    outOfRange: (min, max) => `range ${min}..${max}`,
    apply: (d, v) => void (d.consumers[0]!.output_growth_rate = v),
  });
  it('turns a shown percentage into the stored fraction', () => {
    const r = parse('7.5%');
    if (!r.ok) throw new Error(r.message);
    const next = produce(samplePlan(), r.apply);
    expect(next.consumers[0]!.output_growth_rate).toBe(0.075);
  });
  it('explains out-of-range values in shown units', () => {
    expect(parse('150')).toEqual({ ok: false, message: 'range -50..100' });
    expect(parse('x')).toEqual({ ok: false, message: 'nan' });
  });
});
