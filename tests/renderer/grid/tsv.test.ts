import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTsv, toTsv } from '../../../renderer/src/grid/tsv.ts';

describe('clipboard TSV', () => {
  it('reads Excel rows: CRLF, a trailing line break, empty cells kept', () => {
    expect(parseTsv('a\tb\tc\r\n1\t\t3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
    expect(parseTsv('x\ty')).toEqual([['x', 'y']]);
    expect(parseTsv('x\n')).toEqual([['x']]);
  });

  it('keeps ragged rows ragged (a short row leaves the rest alone)', () => {
    expect(parseTsv('1\t2\t3\n4\n5\t6\n')).toEqual([['1', '2', '3'], ['4'], ['5', '6']]);
  });

  it('drops trailing empty lines but not empty lines inside the block', () => {
    expect(parseTsv('1\n\n2\n\n\n')).toEqual([['1'], [''], ['2']]);
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\r\n')).toEqual([]);
  });

  it('reads quoted cells with tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"Plant ""A"""\t"two\nlines"\t"tab\there"\r\n')).toEqual([['Plant "A"', 'two\nlines', 'tab\there']]);
    // A quote that does not close a cell is text, as typed.
    expect(parseTsv('"abc\t5"x\n')).toEqual([['"abc', '5"x']]);
  });

  it('writes what it reads', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\t', '\n', '\r', ' ', '万', '％') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        // A last row of one empty cell is indistinguishable from a trailing line break.
        fc.pre(!(rows.at(-1)!.length === 1 && rows.at(-1)![0] === ''));
        expect(parseTsv(toTsv(rows))).toEqual(rows);
      }),
    );
  });
});
