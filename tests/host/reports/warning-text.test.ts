import { describe, expect, it } from 'vitest';
import { WARNING_CODES, WARNING_PARAMS, warningVariants } from '../../../core/engine/index.ts';
import type { WarningParamSpec } from '../../../core/engine/index.ts';
import { LANGS } from '../../../electron/host/reports/i18n.ts';
import { reportWarningText, warningTemplates } from '../../../electron/host/reports/warning-text.ts';
import { everyCodeAndVariant, sampleParkWarnings } from '../../core/engine/warning-cases.ts';

const HAN = /\p{Script=Han}/u;

describe('warning sentences in reports', () => {
  it('have a template for every code and variant in both languages, naming only declared params', () => {
    for (const lang of LANGS) {
      const table = warningTemplates(lang);
      expect(Object.keys(table).sort(), lang).toEqual([...WARNING_CODES].sort());
      for (const code of WARNING_CODES) {
        const entry = table[code];
        const specs: Record<string, WarningParamSpec> = WARNING_PARAMS[code];
        const templates = typeof entry === 'string' ? [entry] : warningVariants(code).map((v) => entry?.[v] ?? '');
        expect(templates.length, code).toBeGreaterThan(0);
        for (const tpl of templates) {
          expect(tpl.trim(), `${lang} ${code}`).not.toBe('');
          for (const [, name] of tpl.matchAll(/\{(\w+)\}/g)) {
            expect(specs[name!], `${lang} ${code}: {${name}}`).toBeDefined();
            expect(specs[name!]?.kind).not.toBe('variant');
          }
        }
      }
    }
  });

  it("say every one of the sample park's warnings without falling back", () => {
    const sample = sampleParkWarnings();
    expect(sample.length).toBeGreaterThan(10);
    for (const lang of LANGS)
      for (const { scenario, warning } of sample) {
        const m = reportWarningText(warning, lang);
        const where = `${lang} ${scenario} ${warning.code} ${warning.path}`;
        expect(m.translated, where).toBe(true);
        expect(m.text, where).not.toMatch(/[{}]/);
        if (lang === 'zh') expect(m.text, where).toMatch(HAN);
      }
  });

  it('say every code and variant with all its params filled, figures with their unit', () => {
    for (const lang of LANGS)
      for (const { code, variant, warning } of everyCodeAndVariant()) {
        const m = reportWarningText(warning, lang);
        expect(m.translated, `${lang} ${code} ${variant}`).toBe(true);
        expect(m.text).not.toMatch(/[{}]/);
      }
    const w = { code: 'ccus_exceeds_emissions' as const, message: 'x', params: { captured_tco2: 52000.4, emitted_tco2: 41000 } };
    expect(reportWarningText(w, 'zh').text).toBe('捕集量 52,000 tCO2，但目标企业范围一排放仅 41,000 tCO2；已按排放量封顶');
    const coal = {
      code: 'negative_energy_clamped' as const,
      message: 'x',
      params: { carrier: 'coal', amount: -0.25, consumer: '甲公司' },
    };
    expect(reportWarningText(coal, 'zh').text).toBe('措施使“甲公司”的原煤消费量低于零（-0.25 吨）；已按 0 计');
    expect(reportWarningText(coal, 'en').text).toBe(
      'Measures would take the coal use of 甲公司 below zero (-0.25 t); clamped at 0',
    );
  });

  it("falls back to the engine's English message when a param is missing or the code unknown", () => {
    const message = 'Starts before the base year 2024: capex before the base year is not counted';
    for (const lang of LANGS) {
      expect(reportWarningText({ code: 'measure_starts_before_base_year', message, params: {} }, lang)).toEqual({
        text: message,
        translated: false,
      });
      expect(reportWarningText({ code: 'nope' as never, message, params: {} }, lang)).toEqual({
        text: message,
        translated: false,
      });
    }
  });
});
