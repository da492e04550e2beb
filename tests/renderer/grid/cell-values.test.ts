import { describe, expect, it } from 'vitest';
import { filterChoices, matchChoice, readNumber } from '../../../renderer/src/grid/cell-values.ts';
import { inventoryChoices } from '../../../renderer/src/screens/park/inventory-columns.ts';

const ok = (value: number) => ({ ok: true, value });

describe('reading pasted numbers', () => {
  it('accepts thousands separators only in real groups of three', () => {
    expect(readNumber('1,234,567.5', false)).toEqual(ok(1234567.5));
    expect(readNumber(' 85000 ', false)).toEqual(ok(85000));
    expect(readNumber('12,34', false)).toEqual({ ok: false, reason: 'not_a_number' });
    expect(readNumber('1,2345', false)).toEqual({ ok: false, reason: 'not_a_number' });
  });

  it('reads full-width digits, commas, points, minus and spaces from Chinese input methods', () => {
    expect(readNumber('１２３，４５６．７', false)).toEqual(ok(123456.7));
    expect(readNumber('－５', false)).toEqual(ok(-5));
    expect(readNumber('1\u00a0234', false)).toEqual(ok(1234));
    expect(readNumber('\u2212 2.5', false)).toEqual(ok(-2.5));
  });

  it('reads percent only where the column is a share or rate', () => {
    expect(readNumber('35%', true)).toEqual(ok(35));
    expect(readNumber('３５％', true)).toEqual(ok(35));
    expect(readNumber('35', true)).toEqual(ok(35));
    expect(readNumber('35%', false)).toEqual({ ok: false, reason: 'percent_not_allowed' });
  });

  it('reads accounting negatives and exponents, refuses words and empties', () => {
    expect(readNumber('(1,200)', false)).toEqual(ok(-1200));
    expect(readNumber('1.5e3', false)).toEqual(ok(1500));
    expect(readNumber('', false)).toEqual({ ok: false, reason: 'empty' });
    expect(readNumber('  ', false)).toEqual({ ok: false, reason: 'empty' });
    for (const bad of ['abc', '12t', '1.2.3', '--5', '(-5)', '5 万', 'NaN', 'Infinity', '0x10'])
      expect(readNumber(bad, false), bad).toEqual({ ok: false, reason: 'not_a_number' });
  });
});

describe('reading choice names', () => {
  const { sector, loadProfile } = inventoryChoices('en');

  it('matches the labels of either language, the stored value, case and width aside', () => {
    expect(matchChoice('Battery materials', sector)).toBe('battery_materials');
    expect(matchChoice('电池材料', sector)).toBe('battery_materials');
    expect(matchChoice('battery_materials', sector)).toBe('battery_materials');
    expect(matchChoice('BATTERY MATERIALS', sector)).toBe('battery_materials');
    expect(matchChoice(' Two shifts ', loadProfile)).toBe('two_shift');
    expect(matchChoice('两班制', loadProfile)).toBe(matchChoice('two_shift', loadProfile));
    expect(matchChoice('ＭＥＴＡＬＳ', sector)).toBe('metals');
  });

  it('refuses what names no choice', () => {
    expect(matchChoice('Steel', sector)).toBeNull();
    expect(matchChoice('', sector)).toBeNull();
  });

  it('filters the picker by any part of any name', () => {
    expect(filterChoices('food', sector).map((c) => c.value)).toEqual(['food_processing']);
    expect(filterChoices('', loadProfile)).toHaveLength(loadProfile.length);
    expect(filterChoices('materials', sector).map((c) => c.value)).toEqual(['battery_materials', 'building_materials']);
    expect(filterChoices('材料', sector).map((c) => c.value)).toEqual(['battery_materials']);
  });
});
