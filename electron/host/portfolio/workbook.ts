import ExcelJS from 'exceljs';
import { aggregateColumns, aggregatePathway, aggregateRows, refusedColumns, rowColumns } from '../../../core/portfolio/index.ts';
import type { ColumnKind, Portfolio, PortfolioColumn } from '../../../core/portfolio/index.ts';
import { PORTFOLIO_TEXT } from '../../../core/portfolio/index.ts';
import type { Lang } from '../../../core/text/names.ts';
import { addTableSheet } from '../reports/workbook/sheet.ts';

const NUM_FMT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal: '#,##0.0000',
  share: '0.0%',
};

function sheet<R>(wb: ExcelJS.Workbook, name: string, columns: PortfolioColumn<R>[], rows: readonly R[]): void {
  addTableSheet(
    wb,
    name,
    columns.map((c) => ({ header: c.header, ...(NUM_FMT[c.kind] === undefined ? {} : { numFmt: NUM_FMT[c.kind]! }) })),
    rows.map((r) => columns.map((c) => c.value(r))),
  );
}

/**
 * The portfolio as a workbook (`parkzero portfolio -o portfolio.xlsx`, the screen's export): the
 * parks with every milestone figure, the files not read with why, the named folders that held
 * no project file (a sheet only when there are any), and the summed pathway.
 * Numbers are numbers; a fixed creation date keeps the bytes the same for the same inputs.
 */
export async function portfolioWorkbook(p: Portfolio, lang: Lang): Promise<Uint8Array> {
  const T = PORTFOLIO_TEXT[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ParkZero';
  wb.title = T.title;
  wb.created = new Date('2000-01-01T00:00:00Z');
  wb.modified = wb.created;
  sheet(wb, T.title, rowColumns(lang, 'full'), p.rows);
  sheet(wb, T.refused, refusedColumns(lang), p.refused);
  const empty = p.empty_folders ?? [];
  if (empty.length > 0)
    addTableSheet(
      wb,
      T.emptyFolders,
      [{ header: T.folder }, { header: T.note }],
      empty.map((f) => [f.folder, T.emptyFolder(f.folder)]),
    );
  sheet(wb, T.aggregate, aggregateColumns(lang), aggregateRows(aggregatePathway(p.rows)));
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
