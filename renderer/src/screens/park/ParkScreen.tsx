import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { useStore } from '../../app/context.tsx';
import { ParkOverview } from './ParkOverview.tsx';
import { ConsumersTable } from './ConsumersTable.tsx';
import { ConsumerEditor } from './ConsumerEditor.tsx';
import { newConsumer, newConsumerId } from './consumer-edits.ts';
import { HourlyDataPanel } from './HourlyDataPanel.tsx';
import { CarbonMarketsPanel } from './CarbonMarketsPanel.tsx';

export function ParkScreen({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t } = useTranslation();
  const store = useStore();
  const park = plan.park;
  // Which enterprise's details are open is UI state: it never enters the undo history.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = readOnly ? undefined : plan.consumers.find((c) => c.id === selectedId);

  const add = () => {
    const id = newConsumerId(plan.consumers);
    const name = t('park.editor.newName', { n: plan.consumers.length + 1 });
    const outcome = store.commit((d) => void d.consumers.push(newConsumer(id, name)), {
      label: t('park.editor.addLabel', { name }),
    });
    if (!outcome.ok) return;
    setSelectedId(id);
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-testid="consumer-name-input"]')?.select());
  };

  return (
    <div className="page">
      <header className="page__header page__header--row">
        <h1 tabIndex={-1}>{t('park.title')}</h1>
        {park.illustrative && (
          <span className="badge badge--info" title={t('park.illustrativeHint')} data-testid="illustrative-badge">
            {t('park.illustrative')}
          </span>
        )}
      </header>

      <section className="card" aria-labelledby="park-overview">
        <h2 id="park-overview" className="visually-hidden">
          {t('park.overview')}
        </h2>
        <ParkOverview park={park} readOnly={readOnly} />
        {park.illustrative && <p className="muted small">{t('park.illustrativeHint')}</p>}
      </section>

      <div className={selected !== undefined ? 'park-work park-work--editing' : 'park-work'}>
        <ConsumersTable
          consumers={plan.consumers}
          baseYear={park.base_year}
          readOnly={readOnly}
          selectedId={selected?.id ?? null}
          onSelect={readOnly ? undefined : (id) => setSelectedId((cur) => (cur === id ? null : id))}
          actions={
            readOnly ? null : (
              <button type="button" className="btn" onClick={add}>
                {t('park.editor.add')}
              </button>
            )
          }
        />
        {selected !== undefined && (
          <ConsumerEditor key={selected.id} plan={plan} consumer={selected} onClose={() => setSelectedId(null)} />
        )}
      </div>

      <CarbonMarketsPanel plan={plan} readOnly={readOnly} />

      <HourlyDataPanel plan={plan} readOnly={readOnly} />
    </div>
  );
}
