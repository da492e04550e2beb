import { describe, expect, it } from 'vitest';
import { FACTOR_LIBRARY } from '../../../core/factors/library.ts';
import { COST_LIBRARY } from '../../../core/costs/library.ts';
import { factorName, factorNote, factorSeries, factorUnit } from '../../../core/text/factor-names.ts';
import { citedSource } from '../../../core/text/cited-sources.ts';
import { scanChinese, scanEnglish } from '../../host/reports/language-scan.ts';

/**
 * Annex 2 of a report and the Factors screen list factors and unit costs with their sources.
 * Every key of the shipped factor library has a name in words in both languages, and every
 * source of both libraries a Chinese citation, so the annex and the screen are clean for any
 * park (not only the samples the language tests render): a new library key or source without
 * its words fails here.
 */
describe('the factor and cost libraries in words', () => {
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

  it('give every series and note of the factor library in Chinese words, and as the library has them in English', () => {
    const values = keys.map((k) => FACTOR_LIBRARY[k]!);
    const series = [...new Set(values.map((v) => v.series))];
    const notes = [...new Set(values.flatMap((v) => (v.note === undefined ? [] : [v.note])))];
    expect(notes.length).toBeGreaterThan(0);
    const zh = [...series.map((s) => factorSeries(s, 'zh')), ...notes.map((n) => factorNote(n, 'zh'))];
    expect(zh.filter((x) => x === null)).toEqual([]);
    expect(scanChinese(zh.join('\n'))).toEqual([]);
    expect(series.map((s) => factorSeries(s, 'en'))).toEqual(series);
    expect(factorSeries('grid average, southwest region', 'zh')).toBe('电网平均排放因子，西南电网');
    expect(factorSeries('grid average, province sichuan', 'zh')).toBe('电网平均排放因子，四川省级电网');
    // A series or note the table does not know gives no Chinese words rather than English ones.
    expect(factorSeries('some new series', 'zh')).toBeNull();
    expect(factorNote('some new note', 'zh')).toBeNull();
  });

  it('name the cities of the PV yield table in both languages', () => {
    const cities = keys.filter((k) => k.startsWith('pv_yield_city.'));
    expect(cities.length).toBeGreaterThan(0);
    for (const k of cities) expect(factorName(k, 'zh')).not.toBe(k);
    expect(factorName('pv_yield_city.suining', 'zh')).toBe('遂宁光伏年等效利用小时数');
    expect(factorName('pv_yield_city.suining', 'en')).toBe('Suining: PV specific yield');
  });
});
