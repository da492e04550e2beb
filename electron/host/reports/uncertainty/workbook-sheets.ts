import type ExcelJS from 'exceljs';
import { addTableSheet } from '../workbook/sheet.ts';
import { headed, unit } from '../format.ts';
import type { ReportModel } from '../report-model.ts';
import type { TornadoResult } from '../../../../core/uncertainty/index.ts';
import { lowHighOf, centralOf } from '../../../../core/uncertainty/index.ts';
import { milestones } from './analysis.ts';
import { inputLabel, reachLabel, sourceTranslator, ut } from './text.ts';

/**
 * The uncertainty sheets of the workbook, when the report model carries the analysis: inputs,
 * both tornados, yearly P5/P50/P95, the NPV and emissions distributions, target probabilities
 * by year and the rank correlations. Numbers stay numbers (CNY and tCO2, not rounded).
 */
export function addUncertaintySheets(wb: ExcelJS.Workbook, m: ReportModel): void {
  const u = m.uncertainty;
  if (!u) return;
  const { lang, plan } = m;
  const label = new Map(u.inputs.map((i) => [i.id, inputLabel(plan, i.address, lang)]));
  const source = sourceTranslator(plan, u.scenarioId, lang);
  const cny = lang === 'en' ? 'CNY' : '元';
  const tco2 = unit('tco2', lang);
  const NUM = '#,##0';
  const sheet = (key: Parameters<typeof ut>[1]) => ut(lang, key);

  addTableSheet(
    wb,
    sheet('shInputs'),
    [
      { header: ut(lang, 'input') },
      { header: ut(lang, 'how') },
      { header: ut(lang, 'low'), numFmt: '#,##0.###' },
      { header: ut(lang, 'central'), numFmt: '#,##0.###' },
      { header: ut(lang, 'high'), numFmt: '#,##0.###' },
      { header: ut(lang, 'source') },
    ],
    u.inputs.map((i) => {
      const [lo, hi] = lowHighOf(i.distribution);
      const reach = reachLabel(plan, i.address, lang);
      return [
        label.get(i.id)! + (reach ? `; ${reach}` : ''),
        ut(lang, i.mode),
        lo,
        centralOf(i.distribution),
        hi,
        source(i.source),
      ];
    }),
  );
  const tornado = (t: TornadoResult, key: 'tornadoNpv' | 'tornadoEm', unitText: string) =>
    addTableSheet(
      wb,
      sheet(key === 'tornadoNpv' ? 'shTornadoNpv' : 'shTornadoEm'),
      [
        { header: ut(lang, 'input') },
        { header: ut(lang, 'low'), numFmt: '#,##0.###' },
        { header: ut(lang, 'high'), numFmt: '#,##0.###' },
        { header: headed(ut(lang, 'atLow'), unitText), numFmt: NUM },
        { header: headed(ut(lang, 'atHigh'), unitText), numFmt: NUM },
        { header: headed(ut(lang, 'swing'), unitText), numFmt: NUM },
      ],
      t.bars.map((b) => [label.get(b.input_id) ?? b.name, b.low_input, b.high_input, b.low_output, b.high_output, b.swing]),
    );
  tornado(u.tornadoNpv, 'tornadoNpv', cny);
  tornado(u.tornadoEmissions, 'tornadoEm', tco2);

  const mc = u.mc;
  const bands = [
    ['net_emissions_tco2', ut(lang, 'netEm'), tco2, NUM],
    ['co2_per_tce_equivalent', ut(lang, 'intensity'), unit('tco2_per_tce', lang), '0.000'],
  ] as const;
  addTableSheet(
    wb,
    sheet('shBands'),
    [
      { header: ut(lang, 'year') },
      ...bands.flatMap(([, name, un, fmt]) =>
        (['P5', 'P50', 'P95'] as const).map((p) => ({ header: headed(`${name} ${p}`, un), numFmt: fmt })),
      ),
    ],
    mc.years.map((y, i) => [
      y,
      ...bands.flatMap(([key]) => [mc.bands[key].p5[i] ?? null, mc.bands[key].p50[i] ?? null, mc.bands[key].p95[i] ?? null]),
    ]),
  );
  const dist = [
    [ut(lang, 'npv'), mc.summaries.npv_total_cost_cny, cny],
    [ut(lang, 'cumEm'), mc.summaries.cumulative_net_emissions_tco2, tco2],
  ] as const;
  addTableSheet(
    wb,
    sheet('shDist'),
    [
      { header: ut(lang, 'output') },
      { header: ut(lang, 'mean'), numFmt: NUM },
      { header: 'P5', numFmt: NUM },
      { header: 'P50', numFmt: NUM },
      { header: 'P95', numFmt: NUM },
      { header: ut(lang, 'min'), numFmt: NUM },
      { header: ut(lang, 'max'), numFmt: NUM },
    ],
    dist.map(([name, d, un]) => [headed(name, un), d.mean, d.p5, d.p50, d.p95, d.min, d.max]),
  );
  const years = milestones(mc.years);
  addTableSheet(
    wb,
    sheet('shTargets'),
    [{ header: ut(lang, 'target') }, ...years.map((y) => ({ header: String(y), numFmt: '0%' }))],
    mc.targets.map((t) => [t.name, ...years.map((y) => t.probability[mc.years.indexOf(y)] ?? null)]),
  );
  addTableSheet(
    wb,
    sheet('shRank'),
    [
      { header: ut(lang, 'input') },
      { header: ut(lang, 'withNpv'), numFmt: '0.00' },
      { header: `${ut(lang, 'withNpv')}${ut(lang, 'partial')}`, numFmt: '0.00' },
      { header: ut(lang, 'withEm'), numFmt: '0.00' },
      { header: `${ut(lang, 'withEm')}${ut(lang, 'partial')}`, numFmt: '0.00' },
    ],
    [...mc.rank_correlations]
      .sort((a, b) => Math.abs(b.correlations.npv_total_cost_cny ?? 0) - Math.abs(a.correlations.npv_total_cost_cny ?? 0))
      .map((c) => [
        label.get(c.input_id) ?? c.input_id,
        c.correlations.npv_total_cost_cny,
        c.partial.npv_total_cost_cny,
        c.correlations.cumulative_net_emissions_tco2,
        c.partial.cumulative_net_emissions_tco2,
      ]),
  );
}
