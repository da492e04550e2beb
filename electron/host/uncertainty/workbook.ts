import ExcelJS from 'exceljs';
import type { Plan } from '../../../core/model/plan.ts';
import { BAND_SERIES, SUMMARY_OUTPUTS } from '../../../core/uncertainty/index.ts';
import type { MonteCarloResult } from '../../../core/uncertainty/index.ts';
import { addTableSheet } from '../reports/workbook/sheet.ts';

const UNITS: Record<(typeof BAND_SERIES)[number], string> = {
  net_emissions_tco2: 'Net emissions [tCO2]',
  gross_emissions_tco2: 'Gross emissions [tCO2]',
  co2_per_tce_equivalent: 'CO2 per energy, equivalent [tCO2/tce]',
  total_tce_equivalent: 'Total energy, equivalent [tce]',
  non_fossil_share_equivalent: 'Non-fossil share, equivalent',
  total_cost_cny: 'Total cost [CNY]',
};

/**
 * A Monte Carlo as a workbook (`parkzero montecarlo -o results.xlsx`): inputs and their sampled
 * ranges, summary distributions, yearly bands, target probabilities and rank correlations.
 * Numbers are numbers; shares and probabilities are fractions shown as percentages.
 */
export async function monteCarloWorkbook(plan: Plan, r: MonteCarloResult): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ParkZero';
  wb.title = `${plan.park.name}: Monte Carlo of ${r.scenario_id}`;
  wb.created = new Date('2000-01-01T00:00:00Z');
  wb.modified = wb.created;
  const inputs = plan.uncertainty?.inputs ?? [];
  addTableSheet(
    wb,
    'Inputs',
    [
      { header: 'Input' },
      { header: 'Address' },
      { header: 'Mode' },
      { header: 'Distribution' },
      { header: 'Group' },
      { header: 'Source' },
      { header: 'Sampled mean', numFmt: '#,##0.####' },
      { header: 'Sampled min', numFmt: '#,##0.####' },
      { header: 'Sampled max', numFmt: '#,##0.####' },
    ],
    r.inputs.map((s, k) => {
      const i = inputs[k];
      return [
        s.name,
        s.address,
        i?.mode ?? '',
        i ? JSON.stringify(i.distribution) : '',
        i?.group ?? '',
        i?.source ?? '',
        s.mean,
        s.min,
        s.max,
      ];
    }),
  );
  addTableSheet(
    wb,
    'Summary',
    [
      { header: 'Output' },
      { header: 'Runs' },
      ...['Mean', 'P5', 'P50', 'P95', 'Min', 'Max'].map((h) => ({ header: h, numFmt: '#,##0' })),
    ],
    SUMMARY_OUTPUTS.map((k) => {
      const d = r.summaries[k];
      return [k, d.count, d.mean, d.p5, d.p50, d.p95, d.min, d.max];
    }),
  );
  for (const key of BAND_SERIES) {
    const b = r.bands[key];
    const share = key === 'non_fossil_share_equivalent';
    const fmt = share ? '0.0%' : key === 'co2_per_tce_equivalent' ? '0.000' : '#,##0';
    addTableSheet(
      wb,
      `Band ${key}`.slice(0, 31),
      [{ header: 'Year' }, ...['P5', 'P50', 'P95', 'Mean'].map((h) => ({ header: `${UNITS[key]} ${h}`, numFmt: fmt }))],
      r.years.map((y, i) => [y, b.p5[i] ?? null, b.p50[i] ?? null, b.p95[i] ?? null, b.mean[i] ?? null]),
    );
  }
  addTableSheet(
    wb,
    'Target probability',
    [{ header: 'Year' }, ...r.targets.map((t) => ({ header: `P(${t.name} met)`, numFmt: '0.0%' }))],
    r.years.map((y, i) => [y, ...r.targets.map((t) => t.probability[i] ?? null)]),
  );
  addTableSheet(
    wb,
    'Rank correlation',
    [
      { header: 'Input' },
      ...SUMMARY_OUTPUTS.map((k) => ({ header: k, numFmt: '0.00' })),
      ...SUMMARY_OUTPUTS.map((k) => ({ header: `${k} (partial)`, numFmt: '0.00' })),
    ],
    r.rank_correlations.map((c, k) => [
      r.inputs[k]?.name ?? c.input_id,
      ...SUMMARY_OUTPUTS.map((o) => c.correlations[o]),
      ...SUMMARY_OUTPUTS.map((o) => c.partial[o]),
    ]),
  );
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
