import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CARRIERS } from '../../../../core/model/carriers.ts';
import type { Consumer } from '../../../../core/model/park.ts';
import { useStore } from '../../app/context.tsx';
import { formatYear } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { firstIssueLine } from '../../app/plan-issue-words.ts';
import { DataGrid, type WriteKind } from '../../grid/DataGrid.tsx';
import type { CellWrite } from '../../grid/grid-model.ts';
import { inventoryColumns } from './inventory-columns.ts';
import { applyInventoryWrites } from './inventory-edits.ts';
import { nameLang, useLocalName } from '../../i18n/use-local-name.ts';

type Carrier = (typeof CARRIERS)[number];

interface Props {
  consumers: readonly Consumer[];
  baseYear: number;
  readOnly: boolean;
  /** Buttons for the section head (Add enterprise). */
  actions?: ReactNode;
  /** When given, each row gets a button that opens the enterprise's details. */
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

/**
 * The park's inventory as a spreadsheet grid: every cell edits in place, blocks copy to and
 * paste from Excel or WPS, and each change (a cell, a paste, a clear) is one undo step.
 */
export function ConsumersTable({ consumers, baseYear, readOnly, actions, selectedId = null, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const ln = useLocalName();
  const store = useStore();
  const locale = currentLocale(i18n.language);
  // Ten carriers make a wide grid: show those in use unless asked for all (UI state only).
  const [allCarriers, setAllCarriers] = useState(false);
  const used: Carrier[] = CARRIERS.filter((c) => consumers.some((k) => k.energy[c.energyKey] !== 0));
  const shown = allCarriers ? [...CARRIERS] : used;
  const unused: Carrier[] = CARRIERS.filter((c) => !shown.includes(c));

  const columnOptions = {
    t,
    lang: i18n.language,
    consumers,
    baseYear,
    readOnly,
  };
  // A paste with a header row fills the columns it names, shown or not: the same block pastes
  // the same way whether or not "Show every carrier" is ticked.
  const pasteColumns = inventoryColumns({ ...columnOptions, carriers: CARRIERS });
  const columns = inventoryColumns({
    ...columnOptions,
    carriers: shown,
    details:
      onSelect === undefined
        ? undefined
        : {
            label: (c) => t('park.editor.select', { name: ln(c) }),
            pressed: (c) => c.id === selectedId,
            run: (i) => {
              const c = consumers[i];
              if (c !== undefined) onSelect(c.id);
            },
          },
  });

  const label = (kind: WriteKind): string => {
    switch (kind.kind) {
      case 'cell':
        return t('park.editor.editLabel', { name: kind.row, field: kind.column });
      case 'paste':
        return t('grid.pasteLabel', { height: kind.height, width: kind.width });
      case 'clear':
        return t('grid.clearLabel', { count: kind.count });
      case 'fill':
        return t('grid.fillLabel', { count: kind.count });
    }
  };

  const onWrite = (writes: CellWrite[], addRows: number, kind: WriteKind): string | null => {
    const outcome = store.commit(
      (d) => applyInventoryWrites(d, writes, addRows, (n) => t('park.editor.newName', { n }), nameLang(i18n.language)),
      {
        label: label(kind),
      },
    );
    if (outcome.ok) return null;
    if (outcome.reason === 'invalid')
      return t('forms.notAllowed', {
        detail: firstIssueLine(outcome.issues, {
          t,
          language: i18n.language,
          plan: outcome.plan,
          shown: store.getSnapshot().session?.plan,
        }),
      });
    return t('grid.readOnlyGrid');
  };

  return (
    <section className="section" aria-labelledby="consumers-title">
      <div className="section__head">
        <h2 id="consumers-title">{t('park.consumers.title')}</h2>
        <span className="muted">{t('park.consumers.count', { count: consumers.length })}</span>
        <div className="section__actions">
          <label className="check">
            <input type="checkbox" checked={allCarriers} onChange={(e) => setAllCarriers(e.target.checked)} />
            {t('grid.allCarriers')}
          </label>
          {actions}
        </div>
      </div>
      <DataGrid
        columns={columns}
        pasteColumns={pasteColumns}
        rows={consumers}
        rowKey={(c) => c.id}
        labelledBy="consumers-title"
        caption={t('park.consumers.caption', { year: formatYear(baseYear, locale) })}
        testId="consumers-table"
        rowClassName={(c) => (c.id === selectedId ? 'row--selected' : undefined)}
        rowName={(c, i) => (c === undefined ? t('grid.newRow', { n: i + 1 }) : ln(c))}
        readOnly={readOnly}
        canGrow={!readOnly}
        emptyText={readOnly ? t('park.consumers.empty') : t('grid.emptyEditable')}
        onWrite={onWrite}
      />
      {consumers.length > 0 && unused.length > 0 && (
        <p className="muted small table-note">
          {t('park.consumers.hiddenCarriers', {
            list: unused.map((c) => t(`carrier.${c.id}`)).join(i18n.language === 'zh-CN' ? '、' : ', '),
          })}
        </p>
      )}
    </section>
  );
}
