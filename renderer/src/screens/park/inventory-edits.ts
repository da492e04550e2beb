import type { Draft } from 'immer';
import type { Plan } from '../../../../core/model/plan.ts';
import type { CellWrite } from '../../grid/grid-model.ts';
import { newConsumer, newConsumerId } from './consumer-edits.ts';
import { writeInventoryCell } from './inventory-columns.ts';

/**
 * One grid change (a cell, a paste, a clear or a fill) as one recipe, so `store.commit` makes
 * it one undo step. Rows are positions in `plan.consumers` (the grid shows them in plan order);
 * `addRows` new enterprises are appended first, with free ids and numbered names, so writes
 * to rows past the end land on them.
 */
export function applyInventoryWrites(
  draft: Draft<Plan>,
  writes: readonly CellWrite[],
  addRows: number,
  newName: (n: number) => string,
): void {
  for (let i = 0; i < addRows; i++) {
    const id = newConsumerId(draft.consumers);
    draft.consumers.push(newConsumer(id, newName(draft.consumers.length + 1)));
  }
  for (const w of writes) {
    const c = draft.consumers[w.row];
    if (c === undefined) throw new Error(`inventory grid: no row ${w.row}`);
    writeInventoryCell(c, w.key, w.value);
  }
}
