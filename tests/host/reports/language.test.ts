import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateReport } from '../../../electron/host/reports/index.ts';
import { warningLocation } from '../../../electron/host/reports/warning-location.ts';
import { gridSeriesText } from '../../../electron/host/reports/i18n.ts';
import { localisePlanNames } from '../../../electron/host/reports/local-names.ts';
import { bilingualSamplePlan } from '../../fixtures/bilingual-sample.ts';
import { loadSamplePlan } from '../../../electron/host/host.ts';
import { cityText, provinceText } from '../../../core/text/places.ts';
import { scanChinese, scanEnglish } from './language-scan.ts';

/**
 * Each edition of the report speaks one language. Both sample parks are rendered in Chinese and
 * in English, as PDF and as DOCX, and every text is scanned (language-scan.ts): the PDF read back
 * with poppler's pdftotext, the DOCX from its word/document.xml (no word processor needed).
 * Nothing is left out of the scan: the factor and cost tables of Annex 2 name factors in words
 * and cite their sources in the reader's language, and the park's province and city are printed
 * in it too (places.ts). The uncertainty chapter is in (a few Monte Carlo runs suffice for text).
 */

const DATE = '2026-11-22';
const SAMPLES = ['suining', 'zhangye'] as const;
const LANGS = ['zh', 'en'] as const;
const FORMATS = ['pdf', 'docx'] as const;
type Edition = `${(typeof SAMPLES)[number]}-${(typeof LANGS)[number]}-${(typeof FORMATS)[number]}`;
const dir = mkdtempSync(join(tmpdir(), 'pz-lang-'));
const text = {} as Record<Edition, string>;

/** A DOCX's text: its paragraphs, one a line, with the runs of each joined. */
function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join(''))
    .join('\n');
}
const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

beforeAll(async () => {
  for (const sample of SAMPLES) {
    const plan = loadSamplePlan(sample);
    for (const lang of LANGS)
      for (const format of FORMATS) {
        const out = await generateReport({
          plan,
          format,
          lang,
          scenarioIds: [],
          date: DATE,
          appVersion: '0.0.0',
          uncertaintyRuns: 10,
        });
        const file = join(dir, `${sample}-${lang}.${format}`);
        writeFileSync(file, out.bytes);
        text[`${sample}-${lang}-${format}`] =
          format === 'pdf' ? execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) : docxText(file);
      }
  }
}, 300_000);

describe.each(SAMPLES)('the reports of the %s sample', (sample) => {
  it.each(FORMATS)(
    'in Chinese (%s) have no Latin word outside units, formulas and the product name, and no identifier or JSON path',
    (format) => {
      const t = text[`${sample}-zh-${format}`];
      expect(t.length).toBeGreaterThan(10_000);
      expect(scanChinese(t)).toEqual([]);
    },
  );

  it.each(FORMATS)('in English (%s) have no Chinese character and no identifier or JSON path', (format) => {
    const t = text[`${sample}-en-${format}`];
    expect(t.length).toBeGreaterThan(10_000);
    expect(scanEnglish(t)).toEqual([]);
  });

  it("name every park, enterprise, scenario and target in the reader's language, with nothing marked untranslated", () => {
    const plan = loadSamplePlan(sample);
    for (const lang of LANGS)
      for (const format of FORMATS) {
        const t = text[`${sample}-${lang}-${format}`].replace(/\s+/g, '');
        for (const e of [plan.park, ...plan.consumers, ...plan.scenarios, ...plan.targets]) {
          const name = lang === 'zh' ? e.name_zh : e.name_en;
          expect(name, `${e.name} (${lang})`).toBeDefined();
          expect(t, `${name} in ${lang} ${format}`).toContain(name!.replace(/\s+/g, ''));
        }
        expect(t).not.toContain(lang === 'zh' ? '未译' : 'untranslated');
      }
  });
});

describe('Annex 2 of the Chinese report', () => {
  it('names factors in words, with their place and year, and cites documents by their Chinese titles', () => {
    const t = text['suining-zh-pdf'];
    expect(t).toContain('原煤低位发热量');
    expect(t).toContain('西南电网平均排放因子（2023年）');
    expect(t).toContain('四川风电年利用小时数');
    expect(t).toContain('《综合能耗计算通则》');
    expect(t).toContain('中国光伏行业协会');
    expect(t).toContain('位于遂宁（四川）');
    expect(text['zhangye-en-docx']).toContain('Northwest China grid average emission factor (2023)');
  });
});

