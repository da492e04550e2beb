import { describe, expect, it } from 'vitest';
import {
  copyRows,
  moveCursor,
  planClear,
  planPaste,
  single,
  type CellParse,
  type GridColumn,
} from '../../../renderer/src/grid/grid-model.ts';

interface Row {
  name: string;
  a: number;
  b: number;
}

const num = (raw: string): CellParse => {
  const n = Number(raw);
  return raw.trim() !== '' && Number.isFinite(n) && n >= 0 ? { ok: true, value: n } : { ok: false, message: 'bad' };
};

const columns: GridColumn<Row>[] = [
  { key: 'details', label: 'Details', kind: 'action', display: () => '' },
  { key: 'name', label: 'Name', kind: 'text', display: (r) => r.name, parse: (s) => ({ ok: true, value: s }) },
  { key: 'a', label: 'A', kind: 'number', display: (r) => String(r.a), parse: num, cleared: 0 },
  { key: 'b', label: 'B', kind: 'number', display: (r) => String(r.b), parse: num, cleared: 0, readOnly: false },
];
const rows: Row[] = [
  { name: 'x', a: 1, b: 2 },
  { name: 'y', a: 3, b: 4 },
];

describe('grid cursor', () => {
  it('moves with arrows, jumps with Ctrl, wraps with Tab and lets Tab leave at the ends', () => {
    expect(moveCursor({ row: 0, col: 0 }, 'up', 2, 4)).toEqual({ row: 0, col: 0 });
    expect(moveCursor({ row: 0, col: 1 }, 'right', 2, 4, true)).toEqual({ row: 0, col: 3 });
    expect(moveCursor({ row: 1, col: 2 }, 'home', 2, 4, true)).toEqual({ row: 0, col: 0 });
    expect(moveCursor({ row: 0, col: 2 }, 'end', 2, 4)).toEqual({ row: 0, col: 3 });
    expect(moveCursor({ row: 0, col: 3 }, 'next', 2, 4)).toEqual({ row: 1, col: 0 });
    expect(moveCursor({ row: 1, col: 3 }, 'next', 2, 4)).toBeNull();
    expect(moveCursor({ row: 0, col: 0 }, 'prev', 2, 4)).toBeNull();
  });
});

describe('pasting a block', () => {
  it('starts at the cursor, skips action columns and grows past the last row', () => {
    const plan = planPaste(columns, rows.length, single({ row: 1, col: 0 }), [
      ['z', '5', '6'],
      ['w', '7', '8'],
    ]);
    expect(plan).toMatchObject({ ok: true, addRows: 1, height: 2, width: 3 });
    if (!plan.ok) return;
    expect(plan.writes).toEqual([
      { row: 1, key: 'name', value: 'z' },
      { row: 1, key: 'a', value: 5 },
      { row: 1, key: 'b', value: 6 },
      { row: 2, key: 'name', value: 'w' },
      { row: 2, key: 'a', value: 7 },
      { row: 2, key: 'b', value: 8 },
    ]);
    expect(plan.area).toEqual({ top: 1, left: 1, bottom: 2, right: 3 });
  });

  it('leaves cells a ragged row does not reach alone', () => {
    const plan = planPaste(columns, 2, single({ row: 0, col: 2 }), [['9', '9'], ['8']]);
    expect(plan.ok && plan.writes).toEqual([
      { row: 0, key: 'a', value: 9 },
      { row: 0, key: 'b', value: 9 },
      { row: 1, key: 'a', value: 8 },
    ]);
  });

  it('refuses the whole paste when any cell is invalid, naming every bad cell', () => {
    const plan = planPaste(columns, 2, single({ row: 0, col: 2 }), [
      ['1', 'x'],
      ['-1', '2'],
    ]);
    expect(plan).toEqual({
      ok: false,
      problems: [
        { kind: 'cell', row: 0, col: 3, text: 'x', message: 'bad' },
        { kind: 'cell', row: 1, col: 2, text: '-1', message: 'bad' },
      ],
    });
  });

  it('refuses a block wider than the columns left, and an empty clipboard', () => {
    expect(planPaste(columns, 2, single({ row: 0, col: 2 }), [['1', '2', '3']])).toEqual({
      ok: false,
      problems: [{ kind: 'too_wide', width: 3, available: 2 }],
    });
    expect(planPaste(columns, 2, single({ row: 0, col: 2 }), [])).toEqual({ ok: false, problems: [{ kind: 'empty' }] });
  });

  it('fills a larger selection with a single value', () => {
    const plan = planPaste(columns, 2, { anchor: { row: 0, col: 2 }, cursor: { row: 1, col: 3 } }, [['0']]);
    expect(plan.ok && plan.writes.map((w) => `${w.row}${w.key}=${w.value}`)).toEqual(['0a=0', '0b=0', '1a=0', '1b=0']);
  });
});

describe('clearing and copying a selection', () => {
  it('clears only clearable cells', () => {
    const sel = { anchor: { row: 0, col: 0 }, cursor: { row: 1, col: 2 } };
    expect(planClear(columns, sel)).toEqual([
      { row: 0, key: 'a', value: 0 },
      { row: 1, key: 'a', value: 0 },
    ]);
  });

  it('copies data columns only', () => {
    const sel = { anchor: { row: 0, col: 0 }, cursor: { row: 1, col: 3 } };
    expect(copyRows(columns, rows, sel)).toEqual([
      ['x', '1', '2'],
      ['y', '3', '4'],
    ]);
  });
});
