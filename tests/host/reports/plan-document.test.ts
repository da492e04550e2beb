import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../electron/host/cli/main.ts';
import { d } from '../../../electron/host/reports/document/strings.ts';
import { amount, decline } from '../../../electron/host/reports/document/units.ts';
import { planningPeriods } from '../../../electron/host/reports/document/facts.ts';
import type { PlanResults, ScenarioResult } from '../../../core/engine/index.ts';
import { loadSamplePlan } from '../../../electron/host/host.ts';
import { buildReportModel, runForReport } from '../../../electron/host/reports/report-model.ts';
import { buildReportDocument } from '../../../electron/host/reports/document/build.ts';
import { checkPlanOrThrow } from '../../../core/engine/validate.ts';
import { registerReportSections } from '../../../electron/host/reports/index.ts';

/**
 * The plan document end to end through the CLI: `parkzero report --lang zh -o plan.pdf` and
 * `-o plan.docx` of both sample parks. poppler reads the PDF back; the DOCX is unzipped and its
 * word/document.xml read. Both must have the same chapters in the same order, and the figures
 * of the executive summary and the project list must be those of `parkzero run --format json`.
 * Page images go to test-artifacts/plan-document/ for a person to look at.
 */

const SAMPLES = ['suining', 'zhangye'] as const;
const DATE = '2026-11-22';
const ARTIFACTS = join('test-artifacts', 'plan-document');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
/** Runs of spaces as one (pdftotext's layout mode spaces text by its position). */
const squeeze = (s: string) => s.replace(/[ \t]+/g, ' ').trim();

/** The DOCX's paragraphs as text (runs joined), and which of them are level-1 headings. */
function docxParagraphs(file: string): { text: string; heading1: boolean }[] {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join(''),
    heading1: p.includes('<w:pStyle w:val="Heading1"/>'),
  }));
}

/** The recommended scenario by the rule the report states (no choice saved in the sample). */
function recommended(results: PlanResults): ScenarioResult {
  const met = (r: ScenarioResult) => r.targets.filter((x) => x.pass).length;
  const best = Math.max(...results.scenarios.map(met));
  return results.scenarios
    .filter((r) => met(r) === best)
    .reduce((a, b) => (b.summary.npv_total_cost_cny < a.summary.npv_total_cost_cny ? b : a));
}

