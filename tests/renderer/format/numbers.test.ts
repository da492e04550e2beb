import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatYear } from '../../../renderer/src/format/numbers.ts';
import { carrierUnitKey } from '../../../renderer/src/format/units.ts';

describe('number formatting', () => {
  it('groups thousands and caps decimals per locale', () => {
    expect(formatNumber(182000, 'en-US')).toBe('182,000');
    expect(formatNumber(1234.56, 'en-US')).toBe('1,234.6');
    expect(formatNumber(1234.56, 'zh-CN')).toBe('1,234.6');
  });
  it('never groups years', () => {
    expect(formatYear(2060, 'en-US')).toBe('2060');
  });
  it('shows fractions as percentages', () => {
    expect(formatPercent(0.06, 'en-US')).toBe('6%');
    expect(formatPercent(0.065, 'zh-CN')).toBe('6.5%');
  });
  it('maps each carrier to its unit key', () => {
    expect(carrierUnitKey('natural_gas')).toBe('nm3_10k');
    expect(carrierUnitKey('electricity')).toBe('mwh');
    expect(carrierUnitKey('heat')).toBe('gj');
    expect(carrierUnitKey('coal')).toBe('t');
  });
});
