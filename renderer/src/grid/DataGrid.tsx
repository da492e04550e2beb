import { useEffect, useEffectEvent, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickerExit } from './ChoicePicker.tsx';
import { GridCell, type CellHandlers } from './GridCell.tsx';
import { GridFoot, GridHead } from './GridFrame.tsx';
import {
  clampPos,
  copyRows,
  inRange,
  moveCursor,
  planClear,
  planFill,
  planPaste,
  rangeOf,
  single,
  type CellWrite,
  type GridColumn,
  type MoveKey,
  type PasteProblem,
  type Pos,
  type Selection,
} from './grid-model.ts';
import { parseTsv, toTsv } from './tsv.ts';
import './grid.css';

/**
 * A spreadsheet-like grid (WAI-ARIA grid pattern) over rows of any type. One cell is the
 * cursor and the only tab stop; arrows, Tab, Home/End (Ctrl for the corners) and Shift for a
 * range move it. Typing, Enter or F2 edit a cell; Enter/Tab commit, Escape cancels, Ctrl+Enter
 * fills the selection. Delete clears numbers to zero. Ctrl+C copies the selection as TSV and
 * Ctrl+V pastes a block from a spreadsheet, growing the rows when allowed. Every change reaches
 * the owner through `onWrite` as one batch, which the owner commits as one undo step; the grid
 * itself holds only UI state (selection, the open editor, its message).
 */

export interface DataGridProps<R> {
  columns: readonly GridColumn<R>[];
  /** Every column a paste with a header row may fill, hidden ones included; default `columns`. */
  pasteColumns?: readonly GridColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** Id of the heading that names the grid. */
  labelledBy: string;
  caption?: string;
  testId?: string;
  rowClassName?: (row: R) => string | undefined;
  /** How messages name a row (the enterprise name); `row` is undefined for a new row. */
  rowName: (row: R | undefined, index: number) => string;
  readOnly: boolean;
  /** Whether a paste may append rows. */
  canGrow: boolean;
  /** Text shown when there are no rows (a paste there still works). */
  emptyText: string;
  /** Apply one batch as one commit. Answers null when applied, else why not. */
  onWrite: (writes: CellWrite[], addRows: number, kind: WriteKind) => string | null;
}

export type WriteKind =
  | { kind: 'cell'; column: string; row: string }
  | { kind: 'paste'; height: number; width: number }
  | { kind: 'clear'; count: number }
  | { kind: 'fill'; count: number };

interface KeyPos {
  row: number;
  key: string;
}
interface Edit {
  pos: Pos;
  text: string;
  error: string | null;
}
type Message = { tone: 'error' | 'info'; text: string; cells?: Set<string> };

const cellId = (row: number, col: number) => `${row}:${col}`;

