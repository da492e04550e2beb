import type { PdfWriter } from '../writer.ts';
import { COLORS } from '../writer.ts';
import type { ReportModel } from '../../report-model.ts';
import { kindName, t } from '../../i18n.ts';
import { formatNumber, formatWanYuan, headed, unit } from '../../format.ts';
import { buildCostSet, fullScaleCapex, fullScaleFixedOpex, measureUnitCosts } from '../../../../../core/costs/index.ts';

/** Section 4: the measures of each scenario after inheritance and overrides. */
export function measuresSection(w: PdfWriter, m: ReportModel): void {
  const { lang } = m;
  const cs = buildCostSet(m.plan.cost_overrides);
  w.heading(t(lang, 'secMeasures'), 1);
  for (const r of m.results) {
    const measures = m.measures.get(r.scenario_id) ?? [];
    w.heading(r.scenario_name, 2, 60);
    w.paragraph(t(lang, 'measuresIntro', { name: r.scenario_name }), { color: COLORS.muted, size: 8 });
    if (measures.length === 0) {
      w.paragraph(t(lang, 'noMeasures'));
      continue;
    }
    w.table(
      [
        { header: t(lang, 'measure'), weight: 3 },
        { header: t(lang, 'kind'), weight: 1.4 },
        { header: t(lang, 'start'), weight: 0.8, align: 'right' },
        { header: headed(t(lang, 'ramp'), unit('years', lang)), weight: 0.8, align: 'right' },
        { header: headed(t(lang, 'capex'), unit('cny_10k', lang)), weight: 1.2, align: 'right' },
        { header: headed(t(lang, 'opex'), unit('cny_10k_per_year', lang)), weight: 1.2, align: 'right' },
        { header: headed(t(lang, 'lifetime'), unit('years', lang)), weight: 0.9, align: 'right' },
      ],
      measures.map(({ measure, origin }) => [
        origin.scenario_id === r.scenario_id ? measure.name : `${measure.name} ${t(lang, 'inherited')}`,
        kindName(measure.kind, lang),
        String(measure.start_year),
        formatNumber(measure.ramp_years, 0),
        // Full scale at the start year's unit costs (core/costs): size x unit cost + any fixed part.
        formatWanYuan(fullScaleCapex(measure, measureUnitCosts(measure, cs), measure.start_year)),
        formatNumber(fullScaleFixedOpex(measure, measureUnitCosts(measure, cs), measure.start_year), 1, 1e-4),
        formatNumber(measure.lifetime_years, 0),
      ]),
    );
  }
}
