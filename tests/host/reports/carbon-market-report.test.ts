import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generateReport } from '../../../electron/host/reports/index.ts';
import { ct } from '../../../electron/host/reports/carbon-market/strings.ts';
import { etsPlanInput, market } from '../../core/carbon-market/fixtures.ts';
import { parsePlanOrThrow } from '../../../core/engine/index.ts';
import { scanChinese, scanEnglish } from './language-scan.ts';

/**
 * The carbon-market chapter of the PDF and Word reports and its workbook sheet, on the
 * hand-computed case (tests/core/carbon-market): 2025 costs 65.0 10^4 CNY. Sources are typed
 * in the reader's language here, as a person writing a Chinese plan would.
 */

const plan = () => {
  const input = etsPlanInput({
    markets: [
      market({
        price_source: '方案假设',
        offset_cap_source: '碳排放权交易管理办法（试行）第二十九条',
        offset_price_source: '方案假设',
      }),
    ],
  });
  Object.assign(input.park, { name: '碳市场园区', name_zh: '碳市场园区', name_en: 'Trading demo park' });
  Object.assign(input.scenarios[0]!, { name: '基准情景', name_zh: '基准情景', name_en: 'Baseline' });
  Object.assign(input.scenarios[1]!, { name: '措施情景', name_zh: '措施情景', name_en: 'With measures' });
  return parsePlanOrThrow(input);
};

const sectionOf = (text: string, title: string, next: string) => {
  const start = text.lastIndexOf(title);
  expect(start).toBeGreaterThan(0);
  return text.slice(start, text.indexOf(next, start));
};

describe('the carbon-market section of reports', () => {
  let dir: string;
  const pdf: Record<'zh' | 'en', string> = { zh: '', en: '' };
  let docx = '';
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-ets-report-'));
    const request = { plan: plan(), scenarioIds: ['base'], date: '2026-12-06', appVersion: 'test' };
    for (const lang of ['zh', 'en'] as const) {
      const out = await generateReport({ ...request, lang, format: 'pdf' });
      writeFileSync(join(dir, `ets-${lang}.pdf`), out.bytes);
      pdf[lang] = execFileSync('pdftotext', ['-layout', join(dir, `ets-${lang}.pdf`), '-'], { encoding: 'utf8' });
    }
    const word = await generateReport({ ...request, lang: 'zh', format: 'docx' });
    writeFileSync(join(dir, 'ets.docx'), word.bytes);
    docx = execFileSync('unzip', ['-p', join(dir, 'ets.docx'), 'word/document.xml'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const xlsx = await generateReport({ ...request, lang: 'zh', format: 'xlsx' });
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a table per market in plain Chinese with the hand-computed figures', () => {
    const section = sectionOf(pdf.zh, ct('zh', 'chapter'), '附件1');
    expect(section).toContain(ct('zh', 'tableTitle', { market: '全国碳市场' }));
    expect(section).toContain('园区合计');
    expect(section).toContain('水泥厂');
    expect(section).toMatch(/2025\s+水泥厂\s+100,000\s+90,000\s+-10,000\s+5,000\s+65\.0/);
    expect(section).toContain('第二十九条');
    expect(scanChinese(section)).toEqual([]);
  });

  it('prints it in English with no Chinese character (names in English)', () => {
    const section = sectionOf(pdf.en, ct('en', 'chapter'), 'Annex 1');
    expect(section).toMatch(/2025\s+Cement plant\s+100,000\s+90,000\s+-10,000\s+5,000\s+65\.0/);
    // The sources were typed in Chinese only: they are the one place the reader sees them as written.
    expect(scanEnglish(section.replace(/方案假设|碳排放权交易管理办法（试行）第二十九条/g, ''))).toEqual([]);
  });

  it('has the chapter in the Word document', () => {
    expect(docx).toContain(ct('zh', 'chapter'));
    expect(docx).toContain('园区合计');
  });

  it('adds a long sheet to the workbook: one row per scenario, year and enterprise', () => {
    const ws = wb.getWorksheet(ct('zh', 'sheet'))!;
    expect(ws).toBeDefined();
    expect(ws.rowCount).toBe(3);
    const row = ws.getRow(2).values as unknown[];
    expect(row.slice(1, 5)).toEqual(['基准情景', 2025, '全国碳市场', '水泥厂']);
    expect(row.slice(5)).toEqual([100_000, 120_000, 90_000, -10_000, 5_000, 5_000, 0, 80, 50, 65]);
  });

  it('lists the inputs with their sources: the market, then the covered enterprise', () => {
    const ws = wb.getWorksheet(ct('zh', 'inputsSheet'))!;
    const market = ws.getRow(2).values as unknown[];
    expect(market.slice(1, 8)).toEqual([
      '碳市场',
      '全国碳市场',
      '全国',
      '2025: 80; 2026: 100',
      '方案假设',
      5,
      '碳排放权交易管理办法（试行）第二十九条',
    ]);
    const covered = ws.getRow(3).values as unknown[];
    expect(covered.slice(10, 17)).toEqual([
      '水泥厂',
      '直接排放',
      '基准值×产量',
      '2025: 0.75',
      't clinker',
      120_000,
      'test benchmark',
    ]);
  });
});
