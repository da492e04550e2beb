import type { PdfWriter } from '../writer.ts';
import { COLORS } from '../writer.ts';
import type { ReportModel } from '../../report-model.ts';
import type { Indicators } from '../../../../../core/engine/index.ts';
import { indicatorName, t } from '../../i18n.ts';
import { formatIndicator } from '../../format.ts';

/** Section 1: per scenario, every target met or missed, its first failing year and worst margin. */
export function summarySection(w: PdfWriter, m: ReportModel): void {
  const { lang } = m;
  w.heading(t(lang, 'secSummary'), 1);
  if (m.plan.targets.length === 0) {
    w.paragraph(t(lang, 'noTargets'));
    return;
  }
  w.paragraph(t(lang, 'summaryIntro'), { color: COLORS.muted });
  const names = new Map(m.plan.targets.map((x) => [x.id, x.name]));
  for (const r of m.results) {
    w.heading(r.scenario_name, 2, 80);
    w.table(
      [
        { header: t(lang, 'target'), weight: 2.4 },
        { header: t(lang, 'indicator'), weight: 2.4 },
        { header: t(lang, 'result'), weight: 1 },
        { header: t(lang, 'firstFailingYear'), weight: 1.1, align: 'right' },
        { header: t(lang, 'worstMargin'), weight: 1.6, align: 'right' },
        { header: t(lang, 'yearsChecked'), weight: 0.9, align: 'right' },
      ],
      r.targets.map((x) => {
        const key = x.indicator as keyof Indicators;
        return [
          names.get(x.id) ?? x.name,
          indicatorName(key, lang),
          x.pass
            ? { text: t(lang, 'pass'), fill: COLORS.passFill, color: COLORS.passInk, bold: true }
            : { text: t(lang, 'fail'), fill: COLORS.failFill, color: COLORS.failInk, bold: true },
          x.first_failing_year === null ? '–' : String(x.first_failing_year),
          formatIndicator(key, x.worst_margin, lang),
          String(x.years_checked),
        ];
      }),
    );
  }
}
