import type { PdfWriter } from '../writer.ts';
import { COLORS } from '../writer.ts';
import type { ReportModel } from '../../report-model.ts';
import { macChart, macRanking, renderChart } from '../../charts.ts';
import { kindName, t } from '../../i18n.ts';
import { formatNumber, formatWanYuan, headed, unit } from '../../format.ts';
import { macText } from '../../cost-library.ts';

const CHART_HEIGHT = 230;

/** Section 5: the MAC curve of each scenario with measures, and its table (bar numbers match). */
export function macSection(w: PdfWriter, m: ReportModel): void {
  const { lang } = m;
  w.heading(t(lang, 'secMac'), 1);
  w.paragraph(t(lang, 'macIntro'), { color: COLORS.muted, size: 8 });
  let first = true;
  for (const r of m.results) {
    if (r.mac.length === 0) continue;
    if (!first) w.newPage();
    first = false;
    w.heading(r.scenario_name, 2, CHART_HEIGHT + 20);
    const rank = macRanking(r);
    if (rank.size > 0) w.svg(renderChart(macChart(r, lang), w.width, CHART_HEIGHT, w.measure), w.width, CHART_HEIGHT);
    const rows = [...r.mac].sort((a, b) => (rank.get(a.measure_id) ?? 1e9) - (rank.get(b.measure_id) ?? 1e9));
    w.table(
      [
        { header: '#', weight: 0.4, align: 'right' },
        { header: t(lang, 'measure'), weight: 3 },
        { header: t(lang, 'kind'), weight: 1.4 },
        { header: headed(t(lang, 'macValue'), unit('cny_per_tco2', lang)), weight: 1.3, align: 'right' },
        { header: headed(t(lang, 'avgAbatement'), unit('tco2_per_year', lang)), weight: 1.3, align: 'right' },
        { header: headed(t(lang, 'cumAbatement'), unit('tco2', lang)), weight: 1.3, align: 'right' },
        { header: headed(t(lang, 'npvCost'), unit('cny_10k', lang)), weight: 1.2, align: 'right' },
      ],
      rows.map((x) => [
        rank.has(x.measure_id) ? String(rank.get(x.measure_id)) : '',
        x.name,
        kindName(x.kind, lang),
        macText(x, lang) ?? formatNumber(x.mac_cny_per_tco2!, 0),
        formatNumber(x.average_annual_abatement_tco2, 0),
        formatNumber(x.cumulative_abatement_tco2, 0),
        formatWanYuan(x.npv_cost_cny),
      ]),
    );
  }
  if (first) w.paragraph(t(lang, 'noMac'));
}
