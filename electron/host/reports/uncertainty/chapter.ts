import type { ReportModel } from '../report-model.ts';
import type { Block, Cell, ExtraSection, LabelMaker, TableColumn } from '../document/model.ts';
import type { EChartsCoreOption } from 'echarts/core';
import { amount, headed, unitText, type QuantityUnit } from '../document/units.ts';
import { formatNumber } from '../format.ts';
import type { Lang } from '../i18n.ts';
import type { MonteCarloResult, TornadoResult } from '../../../../core/uncertainty/index.ts';
import { REPORT_MC_SEED, milestones, type ReportUncertainty } from './analysis.ts';
import { bandChart, histogramChart, tornadoChart } from './charts.ts';
import { inputLabel, inputRange, reachLabel, sourceTranslator, ut } from './text.ts';

/**
 * The uncertainty analysis as a chapter of the plan document (PDF and Word alike): the plan's
 * uncertain inputs, a tornado per output, the yearly percentile band of net emissions, the
 * distributions of NPV and cumulative emissions, the probability of meeting each target and
 * the inputs that matter most. Present only when the report model carries an analysis.
 */

const FIGURE_WIDTH = 499;
const CHART_HEIGHT = 220;
const HISTOGRAM_HEIGHT = 170;

const pct = (p: number | null | undefined, lang: Lang) =>
  p === null || p === undefined ? ut(lang, 'notChecked') : `${formatNumber(p * 100, 0)}%`;
const corr = (c: number | null | undefined) => (c === null || c === undefined ? '—' : formatNumber(c, 2));

export function uncertaintySections(m: ReportModel): ExtraSection[] {
  const u = m.uncertainty;
  if (!u) return [];
  return [
    { id: 'uncertainty', placement: 'chapter', title: (lang) => ut(lang, 'sec'), build: (ctx) => chapterBlocks(m, u, ctx.label) },
  ];
}

/** Blocks in the order a reader asks: what is uncertain, what moves the result, how likely the targets are. */
function chapterBlocks(m: ReportModel, u: ReportUncertainty, label: LabelMaker): Block[] {
  const { lang, plan } = m;
  const names = new Map(u.inputs.map((i) => [i.id, inputLabel(plan, i.address, lang)]));
  const source = sourceTranslator(plan, u.scenarioId, lang);
  const runs = ut(lang, 'srcRuns', { runs: u.mc.runs, seed: REPORT_MC_SEED });
  const out: Block[] = [];
  const para = (text: string, style: 'normal' | 'note' = 'normal') =>
    out.push({ kind: 'paragraph', text, origin: 'generated', style });
  const table = (title: string, columns: TableColumn[], rows: Cell[][], src: string) =>
    out.push({ kind: 'table', label: label.table(), title, columns, rows, source: src, compact: true });
  const figure = (title: string, chart: EChartsCoreOption, height: number, src: string) =>
    out.push({ kind: 'figure', label: label.figure(), title, chart, width: FIGURE_WIDTH, height, source: src });

  para(ut(lang, 'intro', { scenario: u.scenarioName, n: u.inputs.length, runs: u.mc.runs, seed: REPORT_MC_SEED }));

  out.push({ kind: 'heading', level: 2, text: ut(lang, 'inputs') });
  table(
    ut(lang, 'inputs'),
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
      return [names.get(i.id)! + (reach ? `\n${reach}` : ''), r.how, r.low, r.central, r.high, source(i.source)];
    }),
    ut(lang, 'srcInputs'),
  );

  const tornado = (t: TornadoResult, title: 'tornadoNpv' | 'tornadoEm', u: QuantityUnit) => {
    out.push({ kind: 'heading', level: 2, text: ut(lang, title) });
    para(ut(lang, 'central_output', { value: `${amount(u, t.central_output)} ${unitText(u, lang)}` }));
    const unitName = unitText(u, lang);
    // No input moves this output (prices do not change emissions): say so instead of an empty chart.
    if (t.bars.every((b) => Math.abs(b.swing ?? 0) * 1e-4 < 0.005)) {
      para(ut(lang, 'noSwing'));
      return;
    }
    figure(ut(lang, title), tornadoChart(t, names, lang, 1e-4, unitName), CHART_HEIGHT, ut(lang, 'srcTornado'));
    table(
      ut(lang, title),
      [
        { header: ut(lang, 'input'), weight: 3 },
        { header: headed(ut(lang, 'atLow'), u, lang), weight: 1.2, align: 'right' },
        { header: headed(ut(lang, 'atHigh'), u, lang), weight: 1.2, align: 'right' },
        { header: headed(ut(lang, 'swing'), u, lang), weight: 1.2, align: 'right' },
      ],
      t.bars.map((b) => [names.get(b.input_id) ?? b.name, amount(u, b.low_output), amount(u, b.high_output), amount(u, b.swing)]),
      ut(lang, 'srcTornado'),
    );
  };
  tornado(u.tornadoNpv, 'tornadoNpv', 'wan_cny');
  tornado(u.tornadoEmissions, 'tornadoEm', 'wan_tco2');

  out.push({ kind: 'heading', level: 2, text: ut(lang, 'bands') });
  bands(u.mc, lang, para, figure, table, runs);
  out.push({ kind: 'heading', level: 2, text: ut(lang, 'dist') });
  distributions(u.mc, lang, figure, table, runs);
  targets(u.mc, lang, out, para, table, runs);
  ranking(u.mc, lang, names, out, para, table, runs);
  return out;
}

