import type { PdfWriter } from '../pdf/writer.ts';
import { COLORS } from '../pdf/writer.ts';
import { renderChart } from '../charts.ts';
import { formatNumber, headed, unit } from '../format.ts';
import type { ReportModel } from '../report-model.ts';
import type { MonteCarloResult, TornadoResult } from '../../../../core/uncertainty/index.ts';
import { REPORT_MC_SEED } from './analysis.ts';
import { bandChart, histogramChart, tornadoChart } from './charts.ts';
import { inputLabel, inputRange, reachLabel, sourceTranslator, ut } from './text.ts';

const CHART_HEIGHT = 200;
const WAN = 1e-4;

/** Base year, every fifth year and the horizon: the years the tables print. */
export function milestones(years: readonly number[]): number[] {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return years.filter((y) => y === first || y === last || y % 5 === 0);
}

const pct = (p: number | null | undefined, lang: 'zh' | 'en') =>
  p === null || p === undefined ? ut(lang, 'notChecked') : `${formatNumber(p * 100, 0)}%`;
const corr = (c: number | null | undefined) => (c === null || c === undefined ? '—' : formatNumber(c, 2));

/**
 * Section 7 of the PDF: the uncertainty analysis of the plan's uncertain inputs (inputs,
 * tornados, percentile bands, distributions, target probabilities, the inputs that matter
 * most). Printed only when the report model carries one (`m.uncertainty`).
 */
export function uncertaintySection(w: PdfWriter, m: ReportModel): void {
  const u = m.uncertainty;
  if (!u) return;
  const { lang, plan } = m;
  const label = new Map(u.inputs.map((i) => [i.id, inputLabel(plan, i.address, lang)]));
  const source = sourceTranslator(plan, u.scenarioId, lang);
  w.newPage();
  w.heading(ut(lang, 'sec'), 1);
  w.paragraph(ut(lang, 'intro', { scenario: u.scenarioName, n: u.inputs.length, runs: u.mc.runs, seed: REPORT_MC_SEED }), {
    size: 8,
  });

  w.heading(ut(lang, 'inputs'), 2);
  w.table(
    [
      { header: ut(lang, 'input'), weight: 3 },
      { header: ut(lang, 'how'), weight: 1 },
      { header: ut(lang, 'low'), weight: 0.9, align: 'right' },
      { header: ut(lang, 'central'), weight: 0.9, align: 'right' },
      { header: ut(lang, 'high'), weight: 0.9, align: 'right' },
      { header: ut(lang, 'source'), weight: 3.4 },
    ],
    u.inputs.map((i) => {
      const r = inputRange(i, lang);
      const reach = reachLabel(plan, i.address, lang);
      return [label.get(i.id)! + (reach ? `\n${reach}` : ''), r.how, r.low, r.central, r.high, source(i.source)];
    }),
  );

  tornado(w, m, u.tornadoNpv, label, 'tornadoNpv', WAN, ut(lang, 'wanYuan'));
  tornado(w, m, u.tornadoEmissions, label, 'tornadoEm', WAN, ut(lang, 'wanTco2'));
  bands(w, m, u.mc);
  distributions(w, m, u.mc);
  targets(w, m, u.mc);
  ranking(w, m, u.mc, label);
}

function tornado(
  w: PdfWriter,
  m: ReportModel,
  t: TornadoResult,
  label: ReadonlyMap<string, string>,
  title: 'tornadoNpv' | 'tornadoEm',
  scale: number,
  unitName: string,
): void {
  const { lang } = m;
  w.heading(ut(lang, title), 2, CHART_HEIGHT + 40);
  w.paragraph(ut(lang, 'central_output', { value: `${formatNumber(t.central_output, 0, scale)} ${unitName}` }), {
    size: 8,
    color: COLORS.muted,
  });
  w.svg(renderChart(tornadoChart(t, label, lang, scale, unitName), w.width, CHART_HEIGHT, w.measure), w.width, CHART_HEIGHT);
  w.table(
    [
      { header: ut(lang, 'input'), weight: 3 },
      { header: headed(ut(lang, 'atLow'), unitName), weight: 1.2, align: 'right' },
      { header: headed(ut(lang, 'atHigh'), unitName), weight: 1.2, align: 'right' },
      { header: headed(ut(lang, 'swing'), unitName), weight: 1.2, align: 'right' },
    ],
    t.bars.map((b) => [
      label.get(b.input_id) ?? b.name,
      formatNumber(b.low_output, 0, scale),
      formatNumber(b.high_output, 0, scale),
      formatNumber(b.swing, 0, scale),
    ]),
  );
}

