import { describe, expect, it } from 'vitest';
import { LpBuilder, lpSize, objectiveValue, rowActivity } from '../../../core/optimise/lp.ts';
import { writeMps } from '../../../core/optimise/mps.ts';

function small() {
  const b = new LpBuilder('small');
  const x = b.addCol('x', 0, 10, 2);
  const y = b.addCol('y', -Infinity, Infinity, -1);
  const z = b.addCol('z', 3, 3, 0);
  b.addRow('r_sum', 1, 4, [
    [x, 1],
    [y, 2],
    [x, 0.5], // a second term for the same cell is summed
  ]);
  b.addRow('r_le', -Infinity, 7, [
    [z, 1],
    [y, -1],
  ]);
  b.addRow('r_eq', 5, 5, [
    [x, 1],
    [z, 0],
  ]); // an explicit zero is dropped
  b.addOffset(100);
  return { m: b.build(), x, y, z };
}

describe('LpBuilder', () => {
  it('builds CSC with summed duplicates, no zeros, rows sorted within each column', () => {
    const { m } = small();
    expect(lpSize(m)).toEqual({ columns: 3, rows: 3, nonzeros: 5 });
    expect([...m.col_starts]).toEqual([0, 2, 4, 5]);
    expect([...m.row_index]).toEqual([0, 2, 0, 1, 1]);
    expect([...m.values]).toEqual([1.5, 1, 2, -1, 1]);
  });

  it('evaluates row activities and the objective with its offset', () => {
    const { m } = small();
    const x = [2, 1, 3];
    expect([...rowActivity(m, x)]).toEqual([5, 2, 2]);
    expect(objectiveValue(m, x)).toBe(100 + 4 - 1);
  });

  it('refuses crossed bounds and non-finite coefficients with the name', () => {
    const b = new LpBuilder('bad');
    expect(() => b.addCol('cap_pv', 5, 1)).toThrow(/cap_pv/);
    const c = b.addCol('c', 0, 1);
    const r = b.addRow('balance', 0, 0);
    expect(() => b.addTerm(r, c, Number.NaN)).toThrow(/balance/);
  });
});

describe('writeMps', () => {
  it('writes rows, columns, RHS, ranges and bounds in free MPS', () => {
    const { m } = small();
    const text = writeMps(m);
    expect(text.split('\n')).toEqual([
      'NAME small',
      'ROWS',
      ' N obj',
      ' G r_sum',
      ' L r_le',
      ' E r_eq',
      'COLUMNS',
      ' x obj 2',
      ' x r_sum 1.5',
      ' x r_eq 1',
      ' y obj -1',
      ' y r_sum 2',
      ' y r_le -1',
      ' z r_le 1',
      'RHS',
      ' rhs obj -100',
      ' rhs r_sum 1',
      ' rhs r_le 7',
      ' rhs r_eq 5',
      'RANGES',
      ' rng r_sum 3',
      'BOUNDS',
      ' UP bnd x 10',
      ' FR bnd y',
      ' FX bnd z 3',
      'ENDATA',
      '',
    ]);
  });

  it('refuses names MPS cannot carry', () => {
    const b = new LpBuilder('n');
    b.addCol('pv size', 0, 1);
    expect(() => writeMps(b.build())).toThrow(/pv size/);
  });
});
