import type { EnumChoice } from './cell-values.ts';
import type { Matrix } from './tsv.ts';

/**
 * The data side of the spreadsheet grid: columns, the selection, and what a paste or a clear
 * would write. Pure, so every rule here is unit-tested; DataGrid.tsx only draws and routes keys.
 */

export type CellValue = string | number;
export type CellParse = { ok: true; value: CellValue } | { ok: false; message: string };

export interface GridColumn<R> {
  key: string;
  /** Header text (translated) and its unit line, if any. */
  label: string;
  unit?: string;
  /** Header group shown above consecutive columns with the same group. */
  group?: string;
  /**
   * `action`: a button per row (not data: skipped by copy and paste). `text`, `number` and
   * `enum` cells hold data; `readOnly` data can be copied but not changed.
   */
  kind: 'action' | 'text' | 'number' | 'enum';
  readOnly?: boolean;
  /** The cell is the row's header (the enterprise name). */
  rowHeader?: boolean;
  numeric?: boolean;
  display: (row: R) => string;
  /** The stored value (choice cells: which choice the picker marks as current). */
  value?: (row: R) => CellValue;
  /** A data-testid for every cell of the column. */
  testId?: string;
  /** Dimmed (zeros, so real use stands out). */
  dim?: (row: R) => boolean;
  /** Text the editor starts with on F2 / Enter. */
  editText?: (row: R) => string;
  /** Text put on the clipboard (no grouping; shares as "35%", enums by their label). */
  copyText?: (row: R) => string;
  /** Reads typed or pasted text into the stored value, with the schema's bounds. */
  parse?: (raw: string) => CellParse;
  /** What Delete writes (numbers: 0); absent: Delete leaves the cell alone. */
  cleared?: CellValue;
  choices?: readonly EnumChoice[];
  /** The footer cell (totals). */
  footer?: string;
  /**
   * Other names a pasted header row may call this column (the label in the other language,
   * with its unit); the label and the key always count.
   */
  headers?: readonly string[];
  /** For action columns: the button's accessible name, whether it is pressed, what it does. */
  action?: { label: (row: R) => string; pressed: (row: R) => boolean; run: (rowIndex: number) => void };
}

export interface Pos {
  row: number;
  col: number;
}
export interface Selection {
  /** Where Shift+movement started; equals `cursor` for a single cell. */
  anchor: Pos;
  cursor: Pos;
}
export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function single(pos: Pos): Selection {
  return { anchor: pos, cursor: pos };
}

export function rangeOf(sel: Selection): Range {
  return {
    top: Math.min(sel.anchor.row, sel.cursor.row),
    bottom: Math.max(sel.anchor.row, sel.cursor.row),
    left: Math.min(sel.anchor.col, sel.cursor.col),
    right: Math.max(sel.anchor.col, sel.cursor.col),
  };
}

