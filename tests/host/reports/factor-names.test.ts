import { describe, expect, it } from 'vitest';
import { FACTOR_LIBRARY } from '../../../core/factors/library.ts';
import { COST_LIBRARY } from '../../../core/costs/library.ts';
import { factorName, factorUnit } from '../../../electron/host/reports/factor-names.ts';
import { citedSource } from '../../../electron/host/reports/document/cited-sources.ts';
import { scanChinese, scanEnglish } from './language-scan.ts';

/**
 * Annex 2 of a report lists factors and unit costs with their sources. Every key of the shipped
 * factor library has a name in words in both languages, and every source of both libraries a
 * Chinese citation, so the annex is clean for any park (not only the samples the language test
 * renders): a new library key or source without its words fails here.
 */
describe('the factor and cost libraries in a report', () => {
  const keys = Object.keys(FACTOR_LIBRARY);

  it('name every factor in words in either language, with its unit', () => {
    const zh = keys.map((k) => `${factorName(k, 'zh')} ${factorUnit(FACTOR_LIBRARY[k]!.unit, 'zh')}`).join('\n');
    const en = keys.map((k) => `${factorName(k, 'en')} ${factorUnit(FACTOR_LIBRARY[k]!.unit, 'en')}`).join('\n');
    expect(scanChinese(zh)).toEqual([]);
    expect(scanEnglish(en)).toEqual([]);
    expect(factorName('grid.provincial.sichuan.2022', 'zh')).toBe('四川省级电网平均排放因子（2022年）');
    expect(factorName('electricity.coal_method_gce_per_kwh.2022', 'en')).toBe(
      'Thermal power plants’ average supply coal consumption (2022)',
    );
    // A key the scheme does not know is shown as it is (and the language scan catches it), not dropped.
    expect(factorName('mystery.factor', 'zh')).toBe('mystery.factor');
  });

  it('cite every source of both libraries by a Chinese title in a Chinese report', () => {
    const sources = [
      ...keys.map((k) => FACTOR_LIBRARY[k]!.source),
      ...Object.values(COST_LIBRARY).flatMap((t) => Object.values(t).map((e) => e!.source)),
    ];
    expect(scanChinese([...new Set(sources)].map((s) => citedSource(s, 'zh')).join('\n'))).toEqual([]);
  });
});
