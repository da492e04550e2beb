import ExcelJS from 'exceljs';
import type { ReportModel } from '../report-model.ts';
import { addInputSheets } from './input-sheets.ts';
import { addResultSheets, addScenarioSheets } from './result-sheets.ts';
import { addUncertaintySheets } from '../uncertainty/workbook-sheets.ts';
import { addCarbonMarketSheet } from '../carbon-market/workbook-sheet.ts';

/** The Excel workbook: inputs, one sheet per scenario, scorecard, MAC and factor sheets. */
export async function renderWorkbook(m: ReportModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ParkZero';
  wb.title = m.plan.park.name;
  wb.keywords = `parkzero plan-fingerprint:${m.fingerprint}`;
  // The report date, not the clock, so the same plan on the same day gives the same content.
  wb.created = new Date(`${m.date}T00:00:00Z`);
  wb.modified = wb.created;
  addInputSheets(wb, m);
  addScenarioSheets(wb, m);
  addResultSheets(wb, m);
  addCarbonMarketSheet(wb, m);
  addUncertaintySheets(wb, m);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