describe.each(SAMPLES)('plan document of the %s sample (PDF and DOCX)', (sample) => {
  let dir: string;
  let results: PlanResults;
  const pdf = () => join(dir, 'plan.pdf');
  const docx = () => join(dir, 'plan.docx');
  const enDocx = () => join(dir, 'plan-en.docx');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-plan-doc-'));
    const project = join(dir, 'park.parkzero');
    expect((await cli('import', `resources/samples/${sample}.plan.json`, '-o', project)).code).toBe(0);
    const run = await cli('run', project, '--format', 'json');
    expect(run.code).toBe(0);
    results = JSON.parse(run.out) as PlanResults;
    for (const [out, lang] of [
      [pdf(), 'zh'],
      [docx(), 'zh'],
      [enDocx(), 'en'],
    ] as const) {
      const made = await cli('report', project, '--lang', lang, '--date', DATE, '-o', out);
      expect(made.err).toBe('');
      expect(made.code).toBe(0);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf(), join(ARTIFACTS, `${sample}-zh`)]);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same chapters in the same order in the PDF and the DOCX, the nine chapters of a park plan among them', () => {
    const headings = docxParagraphs(docx())
      .filter((p) => p.heading1)
      .map((p) => p.text);
    const expected = [
      d('zh', 'summary'),
      ...(
        [
          'chBasis',
          'chOverview',
          'chBaseline',
          'chTargets',
          'chTasks',
          'chProjects',
          'chInvestment',
          'chBenefits',
          'chSafeguards',
        ] as const
      ).map((k) => expect.stringContaining(d('zh', k))),
      expect.stringContaining(d('zh', 'anAssumptions')),
      expect.stringContaining(d('zh', 'anFactors')),
      expect.stringContaining(d('zh', 'anWarnings')),
    ];
    expect(headings).toEqual(expected);
    expect(headings[1]).toBe('第一章 编制依据');
    // The PDF: each chapter title starts a page, in the same order (after the contents page).
    const pages = pdftotext(pdf()).split('\f');
    const starts = headings.map((h) => pages.findIndex((p, i) => i > 1 && p.split('\n').some((l) => squeeze(l) === squeeze(h))));
    expect(starts.every((s) => s > 1)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    // The contents page lists them all.
    for (const h of headings) expect(squeeze(pages[1]!)).toContain(squeeze(h));
    // The English edition has the same structure.
    const en = docxParagraphs(enDocx()).filter((p) => p.heading1);
    expect(en.map((p) => p.text)[1]).toBe(`1 ${d('en', 'chBasis')}`);
    expect(en.length).toBe(headings.length);
  });

  it("states the executive summary's figures as parkzero run computes them, in both formats", () => {
    const rec = recommended(results);
    const base = rec.years[0]!;
    const years = [base.year, 2025, 2030, 2035, 2060].filter(
      (y, i) => i === 0 || (y > base.year && rec.years.some((x) => x.year === y)),
    );
    const at = (y: number) => rec.years.find((x) => x.year === y)!;
    const rows = [
      years.map((y) => amount('wan_tce', at(y).energy.tce_equivalent)),
      years.map((y) => amount('wan_tco2', at(y).emissions.net_tco2)),
      years.map((y) => amount('tce_per_wan_cny', at(y).indicators.tce_per_10k_cny_va_equivalent)),
      years
        .slice(1)
        .map((y) => amount('percent', decline(base.indicators.tco2_per_10k_cny_va, at(y).indicators.tco2_per_10k_cny_va))),
      years.map((y) => amount('percent', at(y).indicators.non_fossil_share_coal_method)),
    ];
    const summaryPage = pdftotext(pdf()).split('\f')[2]!;
    expect(squeeze(summaryPage)).toContain(squeeze(d('zh', 'summary')));
    expect(summaryPage).toContain(`“${rec.scenario_name}”`);
    const lines = summaryPage.split('\n');
    for (const row of rows)
      expect(
        lines.some((l) => l.includes(row.join(' ').replace(/ /g, '')) || new RegExp(row.map(escape).join('\\s+')).test(l)),
        row.join(' '),
      ).toBe(true);
    // The DOCX: the same figures, each a cell of the summary table.
    const paras = docxParagraphs(docx());
    const summary = paras.slice(
      paras.findIndex((p) => p.heading1 && p.text === d('zh', 'summary')),
      paras.findIndex((p) => p.heading1 && p.text.includes(d('zh', 'chBasis'))),
    );
    const cells = summary.map((p) => p.text);
    for (const row of rows) {
      const first = cells.indexOf(row[0]!);
      expect(first, row.join(' ')).toBeGreaterThan(0);
      expect(cells.slice(first, first + row.length)).toEqual(row);
    }
    // Every target of the recommended scenario, met or missed as the run says.
    const met = rec.targets.filter((x) => x.pass).length;
    expect(cells.filter((c) => c === d('zh', 'met')).length).toBeGreaterThanOrEqual(met);
    expect(cells.join('\n')).toContain(`${met}/${rec.targets.length}`);
  });

  it("lists the recommended scenario's projects with the run's abatement and capex, by planning period", () => {
    const rec = recommended(results);
    const paras = docxParagraphs(docx()).map((p) => p.text);
    // lastIndexOf: the contents list the same titles first.
    const chapter = paras.slice(
      paras.lastIndexOf(`第六章 ${d('zh', 'chProjects')}`),
      paras.lastIndexOf(`第七章 ${d('zh', 'chInvestment')}`),
    );
    // Every measure with a MAC entry is a project, and its cumulative abatement (the removal
    // of the measure, year by year) is the run's.
    for (const x of rec.mac) {
      const row = chapter.lastIndexOf(x.name);
      expect(row, x.name).toBeGreaterThan(0);
    }
    const text = chapter.join('\n');
    for (const x of rec.mac) expect(text, x.name).toContain(amount('wan_tco2', x.cumulative_abatement_tco2));
    // Investment by period: the totals row adds up to the run's capex in each period and overall.
    const periods = planningPeriods(rec.years[0]!.year, rec.years.at(-1)!.year);
    expect(periods.map((p) => p.fyp)).toEqual([14, 15, 16, null]);
    const capexIn = (from: number, to: number) =>
      rec.years.filter((y) => y.year >= from && y.year <= to).reduce((s, y) => s + y.costs.capex_cny, 0);
    const totals = [...periods.map((p) => amount('wan_cny', capexIn(p.from, p.to))), amount('wan_cny', capexIn(0, 9999))];
    const lastTotal = chapter.lastIndexOf(d('zh', 'total'));
    expect(chapter.slice(lastTotal + 1, lastTotal + 1 + totals.length)).toEqual(totals);
    expect(text).toContain('“十五五”时期（2026—2030年）');
  });

  it('writes a Word file Word can open: the parts a document needs, a contents field and the charts with PNG fallbacks', () => {
    const list = execFileSync('unzip', ['-l', docx()], { encoding: 'utf8' });
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels'])
      expect(list).toContain(part);
    const xml = execFileSync('unzip', ['-p', docx(), 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(xml).toMatch(/<w:instrText[^>]*>TOC /);
    const svgs = (list.match(/word\/media\/\S+\.svg/g) ?? []).length;
    const pngs = (list.match(/word\/media\/\S+\.png/g) ?? []).length;
    expect(svgs).toBeGreaterThan(5);
    expect(pngs).toBe(svgs);
    expect(readFileSync(docx()).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('narrative text in the plan document', () => {
  it("prints a person's text as theirs, apart from the generated paragraphs, the cover details, and a reminder where none was written", () => {
    const sample = loadSamplePlan();
    const plan = checkPlanOrThrow({
      ...sample,
      report: {
        organisation: '四川省某规划设计研究院',
        client: '园区管委会',
        version: 'V2.0',
        status: 'final',
        recommended_scenario_id: 'baseline',
        texts: [{ chapter: 'basis', lang: 'zh', body: '《工业领域碳达峰实施方案》\n\n《四川省碳达峰实施方案》' }],
      },
    });
    const ids = ['baseline'];
    const model = buildReportModel(plan, runForReport(plan, ids), {
      lang: 'zh',
      scenarioIds: ids,
      date: DATE,
      fingerprint: 'f',
      appVersion: 'test',
    });
    const doc = buildReportDocument(model);
    expect(doc.cover.fields.map((f) => f.value)).toEqual([
      '四川省某规划设计研究院',
      '园区管委会',
      'V2.0',
      '正式稿',
      '2026年11月22日',
    ]);
    expect(doc.cover.draftBanner).toBeNull();
    const basis = doc.chapters.find((c) => c.id === 'basis')!;
    const paras = basis.blocks.filter((b) => b.kind === 'paragraph');
    expect(paras.filter((p) => p.origin === 'user').map((p) => p.text)).toEqual([
      '《工业领域碳达峰实施方案》',
      '《四川省碳达峰实施方案》',
    ]);
    expect(paras.some((p) => p.origin === 'generated')).toBe(true);
    const safeguards = doc.chapters.find((c) => c.id === 'safeguards')!;
    expect(safeguards.blocks).toEqual([
      { kind: 'paragraph', text: d('zh', 'placeholder'), origin: 'placeholder', style: 'note' },
    ]);
    // The chosen scenario is the recommended one, and the summary says the authors chose it.
    expect(model.recommended).toMatchObject({ reason: 'user' });
    expect(doc.summary.blocks[0]).toMatchObject({ text: expect.stringContaining(d('zh', 'whyUser')) });
  }, 60_000);
});

describe('chapters of other modules', () => {
  it('numbers a registered chapter after the nine and an annex after the annexes, with their own table labels', () => {
    const plan = checkPlanOrThrow({ ...loadSamplePlan(), report: { client: 'hook-test' } });
    // Only for this plan: the registry is global to the process.
    registerReportSections((m) =>
      m.plan.report?.client !== 'hook-test'
        ? []
        : [
            {
              id: 'uncertainty',
              placement: 'chapter',
              title: (lang) => (lang === 'zh' ? '不确定性分析' : 'Uncertainty'),
              build: ({ label }) => [
                {
                  kind: 'table',
                  label: label.table(),
                  title: '达标概率',
                  columns: [{ header: '目标', weight: 1 }],
                  rows: [['x']],
                  source: 's',
                },
              ],
            },
            {
              id: 'lp',
              placement: 'annex',
              title: () => '最低成本方案',
              build: () => [{ kind: 'paragraph', text: 'p', origin: 'generated' }],
            },
          ],
    );
    const ids = ['baseline'];
    const model = buildReportModel(plan, runForReport(plan, ids), {
      lang: 'zh',
      scenarioIds: ids,
      date: DATE,
      fingerprint: 'f',
      appVersion: 't',
    });
    const doc = buildReportDocument(model);
    expect(doc.chapters.at(-1)).toMatchObject({ id: 'uncertainty', title: '第十章 不确定性分析', blocks: [{ label: '表10-1' }] });
    expect(doc.annexes.at(-1)).toMatchObject({ id: 'lp', title: '附件4 最低成本方案' });
  }, 60_000);
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
