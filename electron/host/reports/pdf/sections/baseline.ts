import type { PdfWriter, Column, Cell } from '../writer.ts';
import { COLORS } from '../writer.ts';
import type { ReportModel } from '../../report-model.ts';
import { CARRIERS } from '../../../../../core/model/carriers.ts';
import { carrierName, sectorName, t } from '../../i18n.ts';
import { carrierUnit, formatNumber, headed, unit } from '../../format.ts';

/** Section 2: the base-year inventory, one row per enterprise; only carriers the park uses get a column. */
export function baselineSection(w: PdfWriter, m: ReportModel): void {
  const { lang, plan } = m;
  w.heading(t(lang, 'secBaseline'), 1);
  w.paragraph(t(lang, 'baselineIntro', { year: plan.park.base_year, scenario: m.baseline.scenarioName }), {
    color: COLORS.muted,
  });
  const used = CARRIERS.filter((c) => plan.consumers.some((x) => x.energy[c.energyKey] > 0));
  const columns: Column[] = [
    { header: t(lang, 'consumer'), weight: 2.6 },
    { header: t(lang, 'sector'), weight: 1.3 },
    ...used.map((c) => ({
      header: headed(carrierName(c.id, lang), carrierUnit(c.id, lang)),
      weight: 1.2,
      align: 'right' as const,
    })),
    { header: headed(t(lang, 'energyTce'), unit('tce', lang)), weight: 1.2, align: 'right' },
    { header: headed(t(lang, 'baseEmissions'), unit('tco2', lang)), weight: 1.2, align: 'right' },
  ];
  const rows: Cell[][] = m.baseline.rows.map((r) => [
    r.consumer.name,
    sectorName(r.consumer.sector, lang),
    ...used.map((c) => formatNumber(r.consumer.energy[c.energyKey], 0)),
    formatNumber(r.tce_equivalent, 0),
    formatNumber(r.gross_tco2, 0),
  ]);
  const sum = (f: (r: (typeof m.baseline.rows)[number]) => number) => m.baseline.rows.reduce((s, r) => s + f(r), 0);
  rows.push(
    [
      t(lang, 'total'),
      '',
      ...used.map((c) =>
        formatNumber(
          sum((r) => r.consumer.energy[c.energyKey]),
          0,
        ),
      ),
      formatNumber(
        sum((r) => r.tce_equivalent),
        0,
      ),
      formatNumber(
        sum((r) => r.gross_tco2),
        0,
      ),
    ].map((text) => ({ text, bold: true, fill: COLORS.headerFill })),
  );
  w.table(columns, rows, { size: 7 });
}