type Para = (text: string, style?: 'normal' | 'note') => void;
type Figure = (title: string, chart: EChartsCoreOption, height: number, src: string) => void;
type Table = (title: string, columns: TableColumn[], rows: Cell[][], src: string) => void;

function bands(mc: MonteCarloResult, lang: Lang, para: Para, figure: Figure, table: Table, src: string): void {
  const net = mc.bands.net_emissions_tco2;
  const int = mc.bands.co2_per_tce_equivalent;
  figure(ut(lang, 'bands'), bandChart(mc, 'net_emissions_tco2', 1e-4, unitText('wan_tco2', lang), lang), CHART_HEIGHT, src);
  para(ut(lang, 'bandsIntro'), 'note');
  const ps = ['p5', 'p50', 'p95'] as const;
  const years = milestones(mc.years);
  // Two tables, one output each: seven columns of long headers do not fit a page's width.
  for (const [name, band, u] of [
    [ut(lang, 'netEm'), net, 'wan_tco2'],
    [ut(lang, 'intensity'), int, 'tco2_per_tce'],
  ] as const)
    table(
      headed(ut(lang, 'bandTable', { name }), u, lang),
      [
        { header: ut(lang, 'year'), weight: 1 },
        ...ps.map((p) => ({ header: ut(lang, p).trim(), weight: 1, align: 'right' as const })),
      ],
      years.map((y) => {
        const i = mc.years.indexOf(y);
        return [String(y), ...ps.map((p) => amount(u, band[p][i] ?? null))];
      }),
      src,
    );
}

function distributions(mc: MonteCarloResult, lang: Lang, figure: Figure, table: Table, src: string): void {
  const npv = mc.summaries.npv_total_cost_cny;
  const em = mc.summaries.cumulative_net_emissions_tco2;
  const count = ut(lang, 'runsAxis');
  // An output every run gives alike (to the printed digits) has no distribution to draw; the table says its value.
  const spread = (d: typeof npv, u: QuantityUnit) => amount(u, d.min, 0) !== amount(u, d.max, 0);
  if (spread(npv, 'wan_cny'))
    figure(ut(lang, 'npv'), histogramChart(npv, 1e-4, headed(ut(lang, 'npv'), 'wan_cny', lang), count), HISTOGRAM_HEIGHT, src);
  if (spread(em, 'wan_tco2'))
    figure(
      ut(lang, 'cumEm'),
      histogramChart(em, 1e-4, headed(ut(lang, 'cumEm'), 'wan_tco2', lang), count),
      HISTOGRAM_HEIGHT,
      src,
    );
  const row = (name: string, d: typeof npv, u: QuantityUnit) => [
    headed(name, u, lang),
    ...[d.mean, d.p5, d.p50, d.p95, d.min, d.max].map((v) => amount(u, v, 0)),
  ];
  table(
    ut(lang, 'dist'),
    [
      { header: ut(lang, 'output'), weight: 2.4 },
      ...(['mean', 'p5', 'p50', 'p95', 'min', 'max'] as const).map((k) => ({
        header: ut(lang, k).trim(),
        weight: 1,
        align: 'right' as const,
      })),
    ],
    [row(ut(lang, 'npv'), npv, 'wan_cny'), row(ut(lang, 'cumEm'), em, 'wan_tco2')],
    src,
  );
}

function targets(mc: MonteCarloResult, lang: Lang, out: Block[], para: Para, table: Table, src: string): void {
  if (mc.targets.length === 0) return;
  const years = milestones(mc.years);
  out.push({ kind: 'heading', level: 2, text: ut(lang, 'targets') });
  para(ut(lang, 'targetsIntro'), 'note');
  table(
    ut(lang, 'targets'),
    [
      { header: ut(lang, 'target'), weight: 3 },
      ...years.map((y) => ({ header: String(y), weight: 0.8, align: 'right' as const })),
    ],
    mc.targets.map((t) => [t.name, ...years.map((y) => pct(t.probability[mc.years.indexOf(y)], lang))]),
    src,
  );
}

function ranking(
  mc: MonteCarloResult,
  lang: Lang,
  names: ReadonlyMap<string, string>,
  out: Block[],
  para: Para,
  table: Table,
  src: string,
): void {
  out.push({ kind: 'heading', level: 2, text: ut(lang, 'rank') });
  para(ut(lang, 'rankIntro'), 'note');
  const rows = [...mc.rank_correlations].sort(
    (a, b) => Math.abs(b.correlations.npv_total_cost_cny ?? 0) - Math.abs(a.correlations.npv_total_cost_cny ?? 0),
  );
  table(
    ut(lang, 'rank'),
    [
      { header: ut(lang, 'input'), weight: 3 },
      { header: ut(lang, 'withNpv'), weight: 1, align: 'right' },
      { header: `${ut(lang, 'withNpv')}${ut(lang, 'partial')}`, weight: 1.1, align: 'right' },
      { header: ut(lang, 'withEm'), weight: 1, align: 'right' },
      { header: `${ut(lang, 'withEm')}${ut(lang, 'partial')}`, weight: 1.1, align: 'right' },
    ],
    rows.map((c) => [
      names.get(c.input_id) ?? c.input_id,
      corr(c.correlations.npv_total_cost_cny),
      corr(c.partial.npv_total_cost_cny),
      corr(c.correlations.cumulative_net_emissions_tco2),
      corr(c.partial.cumulative_net_emissions_tco2),
    ]),
    src,
  );
}