export function DataGrid<R>(props: DataGridProps<R>) {
  const { columns, rows, readOnly } = props;
  const { t } = useTranslation();
  const helpId = useId();
  const statusId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const focusPending = useRef(false);
  // The editor that is open, readable from blur handlers that fire after it closed.
  const editRef = useRef<Edit | null>(null);

  const firstData = Math.max(
    0,
    columns.findIndex((c) => c.kind !== 'action'),
  );
  // The selection is kept by column key, so it stays on its column when columns come and go.
  const [keySel, setKeySel] = useState<{ anchor: KeyPos; cursor: KeyPos }>(() => {
    const key = columns[firstData]?.key ?? '';
    return { anchor: { row: 0, key }, cursor: { row: 0, key } };
  });
  const [edit, setEditState] = useState<Edit | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const rowCount = Math.max(1, rows.length);
  const colCount = columns.length;
  const toIndex = (p: KeyPos): Pos => {
    const col = columns.findIndex((c) => c.key === p.key);
    return clampPos({ row: p.row, col: col < 0 ? firstData : col }, rowCount, colCount);
  };
  const sel: Selection = { anchor: toIndex(keySel.anchor), cursor: toIndex(keySel.cursor) };
  const range = rangeOf(sel);
  const toKeys = (p: Pos): KeyPos => ({ row: p.row, key: columns[p.col]?.key ?? '' });

  const setEdit = (next: Edit | null) => {
    editRef.current = next;
    setEditState(next);
  };
  const select = (next: Selection, focus = true) => {
    setKeySel({ anchor: toKeys(next.anchor), cursor: toKeys(next.cursor) });
    if (focus) focusPending.current = true;
  };

  useLayoutEffect(() => {
    if (!focusPending.current || editRef.current !== null) return;
    focusPending.current = false;
    const cell = tableRef.current?.querySelector<HTMLElement>(`[data-cell="${cellId(sel.cursor.row, sel.cursor.col)}"]`);
    cell?.focus();
  });

  const rowName = (index: number) => props.rowName(rows[index], index);
  const editable = (col: number) => {
    const c = columns[col];
    return !readOnly && c !== undefined && c.kind !== 'action' && c.readOnly !== true && c.parse !== undefined;
  };

  const describe = (p: PasteProblem): string => {
    switch (p.kind) {
      case 'empty':
        return t('grid.emptyPaste');
      case 'too_wide':
        return t('grid.tooWide', { width: p.width, available: p.available });
      case 'read_only':
        return t('grid.readOnlyCell', { n: p.row + 1, row: rowName(p.row), column: columns[p.col]?.label ?? '' });
      case 'cell':
        return t('grid.cellProblem', {
          n: p.row + 1,
          row: rowName(p.row),
          column: columns[p.col]?.label ?? '',
          text: p.text,
          message: p.message,
        });
    }
  };

  const refuse = (problems: PasteProblem[], lead: string) => {
    const listed = problems.slice(0, 4).map(describe);
    if (problems.length > 4) listed.push(t('grid.moreProblems', { count: problems.length - 4 }));
    const cells = new Set(problems.flatMap((p) => ('row' in p ? [cellId(p.row, p.col)] : [])));
    setMessage({ tone: 'error', text: `${lead} ${listed.join(' ')}`, cells });
  };

  const write = (writes: CellWrite[], addRows: number, kind: WriteKind): boolean => {
    if (writes.length === 0 && addRows === 0) return true;
    const refused = props.onWrite(writes, addRows, kind);
    if (refused !== null) {
      setMessage({ tone: 'error', text: refused });
      return false;
    }
    return true;
  };

  // --- editing ---
  const startEdit = (pos: Pos, text?: string) => {
    if (!editable(pos.col)) return;
    const c = columns[pos.col]!;
    const row = rows[pos.row];
    if (row === undefined) return;
    const initial = text ?? c.editText?.(row) ?? c.display(row);
    setMessage(null);
    setEdit({ pos, text: initial, error: null });
  };

  /** Close the editor; `refocus` is false when focus left for somewhere else on purpose. */
  const finishEdit = (move: MoveKey | null, refocus = true) => {
    focusPending.current = refocus;
    setEdit(null);
    if (move !== null) {
      const next = moveCursor(sel.cursor, move, rowCount, colCount);
      if (next !== null) select(single(next), refocus);
    }
  };

  /** Commit the open editor's text (to the selection when `fill`); false keeps it open. */
  const commitText = (text: string, move: MoveKey | null, fill = false, refocus = true): boolean => {
    const e = editRef.current;
    if (e === null) return false;
    const c = columns[e.pos.col]!;
    if (fill && (range.bottom > range.top || range.right > range.left)) {
      const plan = planFill(columns, sel, text);
      if (!plan.ok) {
        refuse(plan.problems, t('grid.fillRefused'));
        return false;
      }
      if (!write(plan.writes, 0, { kind: 'fill', count: plan.writes.length })) return false;
      finishEdit(null, refocus);
      return true;
    }
    const parsed = c.parse?.(text);
    if (parsed === undefined) return false;
    if (!parsed.ok) {
      setEdit({ ...e, text, error: parsed.message });
      return false;
    }
    const kind: WriteKind = { kind: 'cell', column: c.label, row: rowName(e.pos.row) };
    const refused = props.onWrite([{ row: e.pos.row, key: c.key, value: parsed.value }], 0, kind);
    if (refused !== null) {
      setEdit({ ...e, text, error: refused });
      return false;
    }
    finishEdit(move, refocus);
    return true;
  };

  const cancelEdit = (refocus = true) => {
    if (editRef.current === null) return;
    finishEdit(null, refocus);
  };

  /** Leaving the editor with the mouse: keep a valid value, drop an invalid one and say so. */
  const blurEdit = (text: string) => {
    const e = editRef.current;
    if (e === null) return;
    if (!commitText(text, null, false, false)) {
      const why = editRef.current?.error ?? '';
      setEdit(null);
      setMessage({ tone: 'error', text: t('grid.notApplied', { message: why }), cells: new Set([cellId(e.pos.row, e.pos.col)]) });
    }
  };

  const onEditorKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const text = e.currentTarget.value;
    const done = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.key === 'Enter') {
      done();
      commitText(text, e.ctrlKey || e.metaKey ? null : e.shiftKey ? 'up' : 'down', e.ctrlKey || e.metaKey);
    } else if (e.key === 'Tab') {
      done();
      commitText(text, e.shiftKey ? 'prev' : 'next');
    } else if (e.key === 'Escape') {
      done();
      cancelEdit();
    }
  };

  const onPick = (value: string | null, exit: PickerExit) => {
    const e = editRef.current;
    if (e === null) return;
    if (value === null) {
      setEdit({ ...e, error: t('grid.noMatch') });
      return;
    }
    commitText(value, exit === 'enter' ? 'down' : exit === 'tab' ? 'next' : 'prev');
  };

  // --- keyboard on the grid (not in an editor) ---
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editRef.current !== null) return;
    if (!(e.target instanceof HTMLElement) || e.target.closest('[data-cell]') === null) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const moves: Record<string, MoveKey> = {
      ArrowUp: 'up',
      ArrowDown: 'down',
      ArrowLeft: 'left',
      ArrowRight: 'right',
      Home: 'home',
      End: 'end',
    };
    const move = moves[e.key];
    const cursor = sel.cursor;
    const col = columns[cursor.col];
    if (move !== undefined) {
      e.preventDefault();
      const next = moveCursor(cursor, move, rowCount, colCount, ctrl);
      if (next === null) return;
      select(e.shiftKey ? { anchor: sel.anchor, cursor: next } : single(next));
      setMessage(null);
    } else if (e.key === 'Tab') {
      const next = moveCursor(cursor, e.shiftKey ? 'prev' : 'next', rowCount, colCount);
      if (next === null) return; // leave the grid, as Tab leaves any widget
      e.preventDefault();
      select(single(next));
    } else if (e.key === 'Enter' || e.key === ' ') {
      if (col?.kind === 'action') {
        e.preventDefault();
        col.action?.run(cursor.row);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        startEdit(cursor);
      } else {
        e.preventDefault();
        startEdit(cursor, ' ');
      }
    } else if (e.key === 'F2') {
      e.preventDefault();
      startEdit(cursor);
    } else if (e.key === 'Delete' || (e.key === 'Backspace' && col?.kind === 'number')) {
      e.preventDefault();
      if (readOnly || rows.length === 0) return;
      const writes = planClear(columns, sel);
      if (writes.length === 0) setMessage({ tone: 'info', text: t('grid.nothingToClear') });
      else if (write(writes, 0, { kind: 'clear', count: writes.length })) setMessage(null);
    } else if (e.key === 'Backspace') {
      e.preventDefault();
      startEdit(cursor, '');
    } else if (e.key === 'Escape') {
      if (message !== null || range.bottom > range.top || range.right > range.left) {
        e.preventDefault();
        setMessage(null);
        select(single(cursor));
      }
    } else if (ctrl && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      select({ anchor: { row: 0, col: 0 }, cursor: { row: rowCount - 1, col: colCount - 1 } });
    } else if (e.key.length === 1 && !ctrl && !e.altKey) {
      // Typing over a cell starts editing it with that character, as in a spreadsheet.
      e.preventDefault();
      startEdit(cursor, e.key);
    }
  };

  const onMouseDown = (e: MouseEvent<HTMLTableElement>) => {
    const cell = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-cell]') : null;
    if (cell === null || editRef.current !== null) return;
    const [r, c] = (cell.dataset['cell'] ?? '0:0').split(':').map(Number);
    const pos = { row: r ?? 0, col: c ?? 0 };
    select(e.shiftKey ? { anchor: sel.anchor, cursor: pos } : single(pos));
    if (!e.shiftKey) setMessage(null);
  };

  // --- clipboard: the browser sends copy/paste to the document when a cell has focus ---
  const inGrid = () => {
    const a = document.activeElement;
    return a instanceof HTMLElement && tableRef.current?.contains(a) === true && a.closest('[data-cell]') === a;
  };
  const onCopy = useEffectEvent((e: ClipboardEvent) => {
    if (!inGrid() || editRef.current !== null || e.clipboardData === null) return;
    const data = copyRows(columns, rows, sel);
    if (data.length === 0) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', toTsv(data));
    setMessage({ tone: 'info', text: t('grid.copied', { height: data.length, width: data[0]?.length ?? 0 }) });
  });
  const onPaste = useEffectEvent((e: ClipboardEvent) => {
    if (!inGrid() || editRef.current !== null || e.clipboardData === null) return;
    e.preventDefault();
    if (readOnly) {
      setMessage({ tone: 'error', text: t('grid.readOnlyGrid') });
      return;
    }
    const matrix = parseTsv(e.clipboardData.getData('text/plain'));
    const plan = planPaste(columns, rows.length, sel, matrix, props.pasteColumns ?? columns);
    if (!plan.ok) {
      refuse(plan.problems, t('grid.pasteRefused'));
      return;
    }
    if (plan.addRows > 0 && !props.canGrow) {
      setMessage({ tone: 'error', text: t('grid.cannotGrow') });
      return;
    }
    if (!write(plan.writes, plan.addRows, { kind: 'paste', height: plan.height, width: plan.width })) return;
    select({ anchor: { row: plan.area.top, col: plan.area.left }, cursor: { row: plan.area.bottom, col: plan.area.right } });
    setMessage({
      tone: 'info',
      text:
        plan.addRows > 0
          ? t('grid.pastedGrown', { height: plan.height, width: plan.width, count: plan.addRows })
          : t('grid.pasted', { height: plan.height, width: plan.width }),
    });
  });
  useEffect(() => {
    const copy = (e: ClipboardEvent) => onCopy(e);
    const paste = (e: ClipboardEvent) => onPaste(e);
    document.addEventListener('copy', copy);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('paste', paste);
    };
  }, []);

  // --- drawing ---
  const hasAction = columns.some((c) => c.kind === 'action');
  const editLabel = (pos: Pos) => `${columns[pos.col]?.label ?? ''}, ${rowName(pos.row)}`;

  const handlers: CellHandlers = {
    onText: (text, error) => {
      if (editRef.current !== null) setEdit({ ...editRef.current, text, error });
    },
    onEditorKey,
    onBlur: blurEdit,
    onPick,
    onCancel: () => cancelEdit(),
    onLeave: () => cancelEdit(false),
  };
  const renderCell = (row: R, r: number, c: GridColumn<R>, ci: number) => {
    const editing = edit !== null && edit.pos.row === r && edit.pos.col === ci;
    return (
      <GridCell
        key={c.key}
        row={row}
        rowIndex={r}
        column={c}
        id={cellId(r, ci)}
        cursor={sel.cursor.row === r && sel.cursor.col === ci}
        selected={inRange(range, r, ci)}
        invalid={(editing && edit.error !== null) || message?.cells?.has(cellId(r, ci)) === true}
        editable={editable(ci)}
        edit={editing ? edit : null}
        editLabel={editing ? editLabel(edit.pos) : ''}
        statusId={statusId}
        handlers={handlers}
      />
    );
  };

  const editError = edit?.error ?? null;
  const status: Message | null = editError !== null ? { tone: 'error', text: `${editLabel(edit!.pos)}: ${editError}` } : message;

  return (
    <div className="grid">
      <p className="visually-hidden" id={helpId}>
        {readOnly ? t('grid.helpReadOnly') : t('grid.help')}
      </p>
      <div id={statusId} className="grid__status" aria-live="polite">
        {status !== null && (
          <p
            className={status.tone === 'error' ? 'grid__message grid__message--error' : 'grid__message'}
            role={status.tone === 'error' ? 'alert' : 'status'}
            data-testid="grid-message"
          >
            {status.text}
          </p>
        )}
      </div>
      <div className="table-wrap" role="region" aria-labelledby={props.labelledBy}>
        <table
          ref={tableRef}
          role="grid"
          className={hasAction ? 'data-table grid__table grid__table--action' : 'data-table grid__table'}
          data-testid={props.testId}
          aria-labelledby={props.labelledBy}
          aria-describedby={helpId}
          aria-multiselectable="true"
          aria-readonly={readOnly || undefined}
          onKeyDown={onKeyDown}
          onMouseDown={onMouseDown}
          onDoubleClick={() => startEdit(sel.cursor)}
        >
          {props.caption !== undefined && <caption className="visually-hidden">{props.caption}</caption>}
          <GridHead columns={columns} />
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td
                  colSpan={colCount}
                  role="gridcell"
                  className="grid__cell grid__empty grid__cell--cursor"
                  tabIndex={0}
                  data-cell={cellId(0, firstData)}
                  aria-selected="true"
                >
                  {props.emptyText}
                </td>
              </tr>
            ) : (
              rows.map((row, r) => (
                <tr key={props.rowKey(row)} className={props.rowClassName?.(row)}>
                  {columns.map((c, ci) => renderCell(row, r, c, ci))}
                </tr>
              ))
            )}
          </tbody>
          {rows.length > 0 && <GridFoot columns={columns} />}
        </table>
      </div>
    </div>
  );
}
