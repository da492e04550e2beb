import { describe, expect, it } from 'vitest';
import { WARNING_CODES, WARNING_PARAMS, warningVariants } from '../../../core/engine/index.ts';
import type { WarningParamSpec } from '../../../core/engine/index.ts';
import { resultsEn } from '../../../renderer/src/results/messages-en.ts';
import { resultsZh } from '../../../renderer/src/results/messages-zh-CN.ts';
import { warningMessage } from '../../../renderer/src/results/warning-text.ts';
import { everyCodeAndVariant, sampleParkWarnings } from '../../core/engine/warning-cases.ts';

const LOCALES = ['zh-CN', 'en-US'] as const;
const HAN = /\p{Script=Han}/u;

function templatesOf(table: Record<string, string | Record<string, string>>, code: string): string[] {
  const entry = table[code];
  if (entry === undefined) return [];
  return typeof entry === 'string' ? [entry] : warningVariants(code as never).map((v) => entry[v] ?? '');
}

describe('warning sentences in the UI', () => {
  it('have a template for every code and variant in both languages, naming only declared params', () => {
    for (const table of [resultsEn.warnings.text, resultsZh.warnings.text] as Record<string, string | Record<string, string>>[]) {
      expect(Object.keys(table).sort()).toEqual([...WARNING_CODES].sort());
      for (const code of WARNING_CODES) {
        const specs: Record<string, WarningParamSpec> = WARNING_PARAMS[code];
        const templates = templatesOf(table, code);
        expect(templates.length, code).toBeGreaterThan(0);
        for (const tpl of templates) {
          expect(tpl.trim(), code).not.toBe('');
          for (const [, name] of tpl.matchAll(/\{\{(\w+)\}\}/g)) {
            expect(specs[name!], `${code}: {{${name}}}`).toBeDefined();
            expect(specs[name!]?.kind, `${code}: {{${name}}}`).not.toBe('variant');
          }
        }
      }
    }
  });

  it("say every one of the sample park's warnings without falling back", () => {
    const sample = sampleParkWarnings();
    expect(sample.length).toBeGreaterThan(10);
    for (const locale of LOCALES)
      for (const { scenario, warning } of sample) {
        const m = warningMessage(warning, locale);
        const where = `${locale} ${scenario} ${warning.code} ${warning.path}`;
        expect(m.translated, where).toBe(true);
        expect(m.text, where).not.toMatch(/\{\{|\}\}/);
        if (locale === 'zh-CN') expect(m.text, where).toMatch(HAN);
      }
  });

  it('say every code and variant with all its params filled', () => {
    for (const locale of LOCALES)
      for (const { code, variant, warning } of everyCodeAndVariant()) {
        const m = warningMessage(warning, locale);
        expect(m.translated, `${locale} ${code} ${variant}`).toBe(true);
        expect(m.text).not.toMatch(/[{}]/);
      }
  });

  it('format figures per locale, with their unit', () => {
    const w = {
      code: 'waste_heat_exceeds_available' as const,
      message: 'Recovers 12346 GJ but the consumers declare 9000 GJ of residual heat; capped',
      params: { recovered_gj: 12345.6, available_gj: 9000 },
    };
    expect(warningMessage(w, 'en-US').text).toBe(
      'Recovers 12,346 GJ but the consumers declare 9,000 GJ of residual heat; capped',
    );
    expect(warningMessage(w, 'zh-CN').text).toBe('回收余热 12,346 GJ，但目标企业申报的可回收余热仅 9,000 GJ；已按申报量封顶');
    const fuel = {
      code: 'switch_exceeds_fuel' as const,
      message: 'x',
      params: { requested: 1.25, available: 0.5, carrier: 'natural_gas' },
    };
    expect(warningMessage(fuel, 'zh-CN').text).toBe('拟替代天然气 1.3 万Nm³，但此时目标企业仅消费 0.5 万Nm³；已按实际消费量封顶');
    expect(warningMessage(fuel, 'en-US').text).toContain('1.3 10⁴ Nm³ of natural gas');
    const share = {
      code: 'grid_factor_projected' as const,
      message: 'x',
      params: { from_year: 2024, series: 'grid.national', decline_rate: 0.02 },
    };
    expect(warningMessage(share, 'zh-CN').text).toBe('2024 年起的电网排放因子由最新发布值按每年下降 2% 推算');
  });

  it("fall back to the engine's English message, never a raw key or placeholder", () => {
    const message =
      'Lifetime ends in 2049, before the horizon 2060: the engine assumes like-for-like replacement at the same capex';
    const cases = [
      { code: 'not_a_code', message, params: {} },
      { code: 'lifetime_before_horizon', message, params: { end_year: 2049 } },
      { code: 'lifetime_before_horizon', message, params: { end_year: '2049', horizon_year: 2060 } },
      { code: 'lifetime_before_horizon', message, params: { end_year: Number.NaN, horizon_year: 2060 } },
      { code: 'lifetime_before_horizon', message },
      { code: 'default_yield_used', message, params: { variant: 'no_such_variant' } },
      { code: 'switch_exceeds_fuel', message, params: { requested: 1, available: 1, carrier: 'plutonium' } },
    ];
    for (const locale of LOCALES)
      for (const w of cases)
        expect(warningMessage(w as never, locale), JSON.stringify(w)).toEqual({ text: message, translated: false });
  });
});
