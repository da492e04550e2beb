import type { PdfWriter } from '../writer.ts';
import { COLORS } from '../writer.ts';
import type { ReportModel } from '../../report-model.ts';
import { regionName, t } from '../../i18n.ts';
import { formatDate, formatNumber } from '../../format.ts';

/** The cover: what the report is about, when it was made, and which exact plan it describes. */
export function coverSection(w: PdfWriter, m: ReportModel): void {
  const { lang, plan } = m;
  const park = plan.park;
  const doc = w.doc;
  doc.rect(0, 0, doc.page.width, 150).fillColor(COLORS.accent).fill();
  w.textAt(t(lang, 'reportTitle'), w.left, 62, { size: 24, width: w.width, bold: true, color: '#ffffff' });
  w.textAt(t(lang, 'reportSubtitle'), w.left, 100, { size: 12, width: w.width, color: '#e6f2ed' });

  w.y = 190;
  const nameHeight = w.textHeight(park.name, 22, w.width, true);
  w.textAt(park.name, w.left, w.y, { size: 22, width: w.width, bold: true });
  w.y += nameHeight + 8;
  w.paragraph(t(lang, 'preparedOn', { date: formatDate(m.date, lang) }), { size: 11, color: COLORS.muted });

  if (park.illustrative) {
    // Made-up example data must never pass for a real park's figures.
    const label = t(lang, 'illustrative');
    const h = w.textHeight(label, 11, w.width - 20, true) + 16;
    w.space(6);
    doc.rect(w.left, w.y, w.width, h).fillColor(COLORS.warnFill).fill();
    doc.rect(w.left, w.y, 4, h).fillColor('#d08a00').fill();
    w.textAt(label, w.left + 12, w.y + 8, { size: 11, width: w.width - 20, bold: true, color: '#7a4d00' });
    w.y += h + 14;
  }

  w.space(10);
  const rows: [string, string][] = [
    [t(lang, 'location'), `${park.city}, ${park.province}`],
    [t(lang, 'gridRegion'), regionName(park.grid_region, lang)],
    [t(lang, 'period'), `${park.base_year}–${park.horizon_year}`],
    [t(lang, 'discountRate'), `${formatNumber(park.discount_rate, 1, 100)}%`],
    [t(lang, 'scenariosInReport'), m.results.map((r) => r.scenario_name).join('\n')],
  ];
  w.table(
    [
      { header: '', weight: 1 },
      { header: '', weight: 3 },
    ],
    rows.map(([k, v]) => [{ text: k, bold: true }, v]),
    { size: 10, zebra: false, header: false },
  );
  if (park.description !== '') w.paragraph(park.description, { size: 9, color: COLORS.muted });

  // The fingerprint at the foot of the cover, in full, for checking a printed copy.
  const fpY = w.bottom - 100;
  if (w.y < fpY) w.y = fpY;
  w.paragraph(t(lang, 'fingerprint'), { size: 9, bold: true });
  w.paragraph(m.fingerprint, { size: 9 });
  w.paragraph(t(lang, 'fingerprintNote'), { size: 7.5, color: COLORS.muted });
  w.paragraph(t(lang, 'generatedBy', { version: m.appVersion }), { size: 7.5, color: COLORS.muted });
}
