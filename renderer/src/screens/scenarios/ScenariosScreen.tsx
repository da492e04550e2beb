import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { Scenario } from '../../../../core/model/scenario.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatYear } from '../../format/numbers.ts';
import { buildTree, measureRows, type TreeNode } from './scenario-tree.ts';

function TreeList({ nodes, selected, onSelect }: { nodes: TreeNode[]; selected: string; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="tree">
      {nodes.map((n) => (
        <li key={n.scenario.id}>
          <button
            type="button"
            className="tree__item"
            aria-current={n.scenario.id === selected ? 'true' : undefined}
            onClick={() => onSelect(n.scenario.id)}
          >
            <span className="tree__name">{n.scenario.name}</span>
            <span className="tree__meta">
              {n.scenario.parent_id === null
                ? t('scenarios.root')
                : t('scenarios.ownMeasures', { count: n.scenario.measures.length })}
            </span>
          </button>
          {n.children.length > 0 && <TreeList nodes={n.children} selected={selected} onSelect={onSelect} />}
        </li>
      ))}
    </ul>
  );
}

function ScenarioDetail({ plan, scenario }: { plan: Plan; scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const names = new Map(plan.scenarios.map((s) => [s.id, s.name]));
  const rows = measureRows(plan, scenario.id);
  const inherited = rows.filter((r) => r.ownerId !== scenario.id).length;
  const parentName = scenario.parent_id === null ? null : (names.get(scenario.parent_id) ?? scenario.parent_id);
  const settingsChanged = Object.keys(scenario.settings).length;

  return (
    <section className="scenario-detail" aria-labelledby="scenario-detail-title">
      <h2 id="scenario-detail-title" data-testid="scenario-title">
        {scenario.name}
      </h2>
      <p className="muted">{parentName === null ? t('scenarios.root') : t('scenarios.parent', { name: parentName })}</p>
      <ul className="chips" aria-label={scenario.name}>
        <li className="chip">{t('scenarios.ownMeasures', { count: scenario.measures.length })}</li>
        <li className="chip">{t('scenarios.inheritedMeasures', { count: inherited })}</li>
        <li className="chip">{t('scenarios.overrides', { count: scenario.measure_overrides.length })}</li>
        <li className="chip">{t('scenarios.settingsChanged', { count: settingsChanged })}</li>
      </ul>
      <p className="scenario-detail__description">
        {scenario.description === '' ? t('scenarios.noDescription') : scenario.description}
      </p>

      <h3>{t('scenarios.measures')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('scenarios.noMeasures')}</p>
      ) : (
        <div className="table-wrap table-wrap--auto">
          <table className="data-table" data-testid="measures-table">
            <thead>
              <tr>
                <th scope="col">{t('scenarios.measureName')}</th>
                <th scope="col">{t('scenarios.measureKind')}</th>
                <th scope="col" className="num">
                  {t('scenarios.startYear')}
                </th>
                <th scope="col">{t('scenarios.origin')}</th>
                <th scope="col">{t('scenarios.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.measure.id} className={r.disabled ? 'row--disabled' : undefined}>
                  <th scope="row" className="wrap">
                    {r.measure.name}
                  </th>
                  <td>{t(`measureKind.${r.measure.kind}`)}</td>
                  <td className="num">{formatYear(r.measure.start_year, locale)}</td>
                  <td>{r.ownerId === scenario.id ? t('scenarios.originOwn') : (names.get(r.ownerId) ?? r.ownerId)}</td>
                  <td>
                    {r.disabled ? (
                      <span className="badge badge--muted">{t('scenarios.disabled')}</span>
                    ) : r.changedIn.length > 0 ? (
                      <span className="badge badge--info">{t('scenarios.overridden')}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ScenariosScreen({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const tree = buildTree(plan.scenarios);
  // Selection is UI state: it never enters the undo history.
  const [selectedId, setSelectedId] = useState<string>(() => tree[0]?.scenario.id ?? '');
  const selected = plan.scenarios.find((s) => s.id === selectedId) ?? plan.scenarios[0];

  return (
    <div className="page">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('scenarios.title')}</h1>
        <p className="page__intro">{t('scenarios.intro')}</p>
      </header>
      <div className="split">
        <nav className="split__side card" aria-label={t('scenarios.tree')}>
          <TreeList nodes={tree} selected={selected?.id ?? ''} onSelect={setSelectedId} />
        </nav>
        <div className="split__main card">{selected !== undefined && <ScenarioDetail plan={plan} scenario={selected} />}</div>
      </div>
    </div>
  );
}