export function inRange(r: Range, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function clampPos(pos: Pos, rows: number, cols: number): Pos {
  return { row: Math.max(0, Math.min(rows - 1, pos.row)), col: Math.max(0, Math.min(cols - 1, pos.col)) };
}

export type MoveKey = 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'next' | 'prev';

/**
 * The cursor after a navigation key. `jump` (Ctrl) goes to the edge of the grid; Home/End with
 * `jump` go to the first/last cell. `next`/`prev` (Tab) wrap to the next/previous row and
 * answer null at the ends, so Tab can leave the grid as it leaves any widget.
 */
export function moveCursor(pos: Pos, key: MoveKey, rows: number, cols: number, jump = false): Pos | null {
  const { row, col } = pos;
  switch (key) {
    case 'up':
      return { row: jump ? 0 : Math.max(0, row - 1), col };
    case 'down':
      return { row: jump ? rows - 1 : Math.min(rows - 1, row + 1), col };
    case 'left':
      return { row, col: jump ? 0 : Math.max(0, col - 1) };
    case 'right':
      return { row, col: jump ? cols - 1 : Math.min(cols - 1, col + 1) };
    case 'home':
      return jump ? { row: 0, col: 0 } : { row, col: 0 };
    case 'end':
      return jump ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
    case 'next':
      if (col < cols - 1) return { row, col: col + 1 };
      return row < rows - 1 ? { row: row + 1, col: 0 } : null;
    case 'prev':
      if (col > 0) return { row, col: col - 1 };
      return row > 0 ? { row: row - 1, col: cols - 1 } : null;
  }
}

/** One value to write: `row` at or beyond the row count means a new row, appended in order. */
export interface CellWrite {
  row: number;
  key: string;
  value: CellValue;
}

export type PasteProblem =
  | { kind: 'empty' }
  | { kind: 'too_wide'; width: number; available: number }
  | { kind: 'read_only'; row: number; col: number }
  | { kind: 'cell'; row: number; col: number; text: string; message: string };

export type PastePlan =
  | { ok: true; writes: CellWrite[]; addRows: number; height: number; width: number; area: Range }
  | { ok: false; problems: PasteProblem[] };

function isData<R>(c: GridColumn<R>): boolean {
  return c.kind !== 'action';
}

/** A header cell compared loosely: full-width forms, case, spaces and bracketed units aside. */
function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[([{【].*?[)\]}】]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The columns a pasted first row names, when it is a header row (every non-empty cell names a
 * different data column, and at least two do, or the block is one column wide); else null.
 * Empty header cells give null: that pasted column is skipped.
 */
export function headerColumns<R>(columns: readonly GridColumn<R>[], row: readonly string[]): (number | null)[] | null {
  const names = new Map<string, number>();
  columns.forEach((c, i) => {
    if (!isData(c)) return;
    for (const n of [c.label, c.key, ...(c.unit ? [`${c.label} ${c.unit}`] : []), ...(c.headers ?? [])]) {
      const k = headerKey(n);
      if (k !== '' && !names.has(k)) names.set(k, i);
    }
  });
  const found: (number | null)[] = [];
  const seen = new Set<number>();
  for (const cell of row) {
    const k = headerKey(cell);
    if (k === '') {
      found.push(null);
      continue;
    }
    const i = names.get(k);
    if (i === undefined || seen.has(i)) return null;
    seen.add(i);
    found.push(i);
  }
  return seen.size >= 2 || (seen.size === 1 && row.length === 1) ? found : null;
}

/**
 * What pasting `matrix` at the selection writes. The block starts at the selection's top-left
 * cell (an action column there means the first data column after it) and runs over data columns
 * only. A single value pasted over a larger selection fills it, as in spreadsheets. Rows beyond
 * the end become new rows. Short rows leave the cells they do not reach unchanged. Every cell is
 * parsed first; any problem refuses the whole paste, so nothing is ever half applied.
 *
 * A block whose first row is a header (a spreadsheet's column titles) is matched by header
 * instead: the header row is skipped, each pasted column goes to the column it names, whatever
 * the selected column and whichever columns are shown (`allColumns` may include hidden ones),
 * and the rows start at the selected row.
 */
export function planPaste<R>(
  columns: readonly GridColumn<R>[],
  rowCount: number,
  sel: Selection,
  matrix: Matrix,
  allColumns: readonly GridColumn<R>[] = columns,
): PastePlan {
  const header = matrix.length > 1 ? headerColumns(allColumns, matrix[0]!) : null;
  if (header !== null) return planHeaderPaste(columns, allColumns, rowCount, sel, matrix.slice(1), header);
  const height0 = matrix.length;
  const width0 = Math.max(0, ...matrix.map((r) => r.length));
  if (height0 === 0 || width0 === 0) return { ok: false, problems: [{ kind: 'empty' }] };
  const r = rangeOf(sel);
  let start = r.left;
  while (start < columns.length && !isData(columns[start]!)) start++;
  const targetCols: number[] = [];
  for (let c = start; c < columns.length; c++) if (isData(columns[c]!)) targetCols.push(c);

  const fill = height0 === 1 && width0 === 1 && (r.bottom > r.top || r.right > r.left);
  const height = fill ? r.bottom - r.top + 1 : height0;
  const width = fill ? targetCols.filter((c) => c <= r.right).length : width0;
  if (width > targetCols.length) return { ok: false, problems: [{ kind: 'too_wide', width, available: targetCols.length }] };

  const writes: CellWrite[] = [];
  const problems: PasteProblem[] = [];
  for (let i = 0; i < height; i++) {
    const cells = fill ? Array.from({ length: width }, () => matrix[0]![0]!) : matrix[i]!;
    const row = r.top + i;
    cells.forEach((text, j) => {
      const col = targetCols[j]!;
      const column = columns[col]!;
      if (column.readOnly === true || column.parse === undefined) {
        problems.push({ kind: 'read_only', row, col });
        return;
      }
      const parsed = column.parse(text);
      if (parsed.ok) writes.push({ row, key: column.key, value: parsed.value });
      else problems.push({ kind: 'cell', row, col, text, message: parsed.message });
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const bottom = r.top + height - 1;
  return {
    ok: true,
    writes,
    addRows: Math.max(0, bottom + 1 - rowCount),
    height,
    width,
    area: { top: r.top, left: start, bottom, right: targetCols[width - 1] ?? start },
  };
}

function planHeaderPaste<R>(
  columns: readonly GridColumn<R>[],
  allColumns: readonly GridColumn<R>[],
  rowCount: number,
  sel: Selection,
  rows: Matrix,
  header: readonly (number | null)[],
): PastePlan {
  const top = rangeOf(sel).top;
  const writes: CellWrite[] = [];
  const problems: PasteProblem[] = [];
  // Problems name a shown column where there is one (the grid's messages index `columns`).
  const shownIndex = (i: number) => columns.findIndex((c) => c.key === allColumns[i]!.key);
  rows.forEach((cells, i) => {
    const row = top + i;
    cells.forEach((text, j) => {
      const target = header[j];
      if (target === null || target === undefined) return;
      const column = allColumns[target]!;
      const col = Math.max(0, shownIndex(target));
      if (column.readOnly === true || column.parse === undefined) {
        problems.push({ kind: 'read_only', row, col });
        return;
      }
      const parsed = column.parse(text);
      if (parsed.ok) writes.push({ row, key: column.key, value: parsed.value });
      else problems.push({ kind: 'cell', row, col, text, message: parsed.message });
    });
  });
  if (rows.length === 0) return { ok: false, problems: [{ kind: 'empty' }] };
  if (problems.length > 0) return { ok: false, problems };
  const shown = header.flatMap((h) => (h === null ? [] : [shownIndex(h)])).filter((i) => i >= 0);
  const bottom = top + rows.length - 1;
  const left = shown.length > 0 ? Math.min(...shown) : rangeOf(sel).left;
  const right = shown.length > 0 ? Math.max(...shown) : left;
  return {
    ok: true,
    writes,
    addRows: Math.max(0, bottom + 1 - rowCount),
    height: rows.length,
    width: header.filter((h) => h !== null).length,
    area: { top, left, bottom, right },
  };
}

/** Delete over a selection: every clearable data cell in it gets its cleared value. */
export function planClear<R>(columns: readonly GridColumn<R>[], sel: Selection): CellWrite[] {
  const r = rangeOf(sel);
  const writes: CellWrite[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) {
      const c = columns[col]!;
      if (isData(c) && c.readOnly !== true && c.cleared !== undefined) writes.push({ row, key: c.key, value: c.cleared });
    }
  return writes;
}

/** One typed value written into every editable cell of the selection (Ctrl+Enter). */
export function planFill<R>(columns: readonly GridColumn<R>[], sel: Selection, raw: string): PastePlan {
  return planPaste(columns, Number.MAX_SAFE_INTEGER, sel, [[raw]]);
}

/** The selection as clipboard rows: data columns only, in the text each column copies. */
export function copyRows<R>(columns: readonly GridColumn<R>[], rows: readonly R[], sel: Selection): string[][] {
  const r = rangeOf(sel);
  const out: string[][] = [];
  for (let i = r.top; i <= r.bottom; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    const cells: string[] = [];
    for (let c = r.left; c <= r.right; c++) {
      const column = columns[c]!;
      if (!isData(column)) continue;
      cells.push((column.copyText ?? column.display)(row));
    }
    if (cells.length > 0) out.push(cells);
  }
  return out;
}
