import type ExcelJS from 'exceljs';

/**
 * One table per sheet: a bold, frozen header row with units in brackets, numbers stored as
 * numbers (never text) with a display format, and column widths sized to the content.
 */
export type CellValue = string | number | boolean | null;

export interface SheetColumn {
  header: string;
  /** Excel number format for numeric cells, e.g. '#,##0' or '0.0%'. */
  numFmt?: string;
}

/** Excel's limits on sheet names: 31 characters, none of []:*?/\ and unique in the workbook. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = clean;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${clean.slice(0, 31 - String(i).length - 1)}~${i}`;
  return name;
}

/** Display width of text: CJK characters take two columns. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! > 0x2e80 ? 2 : 1;
  return w;
}

export function addTableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn[],
  rows: readonly (readonly CellValue[])[],
): ExcelJS.Worksheet {
  const taken = new Set(wb.worksheets.map((s) => s.name.toLowerCase()));
  const ws = wb.addWorksheet(sheetName(name, taken), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE4ECEA' } };
  for (const row of rows) ws.addRow(row.map((v) => (v === null ? null : v)));
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (c.numFmt) col.numFmt = c.numFmt;
    let width = Math.min(displayWidth(c.header), 28);
    for (const row of rows.slice(0, 500)) {
      const v = row[i];
      const text =
        typeof v === 'number'
          ? v.toLocaleString('en-US', { maximumFractionDigits: 2 })
          : v === null || v === undefined
            ? ''
            : String(v);
      width = Math.max(width, displayWidth(text));
    }
    col.width = Math.min(Math.max(width + 2, 8), 60);
  });
  if (rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}
