import type { LpModel } from './lp.ts';

/**
 * Free-format MPS text of a model (the format HiGHS, CPLEX, Gurobi and GLPK all read), so a
 * planner's model can be checked with another solver and the benchmark can time native HiGHS
 * on exactly the model the app solves. Numbers are written in their shortest round-trip form,
 * so reading the file back gives the same doubles.
 *
 * Conventions used: minimisation; the objective row is `obj` and its RHS holds minus the
 * objective offset (the MPS convention HiGHS follows); a row with two different finite bounds
 * is a `G` row with its lower bound as RHS and a RANGES entry of (upper - lower); a column's
 * bounds are written unless they are the MPS default [0, +inf).
 */
export function writeMps(m: LpModel): string {
  const out: string[] = [];
  const names = (list: readonly string[], what: string): string[] =>
    list.map((n, i) => {
      if (!/^[\x21-\x7e]+$/.test(n)) throw new Error(`MPS: ${what} ${i} has a name with spaces or non-ASCII characters: "${n}"`);
      return n;
    });
  const colNames = names(m.col_names, 'column');
  const rowNames = names(m.row_names, 'row');
  const fmt = (v: number): string => String(v);

  out.push(`NAME ${m.name.replace(/\s+/g, '_') || 'model'}`);
  out.push('ROWS');
  out.push(' N obj');
  const kinds: string[] = [];
  for (let i = 0; i < m.n_rows; i++) {
    const lo = m.row_lower[i]!,
      up = m.row_upper[i]!;
    const k = lo === up ? 'E' : lo === -Infinity && up === Infinity ? 'N' : lo === -Infinity ? 'L' : 'G';
    kinds.push(k);
    out.push(` ${k} ${rowNames[i]}`);
  }
  out.push('COLUMNS');
  for (let j = 0; j < m.n_cols; j++) {
    const c = colNames[j];
    if (m.col_cost[j] !== 0) out.push(` ${c} obj ${fmt(m.col_cost[j]!)}`);
    for (let p = m.col_starts[j]!; p < m.col_starts[j + 1]!; p++)
      out.push(` ${c} ${rowNames[m.row_index[p]!]} ${fmt(m.values[p]!)}`);
    // A column without any entry must still be declared, or readers drop it.
    if (m.col_cost[j] === 0 && m.col_starts[j] === m.col_starts[j + 1]) out.push(` ${c} obj 0`);
  }
  out.push('RHS');
  if (m.offset !== 0) out.push(` rhs obj ${fmt(-m.offset)}`);
  const ranges: string[] = [];
  for (let i = 0; i < m.n_rows; i++) {
    const lo = m.row_lower[i]!,
      up = m.row_upper[i]!,
      k = kinds[i];
    const rhs = k === 'L' ? up : k === 'N' ? 0 : lo;
    if (rhs !== 0) out.push(` rhs ${rowNames[i]} ${fmt(rhs)}`);
    if (k === 'G' && up !== Infinity) ranges.push(` rng ${rowNames[i]} ${fmt(up - lo)}`);
  }
  if (ranges.length > 0) out.push('RANGES', ...ranges);
  out.push('BOUNDS');
  for (let j = 0; j < m.n_cols; j++) {
    const c = colNames[j],
      lo = m.col_lower[j]!,
      up = m.col_upper[j]!;
    if (lo === up) out.push(` FX bnd ${c} ${fmt(lo)}`);
    else if (lo === -Infinity && up === Infinity) out.push(` FR bnd ${c}`);
    else {
      if (lo === -Infinity) out.push(` MI bnd ${c}`);
      else if (lo !== 0 || up < 0) out.push(` LO bnd ${c} ${fmt(lo)}`);
      if (up !== Infinity) out.push(` UP bnd ${c} ${fmt(up)}`);
    }
  }
  out.push('ENDATA');
  return out.join('\n') + '\n';
}
