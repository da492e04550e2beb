import type { KeyboardEvent } from 'react';
import { ChoicePicker, type PickerExit } from './ChoicePicker.tsx';
import { stickyClass } from './GridFrame.tsx';
import type { GridColumn } from './grid-model.ts';

/** The open editor of a cell: its text and the problem shown with it, if any. */
export interface CellEdit {
  text: string;
  error: string | null;
}

export interface CellHandlers {
  onText: (text: string, error: string | null) => void;
  onEditorKey: (e: KeyboardEvent<HTMLInputElement>) => void;
  onBlur: (text: string) => void;
  onPick: (value: string | null, exit: PickerExit) => void;
  onCancel: () => void;
  onLeave: () => void;
}

interface Props<R> {
  row: R;
  rowIndex: number;
  column: GridColumn<R>;
  /** "row:col", the cell's address for focus and mouse handling. */
  id: string;
  cursor: boolean;
  selected: boolean;
  invalid: boolean;
  editable: boolean;
  /** Set while this cell is being edited. */
  edit: CellEdit | null;
  /** The editor's accessible name ("Coal, Lithium carbonate refinery") and the message line's id. */
  editLabel: string;
  statusId: string;
  handlers: CellHandlers;
}

/** One grid cell: its value, or its editor (text input or choice picker), or a row button. */
export function GridCell<R>({
  row,
  rowIndex,
  column: c,
  id,
  cursor,
  selected,
  invalid,
  editable,
  edit,
  editLabel,
  statusId,
  handlers,
}: Props<R>) {
  const editing = edit !== null;
  const className = [
    'grid__cell',
    stickyClass(c),
    c.numeric === true ? 'num' : '',
    c.dim?.(row) === true && !editing ? 'num--zero' : '',
    cursor ? 'grid__cell--cursor' : '',
    selected ? 'grid__cell--selected' : '',
    editing ? 'grid__cell--editing' : '',
    invalid ? 'grid__cell--invalid' : '',
  ]
    .filter((x) => x !== '')
    .join(' ');
  const common = {
    className,
    // Roving tab stop: only the cursor cell is in the tab order (none while its editor is open).
    tabIndex: cursor && !editing ? 0 : -1,
    'data-cell': id,
    'data-testid': c.testId,
    'aria-selected': selected,
    'aria-readonly': c.kind === 'action' ? undefined : !editable,
    'aria-invalid': invalid || undefined,
  };

  let content;
  if (edit !== null && c.kind === 'enum') {
    content = (
      <ChoicePicker
        choices={c.choices ?? []}
        current={String(c.value?.(row) ?? '')}
        initialText={edit.text}
        label={editLabel}
        describedBy={statusId}
        onPick={handlers.onPick}
        onCancel={handlers.onCancel}
        onLeave={handlers.onLeave}
      />
    );
  } else if (edit !== null) {
    content = (
      <input
        className="grid__input"
        aria-label={editLabel}
        aria-invalid={edit.error !== null}
        aria-describedby={statusId}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        inputMode={c.numeric === true ? 'decimal' : undefined}
        value={edit.text}
        onFocus={(e) => {
          const end = e.currentTarget.value.length;
          e.currentTarget.setSelectionRange(end, end);
        }}
        onChange={(e) => {
          // Once a problem is shown, it follows the typing; before that, typing is not judged.
          const parsed = edit.error === null ? null : c.parse?.(e.target.value);
          handlers.onText(e.target.value, parsed === null || parsed === undefined || parsed.ok ? null : parsed.message);
        }}
        onKeyDown={handlers.onEditorKey}
        onBlur={(e) => handlers.onBlur(e.currentTarget.value)}
      />
    );
  } else if (c.kind === 'action' && c.action !== undefined) {
    const action = c.action;
    content = (
      <button
        type="button"
        className="grid__action"
        tabIndex={-1}
        aria-label={action.label(row)}
        title={action.label(row)}
        aria-pressed={action.pressed(row)}
        onClick={() => action.run(rowIndex)}
      >
        <span aria-hidden="true">›</span>
      </button>
    );
  } else {
    content = c.display(row);
  }
  return c.rowHeader === true ? (
    <th role="rowheader" scope="row" {...common}>
      {content}
    </th>
  ) : (
    <td role="gridcell" {...common}>
      {content}
    </td>
  );
}
