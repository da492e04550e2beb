import type { EChartsCoreOption } from 'echarts/core';
import { aggregatePathway, cellText, refusedColumns, rowColumns, PORTFOLIO_TEXT } from '../../../core/portfolio/index.ts';
import type { Portfolio } from '../../../core/portfolio/index.ts';
import type { Lang } from '../../../core/text/names.ts';
import { renderChart, yearAxis } from '../reports/charts.ts';
import { bundledFonts, systemFallbackFont } from '../reports/fonts.ts';
import { COLORS, PdfWriter } from '../reports/pdf/writer.ts';

/** The summed pathway as a chart: net and gross emissions (10^4 tCO2) and energy (10^4 tce). */
export function aggregateChart(p: Portfolio, lang: Lang): EChartsCoreOption {
  const a = aggregatePathway(p.rows);
  const wan = (v: number) => Math.round(v / 100) / 100;
  const zh = lang === 'zh';
  const names = zh
    ? { net: '净排放', gross: '总排放', energy: '能耗', co2: '万tCO2', tce: '万tce' }
    : { net: 'Net emissions', gross: 'Gross emissions', energy: 'Energy', co2: '10k tCO2', tce: '10k tce' };
  const axis = { axisLabel: { fontSize: 8 }, nameTextStyle: { fontSize: 8 } };
  return {
    grid: { left: 56, right: 56, top: 28, bottom: 44 },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 8 } },
    xAxis: yearAxis(a.years),
    yAxis: [
      { type: 'value', name: names.co2, ...axis },
      { type: 'value', name: names.tce, splitLine: { show: false }, ...axis },
    ],
    series: [
      { name: names.gross, type: 'bar', data: a.gross_tco2.map(wan) },
      { name: names.net, type: 'line', symbol: 'none', lineStyle: { width: 2 }, data: a.net_tco2.map(wan) },
      {
        name: names.energy,
        type: 'line',
        symbol: 'none',
        yAxisIndex: 1,
        lineStyle: { type: 'dashed' },
        data: a.tce_equivalent.map(wan),
      },
    ],
  };
}

/**
 * The portfolio summary as PDF: the table (compact columns), the files not read with why, and
 * the summed pathway chart. `date` is printed and used as the document date, so the same inputs
 * give the same bytes.
 */
export async function portfolioPdf(p: Portfolio, lang: Lang, date: string): Promise<Uint8Array> {
  const T = PORTFOLIO_TEXT[lang];
  const w = new PdfWriter({
    fonts: { ...bundledFonts(), fallback: systemFallbackFont() },
    info: { title: T.title, subject: T.title, keywords: 'parkzero portfolio', creationDate: new Date(`${date}T00:00:00Z`) },
    headerText: T.title,
    footerLeft: `ParkZero · ${date}`,
    pageLabel: (x, y) => (lang === 'zh' ? `第 ${x} 页，共 ${y} 页` : `Page ${x} of ${y}`),
  });
  w.heading(T.title, 1);
  w.paragraph(T.summary(p.rows.length, p.refused.length), { size: 9 });
  for (const f of p.empty_folders ?? []) w.paragraph(T.emptyFolder(f.folder), { size: 9 });
  const cols = rowColumns(lang, 'compact');
  w.table(
    cols.map((c, i) => ({
      header: c.header,
      // Names get room; the 16-digit fingerprint must not wrap (a reader copies it).
      weight: i === 0 || i === 5 ? 2 : i === cols.length - 1 ? 2.4 : i === 1 || i === 2 ? 0.7 : 1,
      align: c.kind === 'text' ? 'left' : 'right',
    })),
    p.rows.map((r) => cols.map((c) => cellText(c.kind, c.value(r)))),
    { size: 6.5 },
  );
  w.paragraph(T.compactUnits, { size: 7, color: COLORS.muted });
  w.paragraph(T.choiceFootnote, { size: 7, color: COLORS.muted });
  if (p.refused.length > 0) {
    w.heading(T.refused, 2);
    const rc = refusedColumns(lang);
    w.table(
      rc.map((c, i) => ({ header: c.header, weight: i === 0 ? 1 : 3 })),
      p.refused.map((r) => rc.map((c) => cellText(c.kind, c.value(r)))),
      { size: 8 },
    );
  }
  if (p.rows.length > 0) {
    w.heading(T.aggregate, 2);
    const width = Math.min(480, w.width);
    w.ensureSpace(260);
    w.svg(renderChart(aggregateChart(p, lang), width, 240, w.measure), width, 240);
    w.paragraph(
      lang === 'zh'
        ? '各年份为读取到的园区提交方案之和；规划期较短的园区不计入其后的年份。'
        : 'Each year sums the submitted plans of the parks read; a park whose plan ends earlier adds nothing to later years.',
      {
        size: 7,
        color: COLORS.muted,
      },
    );
  }
  return w.finish();
}
