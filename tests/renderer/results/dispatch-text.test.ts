import { describe, expect, it } from 'vitest';
import { DISPATCH_NOTE_CODES, DISPATCH_NOTE_PARAMS, dispatchNoteVariants } from '../../../core/engine/index.ts';
import type { DispatchNoteCode, WarningParamSpec } from '../../../core/engine/index.ts';
import { resultsEn } from '../../../renderer/src/results/messages-en.ts';
import { resultsZh } from '../../../renderer/src/results/messages-zh-CN.ts';
import { dispatchSentence } from '../../../renderer/src/results/warning-text.ts';
import {
  everyDispatchCodeAndVariant,
  otherEngineDispatchSentences,
  sampleParkDispatchSentences,
  type DispatchCase,
} from '../../core/engine/dispatch-note-cases.ts';

const LOCALES = ['zh-CN', 'en-US'] as const;
const HAN = /\p{Script=Han}/u;

/**
 * What a Chinese sentence may still hold in Latin letters: the params printed as they are
 * (citations, user and file names, ids, English climate names given no Chinese form) and units.
 */
function latinOutsideParams(text: string, c: DispatchCase): string {
  let rest = text;
  for (const v of Object.values(c.sentence.params)) if (typeof v === 'string' && v !== '') rest = rest.split(v).join('');
  return rest.replace(/CNY|MWh|kWp|kWh|kW|EPW/g, '');
}

function expectSaid(c: DispatchCase, locale: (typeof LOCALES)[number]): void {
  const where = `${locale} ${c.where}`;
  const m = dispatchSentence(c.sentence, locale);
  expect(m.translated, where).toBe(true);
  expect(m.text, where).not.toMatch(/\{\{|\}\}|results\.|dispatchNote/);
  if (locale === 'zh-CN') {
    expect(m.text, where).toMatch(HAN);
    expect(m.text, where).not.toBe(c.sentence.message);
    // No English words of the template's own: only the names and citations it quotes.
    expect(latinOutsideParams(m.text, c), where).not.toMatch(/[A-Za-z]{2,}/);
  }
}

describe('dispatch-note sentences in the UI', () => {
  it('have a template for every code and variant in both languages, naming only declared params', () => {
    for (const messages of [resultsEn, resultsZh]) {
      const table: Record<string, string | Record<string, string>> = {
        ...messages.dispatchNote.text,
        climate_note: messages.warnings.text.climate_note,
      };
      expect(Object.keys(table).sort()).toEqual([...DISPATCH_NOTE_CODES].sort());
      for (const code of DISPATCH_NOTE_CODES) {
        const entry = table[code]!;
        const variants = dispatchNoteVariants(code as DispatchNoteCode);
        const templates = typeof entry === 'string' ? [entry] : variants.map((v) => entry[v] ?? '');
        if (typeof entry !== 'string') expect(Object.keys(entry).sort(), code).toEqual([...variants].sort());
        const specs: Record<string, WarningParamSpec> = DISPATCH_NOTE_PARAMS[code];
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

  it("say every sentence of the sample park's dispatch notes (all scenarios) in Chinese and English", () => {
    const sample = sampleParkDispatchSentences();
    // Each scenario: the method, the tariff and at least the climate's source.
    expect(sample.length).toBeGreaterThanOrEqual(9);
    for (const locale of LOCALES) for (const c of sample) expectSaid(c, locale);
    // The library's own sources (climate table, TOU periods) have Chinese versions too.
    for (const c of sample) expect(dispatchSentence(c.sentence, 'zh-CN').text, c.where).not.toMatch(/approximate|secondary/);
  });

  it('say the sentences of annual netting, imported series, a capital fallback and a flat tariff', () => {
    const other = otherEngineDispatchSentences();
    const said = new Set(other.map((c) => `${c.sentence.code}:${c.sentence.params['variant'] ?? ''}`));
    // Every code and variant is reached through the engine by the sample park or these plans,
    // except weather_file (weather handed to the profile cache directly, not through a plan).
    for (const c of [...sampleParkDispatchSentences(), ...other])
      said.add(`${c.sentence.code}:${c.sentence.params['variant'] ?? ''}`);
    const expected = everyDispatchCodeAndVariant()
      .map((x) => `${x.code}:${x.variant ?? ''}`)
      .filter((k) => k !== 'climate_note:weather_file');
    for (const k of expected) expect(said, k).toContain(k);
    for (const locale of LOCALES) for (const c of other) expectSaid(c, locale);
  });

  it('say every code and variant with all its params filled', () => {
    for (const locale of LOCALES)
      for (const { code, variant, sentence } of everyDispatchCodeAndVariant()) {
        const m = dispatchSentence(sentence, locale);
        expect(m.translated, `${locale} ${code} ${variant}`).toBe(true);
        expect(m.text).not.toMatch(/[{}]/);
      }
  });

  it('format prices per locale, with their unit, and name the tariff and load profile in Chinese', () => {
    const tou = sampleParkDispatchSentences().find((c) => c.sentence.code === 'tariff')!.sentence;
    expect(dispatchSentence(tou, 'zh-CN').text).toMatch(
      /^四川分时电价（2022年，近似）：平段电价 550\.6 元\/MWh，峰段为平段的 1\.6 倍，谷段 0\.4 倍，尖峰 1\.92 倍（使基准年园区负荷的平均购电价为 600 元\/MWh）；上网电价 300 元\/MWh。来源：参照国家发展改革委发改价格〔2021〕1093号整理的四川分时时段/,
    );
    expect(dispatchSentence(tou, 'en-US').text).toMatch(
      /^Sichuan TOU 2022 \(approximate\): flat period 550\.6 CNY\/MWh, peak ×1\.6/,
    );
    const load = otherEngineDispatchSentences().find((c) => c.sentence.code === 'load_series')!.sentence;
    expect(dispatchSentence(load, 'zh-CN').text).toContain('代替“两班制”负荷曲线');
    expect(dispatchSentence(load, 'en-US').text).toContain('instead of the two shifts load profile');
  });

  it("fall back to the engine's English sentence, never a raw key or placeholder", () => {
    const message = 'flat 600 CNY/MWh import, 300 CNY/MWh export';
    const cases = [
      { code: 'not_a_code', message, params: {} },
      { code: 'tariff', message, params: { variant: 'flat', import_price: 600 } },
      { code: 'tariff', message, params: { variant: 'flat', import_price: '600', export_price: 300 } },
      { code: 'tariff', message, params: { variant: 'no_such_variant', import_price: 600, export_price: 300 } },
      {
        code: 'load_series',
        message,
        params: { consumer: 'c', consumer_id: 'c', load_profile: 'night_owl', series: 's', file: 'f', imported_on: 'd' },
      },
    ];
    for (const locale of LOCALES)
      for (const c of cases)
        expect(dispatchSentence(c as never, locale), JSON.stringify(c)).toEqual({ text: message, translated: false });
  });
});
