import type { GridColumn } from './grid-model.ts';

/** The grid's fixed parts: column groups and headers (label, unit), and the totals row. */

/** The action column and the row-header column stay in view when the grid scrolls sideways. */
export function stickyClass<R>(c: GridColumn<R>): string {
  return c.kind === 'action' ? 'grid__sticky-action' : c.rowHeader === true ? 'sticky-col grid__sticky-name' : '';
}

function classes(...names: string[]): string | undefined {
  return names.filter((n) => n !== '').join(' ') || undefined;
}

export function GridHead<R>({ columns }: { columns: readonly GridColumn<R>[] }) {
  const groups: { label: string | undefined; span: number }[] = [];
  for (const c of columns) {
    const last = groups.at(-1);
    if (last !== undefined && last.label === c.group) last.span++;
    else groups.push({ label: c.group, span: 1 });
  }
  return (
    <thead>
      {groups.some((g) => g.label !== undefined) && (
        <tr className="data-table__groups">
          {groups.map((g, i) =>
            g.label === undefined ? (
              <td key={i} colSpan={g.span} />
            ) : (
              <th key={i} scope="colgroup" colSpan={g.span}>
                {g.label}
              </th>
            ),
          )}
        </tr>
      )}
      <tr>
        {columns.map((c) => (
          <th key={c.key} scope="col" className={classes(stickyClass(c), c.numeric === true ? 'num' : '')}>
            {c.kind === 'action' ? (
              <span className="visually-hidden">{c.label}</span>
            ) : (
              <>
                <span className="th__label">{c.label}</span>
                {c.unit !== undefined && <span className="th__unit">{c.unit}</span>}
              </>
            )}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function GridFoot<R>({ columns }: { columns: readonly GridColumn<R>[] }) {
  return (
    <tfoot>
      <tr>
        {columns.map((c) =>
          c.rowHeader === true ? (
            <th key={c.key} scope="row" className={classes(stickyClass(c))}>
              {c.footer}
            </th>
          ) : (
            <td key={c.key} className={classes(stickyClass(c), c.numeric === true ? 'num' : '')}>
              {c.footer}
            </td>
          ),
        )}
      </tr>
    </tfoot>
  );
}