function bands(w: PdfWriter, m: ReportModel, mc: MonteCarloResult): void {
  const { lang } = m;
  w.heading(ut(lang, 'bands'), 2, CHART_HEIGHT + 40);
  w.paragraph(ut(lang, 'bandsIntro'), { size: 8, color: COLORS.muted });
  const wanT = ut(lang, 'wanTco2');
  w.svg(renderChart(bandChart(mc, 'net_emissions_tco2', WAN, wanT), w.width, CHART_HEIGHT, w.measure), w.width, CHART_HEIGHT);
  const net = mc.bands.net_emissions_tco2;
  const int = mc.bands.co2_per_tce_equivalent;
  const it = unit('tco2_per_tce', lang);
  w.table(
    [
      { header: ut(lang, 'year'), weight: 0.8 },
      ...(['P5', 'P50', 'P95'] as const).map((p) => ({
        header: headed(`${ut(lang, 'netEm')} ${p}`, wanT),
        weight: 1.2,
        align: 'right' as const,
      })),
      ...(['P5', 'P50', 'P95'] as const).map((p) => ({
        header: headed(`${ut(lang, 'intensity')} ${p}`, it),
        weight: 1.3,
        align: 'right' as const,
      })),
    ],
    milestones(mc.years).map((y) => {
      const i = mc.years.indexOf(y);
      return [
        String(y),
        formatNumber(net.p5[i] ?? null, 2, WAN),
        formatNumber(net.p50[i] ?? null, 2, WAN),
        formatNumber(net.p95[i] ?? null, 2, WAN),
        formatNumber(int.p5[i] ?? null, 3),
        formatNumber(int.p50[i] ?? null, 3),
        formatNumber(int.p95[i] ?? null, 3),
      ];
    }),
  );
}

function distributions(w: PdfWriter, m: ReportModel, mc: MonteCarloResult): void {
  const { lang } = m;
  w.heading(ut(lang, 'dist'), 2, CHART_HEIGHT + 40);
  const npv = mc.summaries.npv_total_cost_cny;
  const em = mc.summaries.cumulative_net_emissions_tco2;
  const count = ut(lang, 'runsAxis');
  const h = 150;
  for (const [d, name, u] of [
    [npv, ut(lang, 'npv'), ut(lang, 'wanYuan')],
    [em, ut(lang, 'cumEm'), ut(lang, 'wanTco2')],
  ] as const)
    w.svg(renderChart(histogramChart(d, WAN, headed(name, u), count), w.width, h, w.measure), w.width, h);
  const row = (name: string, d: typeof npv, unitName: string) => [
    headed(name, unitName),
    ...[d.mean, d.p5, d.p50, d.p95, d.min, d.max].map((v) => formatNumber(v, 0, WAN)),
  ];
  w.table(
    [
      { header: ut(lang, 'output'), weight: 2.4 },
      ...(['mean', 'P5', 'P50', 'P95', 'min', 'max'] as const).map((k) => ({
        header: k === 'mean' || k === 'min' || k === 'max' ? ut(lang, k) : k,
        weight: 1,
        align: 'right' as const,
      })),
    ],
    [row(ut(lang, 'npv'), npv, ut(lang, 'wanYuan')), row(ut(lang, 'cumEm'), em, ut(lang, 'wanTco2'))],
  );
}

function targets(w: PdfWriter, m: ReportModel, mc: MonteCarloResult): void {
  const { lang } = m;
  if (mc.targets.length === 0) return;
  const years = milestones(mc.years);
  w.heading(ut(lang, 'targets'), 2);
  w.paragraph(ut(lang, 'targetsIntro'), { size: 8, color: COLORS.muted });
  w.table(
    [
      { header: ut(lang, 'target'), weight: 3 },
      ...years.map((y) => ({ header: String(y), weight: 0.8, align: 'right' as const })),
    ],
    mc.targets.map((t) => [t.name, ...years.map((y) => pct(t.probability[mc.years.indexOf(y)], lang))]),
  );
}

function ranking(w: PdfWriter, m: ReportModel, mc: MonteCarloResult, label: ReadonlyMap<string, string>): void {
  const { lang } = m;
  w.heading(ut(lang, 'rank'), 2);
  w.paragraph(ut(lang, 'rankIntro'), { size: 8, color: COLORS.muted });
  const rows = [...mc.rank_correlations].sort(
    (a, b) => Math.abs(b.correlations.npv_total_cost_cny ?? 0) - Math.abs(a.correlations.npv_total_cost_cny ?? 0),
  );
  w.table(
    [
      { header: ut(lang, 'input'), weight: 3 },
      { header: ut(lang, 'withNpv'), weight: 1, align: 'right' },
      { header: `${ut(lang, 'withNpv')}${ut(lang, 'partial')}`, weight: 1.1, align: 'right' },
      { header: ut(lang, 'withEm'), weight: 1, align: 'right' },
      { header: `${ut(lang, 'withEm')}${ut(lang, 'partial')}`, weight: 1.1, align: 'right' },
    ],
    rows.map((c) => [
      label.get(c.input_id) ?? c.input_id,
      corr(c.correlations.npv_total_cost_cny),
      corr(c.partial.npv_total_cost_cny),
      corr(c.correlations.cumulative_net_emissions_tco2),
      corr(c.partial.cumulative_net_emissions_tco2),
    ]),
  );
}
