/**
 * Tab-separated text as spreadsheets put it on the clipboard. Excel, WPS and LibreOffice write
 * one line per row (CRLF or LF) and a tab between cells; a cell holding a tab, a line break or a
 * leading quote is wrapped in double quotes with inner quotes doubled. The last row ends with a
 * line break, which is not an extra empty row.
 */

/** Rows of cells. Rows may be ragged (a short row means "nothing pasted there"). */
export type Matrix = string[][];

export function parseTsv(text: string): Matrix {
  const rows: Matrix = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  // True right after a tab or line start: only there does a quote open a quoted cell.
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      const end = quotedEnd(text, i);
      if (end !== null) {
        cell = text.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  // Text that does not end in a line break still has a last row.
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  // Trailing empty lines (some apps add more than one) carry no cells.
  while (rows.length > 0 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '') rows.pop();
  return rows;
}

/**
 * Where a quoted cell starting at `start` closes: the quote followed by a tab, a line break or
 * the end. A quote that never closes properly is plain text (as Excel reads `"abc` typed in).
 */
function quotedEnd(text: string, start: number): number | null {
  let j = start + 1;
  while (j < text.length) {
    if (text[j] === '"') {
      if (text[j + 1] === '"') {
        j += 2;
        continue;
      }
      const next = text[j + 1];
      return next === undefined || next === '\t' || next === '\n' || next === '\r' ? j : null;
    }
    j++;
  }
  return null;
}

function quoteCell(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows to clipboard text, CRLF line ends as Excel writes them (it reads LF too). */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteCell).join('\t')).join('\r\n') + '\r\n';
}
