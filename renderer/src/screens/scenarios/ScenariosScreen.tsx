import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { Scenario } from '../../../../core/model/scenario.ts';
import { useStore } from '../../app/context.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { formatYear } from '../../format/numbers.ts';
import { CommitField, type ParseResult } from '../../forms/CommitField.tsx';
import { buildTree, disabledBy, measureRows, type MeasureRow, type TreeNode } from './scenario-tree.ts';
import { ScenarioSettingsEditor } from './ScenarioSettingsEditor.tsx';
import { NameFields } from '../../forms/NameFields.tsx';
import { applyNameChanges, applyTextChanges, primaryName, retextChanges } from '../../../../core/text/names.ts';
import { useSelectedScenario } from '../../state/selected-scenario.ts';
import {
  canDeleteScenario,
  duplicateScenario,
  newChildScenario,
  newScenarioId,
  setMeasureInEffect,
  setSubmittedPlan,
} from './scenario-edits.ts';
import { useLocalName, useLocalText } from '../../i18n/use-local-name.ts';

function TreeList({ nodes, selected, onSelect }: { nodes: TreeNode[]; selected: string; onSelect: (id: string) => void }) {
  const ln = useLocalName();
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
            <span className="tree__name">{ln(n.scenario)}</span>
            <span className="tree__meta">
              {n.scenario.parent_id === null
                ? t('scenarios.root')
                : t('scenarios.ownMeasures', { count: n.scenario.measures.length })}
              {n.scenario.submitted_plan === true && <> · {t('scenarios.submitted')}</>}
            </span>
          </button>
          {n.children.length > 0 && <TreeList nodes={n.children} selected={selected} onSelect={onSelect} />}
        </li>
      ))}
    </ul>
  );
}

