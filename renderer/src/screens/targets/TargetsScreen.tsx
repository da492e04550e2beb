import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { TARGET_TEMPLATES } from '../../../../core/engine/templates.ts';
import { useStore } from '../../app/context.tsx';
import { toDisplay } from '../../forms/number-field.ts';
import { parseInteger } from '../../forms/parse.ts';
import { formatNumber, formatYear } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { addTargets, indicatorInfo, templatePreview, templateTextKey } from './target-edits.ts';
import { TargetCard } from './TargetCard.tsx';
import { IndicatorDefinition } from './IndicatorDefinition.tsx';
import { TargetCheckBadge, TargetCheckPicker, useTargetChecks } from './TargetCheck.tsx';
import { CustomTargetPanel } from './CustomTargetPanel.tsx';
import './targets.css';

type LooseT = (key: string, options?: Record<string, unknown>) => string;
type Panel = 'none' | 'template' | 'custom';

/** Add the targets of a national or provincial indicator set, after showing what they are. */
function TemplatePanel({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const tt = t as unknown as LooseT;
  const store = useStore();
  const locale = currentLocale(i18n.language);
  const titleId = useId();
  const selectId = useId();
  const yearId = useId();
  const [templateId, setTemplateId] = useState<string>(TARGET_TEMPLATES[0]!.id);
  const baseId = useId();
  const [fromText, setFromText] = useState('');
  const [baseText, setBaseText] = useState('');
  const fromYear = fromText.trim() === '' ? undefined : (parseInteger(fromText) ?? undefined);
  const badYear = fromText.trim() !== '' && (fromYear === undefined || fromYear < 1990 || fromYear > 2100);
  const baseYear = baseText.trim() === '' ? undefined : (parseInteger(baseText) ?? undefined);
  const badBase = baseText.trim() !== '' && (baseYear === undefined || baseYear < 1990 || baseYear > 2100);
  const template = TARGET_TEMPLATES.find((x) => x.id === templateId);
  const noticeBaseYear = template?.base_year ?? null;
  // Sizing a park in a later year runs its baseline: once per change, not on every render.
  const preview = useMemo(
    () => templatePreview(plan, templateId, badYear ? undefined : fromYear, badBase ? undefined : baseYear),
    [plan, templateId, badYear, fromYear, badBase, baseYear],
  );
  const already = plan.targets.filter((x) => x.template === templateId).length;
  /** A core sentence in the reader's language when it is a known one (numbers grouped). */
  const sentence = (text: string) => {
    const k = templateTextKey(text);
    if (k === null) return <span lang="en">{text}</span>;
    const params = Object.fromEntries(
      Object.entries(k.params).map(([n, v]) => [n, n === 'year' ? v : formatNumber(Number(v), locale, 0)]),
    );
    return tt(k.key, params);
  };

  return (
    <section className="card target-panel" aria-labelledby={titleId} data-testid="template-panel">
      <h2 id={titleId}>{t('targets.template.title')}</h2>
      <div className="target-panel__row">
        <div className="field">
          <label className="field__label" htmlFor={selectId}>
            {t('targets.template.choose')}
          </label>
          <select
            id={selectId}
            className="input"
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value)}
            data-testid="template-select"
          >
            {TARGET_TEMPLATES.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tt(`targets.template.name.${tpl.id}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={yearId}>
            {t('targets.template.fromYear')}
          </label>
          <input
            id={yearId}
            className="input input--num"
            inputMode="numeric"
            placeholder={String(preview.targets[0]?.kind === 'limit' ? preview.targets[0].path[0]?.year : '')}
            value={fromText}
            aria-invalid={badYear}
            onChange={(e) => setFromText(e.target.value)}
          />
          {badYear && <p className="field__error">{t('forms.yearRange', { min: 1990, max: 2100 })}</p>}
        </div>
        {noticeBaseYear !== null && (
          <div className="field">
            <label className="field__label" htmlFor={baseId}>
              {t('targets.template.baseYear')}
            </label>
            <input
              id={baseId}
              className="input input--num"
              inputMode="numeric"
              placeholder={String(preview.sizing?.year ?? noticeBaseYear)}
              value={baseText}
              aria-invalid={badBase}
              aria-describedby={`${baseId}-hint`}
              onChange={(e) => setBaseText(e.target.value)}
              data-testid="template-base-year"
            />
            {badBase && <p className="field__error">{t('forms.yearRange', { min: 1990, max: 2100 })}</p>}
          </div>
        )}
      </div>
      {noticeBaseYear !== null && (
        <p className="muted small" id={`${baseId}-hint`} data-testid="template-base-year-hint">
          {t('targets.template.baseYearHint')}
        </p>
      )}
      <p className="muted small">{t('targets.template.source', { source: template?.source ?? '' })}</p>
      <table className="data-table" data-testid="template-preview">
        <caption className="visually-hidden">{t('targets.template.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('targets.field.indicator')}</th>
            <th scope="col">{t('targets.field.bound')}</th>
            <th scope="col" className="num">
              {t('targets.template.value')}
            </th>
            <th scope="col">{t('targets.field.method')}</th>
            <th scope="col" className="num">
              {t('targets.template.from')}
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.targets.map((x) =>
            x.kind === 'limit' ? (
              <tr key={x.id}>
                <th scope="row" className="wrap">
                  {tt(`targets.indicator.${x.indicator}`)}
                </th>
                <td>{t(`targets.bound.${x.bound}`)}</td>
                <td className="num">
                  {(() => {
                    const info = indicatorInfo(x.indicator, x.energy_method);
                    const n = formatNumber(Number(toDisplay(x.path[0]!.value, info.scale)), locale, 4);
                    return info.unit === 'percent' ? `${n}%` : `${n} ${tt(`targets.unit.${info.unit}`)}`;
                  })()}
                </td>
                <td>
                  {indicatorInfo(x.indicator, x.energy_method).methodDependent
                    ? t(`targets.method.${x.energy_method}`)
                    : t('targets.method.none')}
                </td>
                <td className="num">{formatYear(x.path[0]!.year, locale)}</td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
      <div className="target-panel__notes">
        <h3>{t('targets.template.definitions')}</h3>
        <dl className="target-definitions" data-testid="template-definitions">
          {preview.targets.map((x) =>
            x.kind === 'limit' ? (
              <div key={x.id}>
                <dt>{tt(`targets.indicator.${x.indicator}`)}</dt>
                <dd>
                  <IndicatorDefinition indicator={x.indicator} method={x.energy_method} />
                </dd>
              </div>
            ) : null,
          )}
        </dl>
        <h3>{t('targets.template.notes')}</h3>
        <ul className="small">
          {preview.notes.map((n) => (
            <li key={n}>{sentence(n)}</li>
          ))}
        </ul>
        <h3>{t('targets.template.notModelled')}</h3>
        {preview.not_modelled.length === 0 ? (
          <p className="muted small">{t('targets.template.allModelled')}</p>
        ) : (
          <ul className="small" data-testid="template-not-modelled">
            {preview.not_modelled.map((n) => (
              <li key={n}>{sentence(n)}</li>
            ))}
          </ul>
        )}
      </div>
      {already > 0 && <p className="notice-inline small">{t('targets.template.already', { count: already })}</p>}
      <div className="target-panel__actions">
        <button
          type="button"
          className="btn btn--primary"
          data-testid="template-add"
          disabled={badYear || badBase}
          onClick={() => {
            const outcome = store.commit(addTargets(preview.targets), {
              label: t('targets.template.addLabel', { name: tt(`targets.template.name.${templateId}`) }),
            });
            if (outcome.ok) onDone();
          }}
        >
          {t('targets.template.add', { count: preview.targets.length })}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('targets.cancel')}
        </button>
      </div>
    </section>
  );
}

export function TargetsScreen({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<Panel>('none');
  const listId = useId();
  const checks = useTargetChecks(plan);
  return (
    <div className="page targets-page">
      <header className="page__header page__header--row">
        <div className="page__titles">
          <h1 tabIndex={-1}>{t('targets.title')}</h1>
          <p className="page__intro">{t('targets.intro')}</p>
        </div>
        <TargetCheckPicker plan={plan} checks={checks} />
        {!readOnly && (
          <div className="section__actions">
            <button
              type="button"
              className="btn"
              aria-expanded={panel === 'template'}
              onClick={() => setPanel(panel === 'template' ? 'none' : 'template')}
              data-testid="template-open"
            >
              {t('targets.template.open')}
            </button>
            <button
              type="button"
              className="btn"
              aria-expanded={panel === 'custom'}
              onClick={() => setPanel(panel === 'custom' ? 'none' : 'custom')}
              data-testid="custom-open"
            >
              {t('targets.custom.open')}
            </button>
          </div>
        )}
      </header>
      {panel === 'template' && !readOnly && <TemplatePanel plan={plan} onDone={() => setPanel('none')} />}
      {panel === 'custom' && !readOnly && <CustomTargetPanel plan={plan} onDone={() => setPanel('none')} />}
      <section aria-labelledby={listId} className="targets-list" data-testid="targets-list">
        <h2 id={listId} className="visually-hidden">
          {t('targets.listTitle')}
        </h2>
        <p className="muted">{t('targets.count', { count: plan.targets.length })}</p>
        {plan.targets.length === 0 && <p className="muted">{t('targets.empty')}</p>}
        {plan.targets.map((x) => (
          <TargetCard
            key={x.id}
            plan={plan}
            target={x}
            readOnly={readOnly}
            check={<TargetCheckBadge checks={checks} targetId={x.id} />}
          />
        ))}
      </section>
    </div>
  );
}
