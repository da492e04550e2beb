import type { PdfWriter } from '../writer.ts';
import { COLORS } from '../writer.ts';
import type { ReportModel } from '../../report-model.ts';
import { milestoneYears } from '../../report-model.ts';
import { emissionsChart, energyChart, renderChart } from '../../charts.ts';
import { gridSeriesText, t } from '../../i18n.ts';
import { formatNumber, formatWanYuan, headed, unit, withUnit } from '../../format.ts';

/** Two charts and the milestone table fit one A4 page at this height. */
const CHART_HEIGHT = 160;

/** Section 3: per scenario, emissions and energy charts and the milestone years as a table. */
export function pathwaysSection(w: PdfWriter, m: ReportModel): void {
  const { lang } = m;
  w.heading(t(lang, 'secPathways'), 1);
  const names = new Map(m.plan.scenarios.map((s) => [s.id, s.name]));
  m.results.forEach((r, i) => {
    if (i > 0) w.newPage();
    w.heading(r.scenario_name, 2, CHART_HEIGHT + 40);
    const parent = r.parent_id === null ? '' : t(lang, 'childOf', { parent: names.get(r.parent_id) ?? r.parent_id });
    w.paragraph(t(lang, 'pathwayIntro', { name: r.scenario_name, parent, grid: gridSeriesText(r.grid_series.average, lang) }), {
      color: COLORS.muted,
      size: 8,
    });

    const s = r.summary;
    w.paragraph(
      [
        t(lang, 'npvTotal', { value: withUnit(s.npv_total_cost_cny, 0, 'cny_10k', lang, 1e-4) }),
        t(lang, 'cumulativeNet', { value: withUnit(s.cumulative_net_emissions_tco2, 0, 'tco2', lang) }),
        t(lang, 'peakYear', { year: s.peak_year_net_emissions }),
      ].join('    '),
      { size: 8, bold: true },
    );
    w.heading(t(lang, 'chartEmissions'), 3, CHART_HEIGHT);
    w.svg(renderChart(emissionsChart(r, lang), w.width, CHART_HEIGHT, w.measure), w.width, CHART_HEIGHT);
    w.heading(t(lang, 'chartEnergy'), 3, CHART_HEIGHT);
    w.svg(renderChart(energyChart(r, lang), w.width, CHART_HEIGHT, w.measure), w.width, CHART_HEIGHT);

    // Keep the heading with its table (about 210 pt for the usual nine milestone years).
    w.heading(t(lang, 'milestones'), 3, 210);
    const wanted = new Set(milestoneYears(r));
    w.table(
      [
        { header: t(lang, 'year'), weight: 0.7 },
        { header: headed(t(lang, 'net'), unit('tco2', lang)), weight: 1.3, align: 'right' },
        { header: headed(t(lang, 'scope1'), unit('tco2', lang)), weight: 1.2, align: 'right' },
        { header: headed(t(lang, 'scope2'), unit('tco2', lang)), weight: 1.2, align: 'right' },
        { header: headed(t(lang, 'tceEquivalent'), unit('tce', lang)), weight: 1.3, align: 'right' },
        { header: headed(t(lang, 'tceCoalMethod'), unit('tce', lang)), weight: 1.3, align: 'right' },
        { header: headed(t(lang, 'nonFossilShare'), '%'), weight: 1.3, align: 'right' },
        { header: headed(t(lang, 'totalCost'), unit('cny_10k', lang)), weight: 1.2, align: 'right' },
      ],
      // The same digits as the columns of `parkzero run` (core/engine/format.ts).
      r.years
        .filter((y) => wanted.has(y.year))
        .map((y) => [
          String(y.year),
          formatNumber(y.emissions.net_tco2, 0),
          formatNumber(y.emissions.scope1_tco2, 0),
          formatNumber(y.emissions.scope2_tco2, 0),
          formatNumber(y.energy.tce_equivalent, 0),
          formatNumber(y.energy.tce_coal_method, 0),
          formatNumber(y.indicators.non_fossil_share_coal_method, 1, 100),
          formatWanYuan(y.costs.total_cny),
        ]),
      { size: 7.5, keepTogether: true },
    );
    const last = r.years.at(-1);
    if (last !== undefined && last.costs.residual_value_cny > 0)
      w.paragraph(
        t(lang, 'residualNote', {
          value: `${formatWanYuan(last.costs.residual_value_cny)} ${unit('cny_10k', lang)}`,
          year: last.year,
        }),
        {
          color: COLORS.muted,
          size: 7.5,
        },
      );
  });
}