function rowsOrError(plan: Plan, id: string): { rows: MeasureRow[] } | { error: string } {
  try {
    return { rows: measureRows(plan, id) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

interface DetailProps {
  plan: Plan;
  scenario: Scenario;
  readOnly: boolean;
  onSelect: (id: string) => void;
}

function ScenarioDetail({ plan, scenario, readOnly, onSelect }: DetailProps) {
  const ln = useLocalName();
  const lt = useLocalText();
  const { t, i18n } = useTranslation();
  const store = useStore();
  const locale = currentLocale(i18n.language);
  const names = new Map(plan.scenarios.map((s) => [s.id, ln(s)]));
  const result = rowsOrError(plan, scenario.id);
  const rows = 'rows' in result ? result.rows : [];
  const inherited = rows.filter((r) => r.ownerId !== scenario.id).length;
  const parentName = scenario.parent_id === null ? null : (names.get(scenario.parent_id) ?? scenario.parent_id);
  const settingsChanged = Object.keys(scenario.settings).length;
  const deleteCheck = canDeleteScenario(plan, scenario.id);
  const editLabel = (field: string) => t('scenarios.editLabel', { name: ln(scenario), field });

  const text =
    (field: 'description', required: boolean, max: number) =>
    (raw: string): ParseResult => {
      const v = raw;
      if (required && v === '') return { ok: false, message: t('forms.required') };
      if (v.length > max) return { ok: false, message: t('forms.tooLong', { max }) };
      return {
        ok: true,
        apply: (d) => {
          const s = d.scenarios.find((k) => k.id === scenario.id);
          // The description in the screen's language; the primary text follows when it was that one.
          if (s !== undefined)
            applyTextChanges(
              s,
              field,
              retextChanges({ primary: s[field], zh: s.description_zh, en: s.description_en }, lt.lang, v),
            );
        },
      };
    };

  const addChild = () => {
    const id = newScenarioId(plan.scenarios, scenario.id);
    const name = t('scenarios.newName', { name: ln(scenario) }).slice(0, 200);
    const outcome = store.commit((d) => void d.scenarios.push(newChildScenario(id, name, scenario.id)), {
      label: t('scenarios.addLabel', { name }),
    });
    if (outcome.ok) onSelect(id);
  };

  const duplicate = () => {
    // Each language's name marked as a copy in that language, so the copy never shows under the
    // original's name (the screen names scenarios by name_en / name_zh, not by the primary).
    const copyOf = (n: string, lng: 'en' | 'zh-CN') => t('scenarios.copyName', { name: n.trim(), lng }).slice(0, 200);
    const nameZh =
      scenario.name_zh !== undefined && scenario.name_zh.trim() !== '' ? copyOf(scenario.name_zh, 'zh-CN') : undefined;
    const nameEn = scenario.name_en !== undefined && scenario.name_en.trim() !== '' ? copyOf(scenario.name_en, 'en') : undefined;
    const name = primaryName({ name_zh: nameZh, name_en: nameEn }, t('scenarios.copyName', { name: ln(scenario) }).slice(0, 200));
    const copy = duplicateScenario(plan, scenario.id, name);
    if (copy === null) return;
    if (nameZh === undefined) delete copy.name_zh;
    else copy.name_zh = nameZh;
    if (nameEn === undefined) delete copy.name_en;
    else copy.name_en = nameEn;
    // Right after the original, so reports and lists keep related scenarios together.
    const outcome = store.commit(
      (d) => {
        const i = d.scenarios.findIndex((s) => s.id === scenario.id);
        d.scenarios.splice(i + 1, 0, copy);
      },
      { label: t('scenarios.duplicateLabel', { name: ln(scenario) }) },
    );
    if (outcome.ok) onSelect(copy.id);
  };

  const remove = () => {
    const outcome = store.commit(
      (d) => {
        const i = d.scenarios.findIndex((s) => s.id === scenario.id);
        if (i >= 0) d.scenarios.splice(i, 1);
      },
      { label: t('scenarios.deleteLabel', { name: ln(scenario) }) },
    );
    if (outcome.ok) onSelect(scenario.parent_id ?? plan.scenarios.find((s) => s.id !== scenario.id)?.id ?? '');
  };

  const toggle = (row: MeasureRow, inEffect: boolean) => {
    const key = inEffect ? 'scenarios.switchOn' : 'scenarios.switchOff';
    store.commit((d) => setMeasureInEffect(d, scenario.id, row.measure.id, inEffect), {
      label: t(key, { measure: ln(row.measure), scenario: ln(scenario) }),
    });
  };

  const submitted = scenario.submitted_plan === true;
  const markSubmitted = (on: boolean) => {
    store.commit((d) => setSubmittedPlan(d, scenario.id, on), {
      label: t(on ? 'scenarios.submittedOn' : 'scenarios.submittedOff', { name: ln(scenario) }),
    });
  };

  return (
    <section className="scenario-detail" aria-labelledby="scenario-detail-title">
      <div className="scenario-detail__head">
        <h2 id="scenario-detail-title" data-testid="scenario-title">
          {ln(scenario)}
        </h2>
        {!readOnly && (
          <div className="section__actions">
            <button type="button" className="btn" onClick={addChild}>
              {t('scenarios.newChild')}
            </button>
            <button type="button" className="btn" title={t('scenarios.duplicateHint')} onClick={duplicate}>
              {t('scenarios.duplicate')}
            </button>
            <button
              type="button"
              className="btn"
              disabled={deleteCheck !== 'ok'}
              title={deleteCheck === 'ok' ? undefined : t(`scenarios.deleteBlocked_${deleteCheck}`)}
              onClick={remove}
            >
              {t('scenarios.delete')}
            </button>
          </div>
        )}
      </div>
      <p className="muted">{parentName === null ? t('scenarios.root') : t('scenarios.parent', { name: parentName })}</p>
      <ul className="chips" aria-label={ln(scenario)}>
        <li className="chip">{t('scenarios.ownMeasures', { count: scenario.measures.length })}</li>
        <li className="chip">{t('scenarios.inheritedMeasures', { count: inherited })}</li>
        <li className="chip">{t('scenarios.overrides', { count: scenario.measure_overrides.length })}</li>
        <li className="chip">{t('scenarios.settingsChanged', { count: settingsChanged })}</li>
        {submitted && <li className="chip">{t('scenarios.submitted')}</li>}
      </ul>
      {!readOnly && (
        <label className="check">
          <input
            type="checkbox"
            data-testid="scenario-submitted"
            checked={submitted}
            onChange={(e) => markSubmitted(e.target.checked)}
          />{' '}
          {t('scenarios.submitted')}
        </label>
      )}
      {!readOnly && <p className="muted small">{t('scenarios.submittedHint')}</p>}

      {readOnly ? (
        <p className="scenario-detail__description">
          {lt.text(scenario.description, scenario.description_zh, scenario.description_en) === ''
            ? t('scenarios.noDescription')
            : lt.text(scenario.description, scenario.description_zh, scenario.description_en)}
        </p>
      ) : (
        <div className="form-grid">
          <div className="form-grid__wide">
            <NameFields
              key={`${scenario.id}-name`}
              entity={scenario}
              primaryLabel={t('scenarios.name')}
              apply={(changes) => (d) => {
                const s = d.scenarios.find((x) => x.id === scenario.id);
                if (s !== undefined) applyNameChanges(s, changes);
              }}
              commitLabel={editLabel}
              testId="scenario-name-input"
            />
          </div>
          <div className="form-grid__wide">
            <CommitField
              key={`${scenario.id}-description`}
              label={t('scenarios.description')}
              value={lt.own(scenario.description, scenario.description_zh, scenario.description_en)}
              parse={text('description', false, 20_000)}
              multiline
              commitLabel={editLabel(t('scenarios.description'))}
            />
          </div>
        </div>
      )}

      <h3>{t('scenarios.settings.title')}</h3>
      <p className="muted small">{t('scenarios.settings.intro')}</p>
      <ScenarioSettingsEditor plan={plan} scenario={scenario} readOnly={readOnly} />

      <h3>{t('scenarios.measures')}</h3>
      {'error' in result ? (
        <p className="notice notice--error notice--inline" role="alert">
          {t('scenarios.cannotResolve', { message: result.error })}
        </p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('scenarios.noMeasures')}</p>
      ) : (
        <div className="table-wrap table-wrap--auto">
          <table className="data-table" data-testid="measures-table">
            <thead>
              <tr>
                {!readOnly && (
                  <th scope="col" className="cell--check">
                    {t('scenarios.inEffect')}
                  </th>
                )}
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
              {rows.map((r) => {
                const own = r.ownerId === scenario.id;
                const offBy = r.disabled ? disabledBy(plan, scenario.id, r.measure.id) : null;
                const offUpstream = offBy !== null && offBy !== scenario.id;
                return (
                  <tr key={r.measure.id} className={r.disabled ? 'row--disabled' : undefined}>
                    {!readOnly && (
                      <td className="cell--check">
                        {own ? (
                          <span className="muted" title={t('scenarios.ownHint')}>
                            —
                          </span>
                        ) : (
                          <input
                            type="checkbox"
                            checked={!r.disabled}
                            disabled={offUpstream}
                            aria-label={t(r.disabled ? 'scenarios.switchOn' : 'scenarios.switchOff', {
                              measure: ln(r.measure),
                              scenario: ln(scenario),
                            })}
                            onChange={(e) => toggle(r, e.target.checked)}
                          />
                        )}
                      </td>
                    )}
                    <th scope="row" className="wrap">
                      {ln(r.measure)}
                    </th>
                    <td>{t(`measureKind.${r.measure.kind}`)}</td>
                    <td className="num">{formatYear(r.measure.start_year, locale)}</td>
                    <td className="wrap wrap--narrow">{own ? t('scenarios.originOwn') : (names.get(r.ownerId) ?? r.ownerId)}</td>
                    <td>
                      {r.disabled ? (
                        <span className="badge badge--muted">
                          {offUpstream
                            ? t('scenarios.offUpstream', { name: names.get(offBy) ?? offBy })
                            : t('scenarios.disabled')}
                        </span>
                      ) : r.changedIn.includes(scenario.id) ? (
                        <span className="badge badge--info">{t('scenarios.overridden')}</span>
                      ) : r.changedIn.length > 0 ? (
                        <span className="badge badge--muted">
                          {t('scenarios.changedUpstream', { name: names.get(r.changedIn.at(-1)!) ?? r.changedIn.at(-1) })}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ScenariosScreen({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t } = useTranslation();
  const tree = buildTree(plan.scenarios);
  // Selection is UI state: it never enters the undo history.
  const [selectedId, setSelectedId] = useSelectedScenario(plan, () => tree[0]?.scenario.id ?? '');
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
        <div className="split__main card">
          {selected !== undefined && (
            <ScenarioDetail plan={plan} scenario={selected} readOnly={readOnly} onSelect={setSelectedId} />
          )}
        </div>
      </div>
    </div>
  );
}