describe('the scans', () => {
  it('catch what leaked into reports before: codes, English words, JSON paths, Chinese in English', () => {
    const zh = scanChinese('电网排放因子：grid average regional.southwest\n因子 coal.ncv_gj_per_t 见 scenarios[2].measures[9]');
    expect(zh.map((f) => f.token)).toEqual(
      expect.arrayContaining(['regional.southwest', 'coal.ncv_gj_per_t', 'scenarios[2]', 'measures[9]', 'grid', 'average']),
    );
    expect(scanChinese('排放 12,000 tCO2，电力 300 MWh，CO2 与 H2，由 ParkZero 生成，GB/T 2589')).toEqual([]);
    expect(scanEnglish('Scenario 近零碳 uses two_shift').map((f) => f.token)).toEqual(['近零碳', 'two_shift']);
  });
});

describe('names and places in a report', () => {
  it('mark a name only available in the other language', () => {
    const plan = bilingualSamplePlan();
    delete plan.consumers[0]!.name_zh;
    delete plan.scenarios[0]!.name_en;
    plan.scenarios[0]!.name = '基准情景'; // a Chinese project that never wrote the English name
    const zh = localisePlanNames(plan, 'zh');
    const en = localisePlanNames(plan, 'en');
    expect(zh.consumers[0]!.name).toBe('Printed circuit board plant（未译）');
    expect(en.scenarios[0]!.name).toBe('基准情景 (untranslated)');
    expect(en.consumers[0]!.name).toBe('Printed circuit board plant');
  });

  it("give descriptions and target sources in the reader's language, marking one only written in the other", () => {
    const plan = loadSamplePlan('zhangye');
    delete plan.scenarios[1]!.description_en;
    const zh = localisePlanNames(plan, 'zh');
    const en = localisePlanNames(plan, 'en');
    expect(zh.park.description).toBe(plan.park.description_zh);
    expect(en.park.description).toBe(plan.park.description_en);
    expect(en.targets[0]!.source).toBe(plan.targets[0]!.source_en);
    expect(zh.targets[0]!.source).toBe(plan.targets[0]!.source_zh);
    expect(zh.targets[0]!.source).toMatch(/^国家零碳园区建设指标/);
    expect(en.scenarios[1]!.description).toBe(`${plan.scenarios[1]!.description_zh} (untranslated)`);
  });

  it("print the province and the city in the reader's language", () => {
    expect(provinceText('Sichuan', 'zh')).toBe('四川');
    expect(provinceText('甘肃省', 'en')).toBe('Gansu');
    expect(cityText('Suining City', 'zh')).toBe('遂宁');
    expect(cityText('张掖市', 'en')).toBe('Zhangye');
    expect(cityText('Mianyang', 'zh')).toBe('Mianyang（未译）');
    expect(cityText('绵阳', 'zh')).toBe('绵阳');
  });

  it('turn warning paths into plain locations, in either language', () => {
    const plan = localisePlanNames(bilingualSamplePlan(), 'zh');
    expect(warningLocation('scenarios[2].measures[0].params.capacity_kw', plan, 'zh')).toBe(
      `情景「近零碳园区情景」的措施「${plan.scenarios[2]!.measures[0]!.name}」的装机容量`,
    );
    expect(warningLocation('scenarios[0].settings.grid_factor_scope', plan, 'zh')).toBe('情景「基准情景」的电网因子范围');
    expect(warningLocation('scenarios[1].measure_overrides[0].set["params.share_of_grid"]', plan, 'zh')).toBe(
      '情景「清洁能源转型情景」的对继承措施的修改的占购电量比例',
    );
    expect(warningLocation('factor_overrides', plan, 'zh')).toBe('项目因子取值');
    expect(warningLocation('(root)', plan, 'en')).toBe('the whole plan');
    expect(warningLocation('consumers[0].mystery_field', localisePlanNames(bilingualSamplePlan(), 'en'), 'en')).toBe(
      'enterprise “Printed circuit board plant”, a parameter',
    );
  });

  it('name the grid factor series in words', () => {
    expect(gridSeriesText('grid average regional.southwest', 'zh')).toBe('西南电网平均排放因子');
    expect(gridSeriesText('grid average national', 'en')).toBe('national grid average emission factor');
    expect(gridSeriesText('grid average provincial.sichuan', 'zh')).toBe('四川省级电网平均排放因子');
    expect(gridSeriesText('grid average regional.southwest (no provincial series for "x": regional series used)', 'zh')).toBe(
      '西南电网平均排放因子（该省无省级因子，采用区域电网因子）',
    );
  });
});
