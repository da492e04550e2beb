import type { Draft } from 'immer';
import type { Plan } from '../../../../core/model/plan.ts';
import type { CellWrite } from '../../grid/grid-model.ts';
import { newConsumer, newConsumerId } from './consumer-edits.ts';
import { writeInventoryCell } from './inventory-columns.ts';
import { namesFromPrimary, type Lang } from '../../../../core/text/names.ts';

/**
 * One grid change (a cell, a paste, a clear or a fill) as one recipe, so `store.commit` makes
 * it one undo step. Rows are positions in `plan.consumers` (the grid shows them in plan order);
 * `addRows` new enterprises are appended first, with free ids and numbered names, so writes
 * to rows past the end land on them. `nameLang` is the screen's language: the grid's name
 * column writes the name in that language (writeInventoryCell). A new row's numbered name is
 * also its name in the language it is written in, so a name typed over it replaces it.
 */
export function applyInventoryWrites(
  draft: Draft<Plan>,
  writes: readonly CellWrite[],
  addRows: number,
  newName: (n: number) => string,
  nameLang?: Lang,
): void {
  for (let i = 0; i < addRows; i++) {
    const id = newConsumerId(draft.consumers);
    const name = newName(draft.consumers.length + 1);
    draft.consumers.push({ ...newConsumer(id, name), ...namesFromPrimary(name) });
  }
  for (const w of writes) {
    const c = draft.consumers[w.row];
    if (c === undefined) throw new Error(`inventory grid: no row ${w.row}`);
    writeInventoryCell(c, w.key, w.value, nameLang);
  }
}
