import { useId, useState } from 'react';
import type { Plan } from '../../../../core/model/plan.ts';
import { formatYear } from '../../format/numbers.ts';
import { buildTree, ancestry, type TreeNode } from '../scenarios/scenario-tree.ts';
import { measureRowsFor, type MeasureRow } from './measure-edits.ts';
import { useMeasureText } from './measure-text.ts';
import { MeasureEditor } from './MeasureEditor.tsx';
import { AddMeasureForm } from './AddMeasureForm.tsx';
import { MeasureTimeline } from './MeasureTimeline.tsx';
import { useSelectedScenario } from '../../state/selected-scenario.ts';
import './measures.css';
import { useLocalName } from '../../i18n/use-local-name.ts';

function flatten(nodes: TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

type Panel = { kind: 'none' } | { kind: 'edit'; measureId: string } | { kind: 'add' };

export function MeasuresScreen({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const ln = useLocalName();
  const text = useMeasureText();
  const { t, locale } = text;
  const selectId = useId();
  const listTitleId = useId();
  const options = flatten(buildTree(plan.scenarios));
  // Scenario, selection and open panel are UI state: they never enter the undo history.
  const [scenarioId, setScenarioId] = useSelectedScenario(
    plan,
    () => options.find((o) => o.depth > 0)?.scenario.id ?? options[0]?.scenario.id ?? '',
  );
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const scenario = plan.scenarios.find((s) => s.id === scenarioId) ?? plan.scenarios[0]!;
  const names = new Map(plan.scenarios.map((s) => [s.id, ln(s)]));
  const chain = ancestry(plan.scenarios, scenario.id);

  let rows: MeasureRow[] = [];
  let resolveError: string | null = null;
  try {
    rows = measureRowsFor(plan, scenario.id);
  } catch (e) {
    resolveError = e instanceof Error ? e.message : String(e);
  }
  const selected = panel.kind === 'edit' ? rows.find((r) => r.measure.id === panel.measureId) : undefined;
  const active = rows.filter((r) => !r.disabled).map((r) => r.measure);

  const choose = (id: string) =>
    setPanel((p) => (p.kind === 'edit' && p.measureId === id ? { kind: 'none' } : { kind: 'edit', measureId: id }));

  const status = (r: MeasureRow) => {
    if (r.own) return <span className="badge badge--own">{t('measures.list.own')}</span>;
    if (r.disabled) return <span className="badge badge--muted">{t('measures.list.disabled')}</span>;
    if (r.overriddenKeys.length > 0)
      return <span className="badge badge--info">{t('measures.list.changed', { count: r.overriddenKeys.length })}</span>;
    return <span className="muted small">{t('measures.list.inherited')}</span>;
  };

  return (
    <div className="page measures-page">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('measures.title')}</h1>
        <p className="page__intro">{t('measures.intro')}</p>
      </header>

      <div className="card measures-toolbar">
        <div className="field">
          <label className="field__label" htmlFor={selectId}>
            {t('measures.scenario')}
          </label>
          <select
            id={selectId}
            className="input"
            value={scenario.id}
            data-testid="measures-scenario"
            onChange={(e) => {
              setScenarioId(e.target.value);
              setPanel({ kind: 'none' });
            }}
          >
            {options.map((o) => (
              <option key={o.scenario.id} value={o.scenario.id}>
                {'\u2003'.repeat(o.depth)}
                {ln(o.scenario)}
              </option>
            ))}
          </select>
        </div>
        <p className="measures-toolbar__chain small muted">
          {chain.length > 1 ? t('measures.chain', { chain: chain.map(ln).join(' › ') }) : t('measures.rootHint')}
        </p>
        {!readOnly && (
          <button
            type="button"
            className="btn btn--primary"
            data-testid="add-measure-open"
            onClick={() => setPanel({ kind: 'add' })}
            aria-expanded={panel.kind === 'add'}
          >
            {t('measures.add.open')}
          </button>
        )}
      </div>

      {resolveError !== null && (
        <p className="notice notice--error" role="alert">
          {t('measures.resolveError', { detail: resolveError })}
        </p>
      )}

      <div className={panel.kind === 'none' ? 'measures-work' : 'measures-work measures-work--panel'}>
        <section className="card" aria-labelledby={listTitleId}>
          <div className="section__head">
            <h2 id={listTitleId}>{t('measures.list.title', { scenario: ln(scenario) })}</h2>
            <span className="muted">{t('measures.list.count', { count: active.length })}</span>
          </div>
          {rows.length === 0 ? (
            <p className="muted">{t('measures.list.empty')}</p>
          ) : (
            <div className="table-wrap table-wrap--auto">
              <table className="data-table measures-table" data-testid="measures-list">
                <caption className="visually-hidden">{t('measures.list.title', { scenario: ln(scenario) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('measures.list.name')}</th>
                    <th scope="col">{t('measures.list.kind')}</th>
                    <th scope="col" className="num col--wide">
                      {t('measures.list.size')}
                    </th>
                    <th scope="col" className="num">
                      {t('measures.list.start')}
                    </th>
                    <th scope="col" className="num col--wide">
                      {t('measures.list.ramp')}
                    </th>
                    <th scope="col" className="col--wide">
                      {t('measures.list.origin')}
                    </th>
                    <th scope="col">{t('measures.list.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => {
                    const isSelected = selected?.measure.id === r.measure.id;
                    return (
                      <tr
                        key={r.measure.id}
                        className={
                          [isSelected ? 'row--selected' : '', r.disabled ? 'row--disabled' : ''].join(' ').trim() || undefined
                        }
                        data-testid="measure-row"
                        data-measure-id={r.measure.id}
                        // The whole row opens the measure (a click on its name bubbles here too);
                        // the name stays a button so the keyboard reaches it.
                        onClick={readOnly ? undefined : () => choose(r.measure.id)}
                      >
                        <th scope="row" className="wrap">
                          {readOnly ? (
                            ln(r.measure)
                          ) : (
                            <button
                              type="button"
                              className="row-link"
                              aria-pressed={isSelected}
                              title={t('measures.list.select', { name: ln(r.measure) })}
                            >
                              {ln(r.measure)}
                            </button>
                          )}
                        </th>
                        <td>{text.kind(r.measure.kind)}</td>
                        <td className="num col--wide">{text.size(r.measure)}</td>
                        <td className="num">{formatYear(r.measure.start_year, locale)}</td>
                        <td className="num col--wide">{r.measure.ramp_years}</td>
                        <td className="col--wide">
                          {r.own ? t('measures.list.thisScenario') : (names.get(r.ownerId) ?? r.ownerId)}
                        </td>
                        <td>{status(r)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>

        {panel.kind === 'add' && !readOnly && (
          <AddMeasureForm
            key={scenario.id}
            plan={plan}
            scenario={scenario}
            onCancel={() => setPanel({ kind: 'none' })}
            onAdded={(id) => setPanel({ kind: 'edit', measureId: id })}
          />
        )}
        {selected !== undefined && !readOnly && (
          <MeasureEditor
            key={`${scenario.id}:${selected.measure.id}`}
            plan={plan}
            scenario={scenario}
            row={selected}
            ownerName={names.get(selected.ownerId) ?? selected.ownerId}
            onClose={() => setPanel({ kind: 'none' })}
          />
        )}
      </div>

      <MeasureTimeline measures={active} base={plan.park.base_year} horizon={plan.park.horizon_year} text={text} />
    </div>
  );
}
