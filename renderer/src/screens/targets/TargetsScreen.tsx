import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import {
  TARGET_INDICATORS,
  defaultEnergyMethod,
  type EnergyMethod,
  type TargetIndicator,
} from '../../../../core/model/targets.ts';
import { TARGET_TEMPLATES } from '../../../../core/engine/templates.ts';
import { useStore } from '../../app/context.tsx';
import { fromDisplay, toDisplay } from '../../forms/number-field.ts';
import { parseDecimal, parseInteger } from '../../forms/parse.ts';
import { formatNumber, formatYear } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { firstIssueLine, issueWhat } from '../../app/plan-issue-words.ts';
import {
  PEAK_INDICATORS,
  addTargets,
  customTarget,
  indicatorInfo,
  newTargetId,
  templatePreview,
  templateTextKey,
} from './target-edits.ts';
import { TargetCard } from './TargetCard.tsx';
import { IndicatorDefinition } from './IndicatorDefinition.tsx';
import { TargetCheckBadge, TargetCheckPicker, useTargetChecks } from './TargetCheck.tsx';
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

/** A target of the planner's own: a limit on an indicator from a year, or a peak year. */
function CustomPanel({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const tt = t as unknown as LooseT;
  const store = useStore();
  const titleId = useId();
  const fid = useId();
  const [kind, setKind] = useState<'limit' | 'peak'>('limit');
  const [name, setName] = useState('');
  const [indicator, setIndicator] = useState<TargetIndicator>('coal_t');
  const [bound, setBound] = useState<'max' | 'min'>('max');
  const [method, setMethod] = useState<EnergyMethod>('equivalent');
  const [year, setYear] = useState(String(Math.min(plan.park.horizon_year, Math.max(plan.park.base_year + 1, 2030))));
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const indicators: readonly TargetIndicator[] = kind === 'limit' ? TARGET_INDICATORS : PEAK_INDICATORS;
  const info = indicatorInfo(indicator, method);

  const submit = () => {
    if (name.trim() === '') return setError({ field: 'name', message: t('forms.required') });
    const y = parseInteger(year);
    if (y === null || y < 1990 || y > 2100)
      return setError({ field: 'year', message: t('forms.yearRange', { min: 1990, max: 2100 }) });
    const n = kind === 'limit' ? parseDecimal(value.replace(/[%％]\s*$/, '')) : 0;
    if (n === null) return setError({ field: 'value', message: t('forms.notANumber') });
    const r = customTarget({
      id: newTargetId(plan),
      name,
      kind,
      indicator,
      bound,
      energy_method: method,
      year: y,
      value: fromDisplay(n, info.scale),
      source,
    });
    if (!r.ok)
      return setError({
        field: r.path,
        message: t('forms.notAllowed', { detail: issueWhat(r, { t, language: i18n.language, plan }) }),
      });
    const outcome = store.commit(addTargets([r.target]), { label: t('targets.custom.addLabel', { name: r.target.name }) });
    if (outcome.ok) onDone();
    else if (outcome.reason === 'invalid')
      setError({
        field: '',
        message: t('forms.notAllowed', {
          detail: firstIssueLine(outcome.issues, { t, language: i18n.language, plan: outcome.plan }),
        }),
      });
  };

  const err = (field: string) =>
    error !== null && error.field === field ? (
      <p className="field__error" role="alert">
        {error.message}
      </p>
    ) : null;

  return (
    <section className="card target-panel" aria-labelledby={titleId} data-testid="custom-panel">
      <h2 id={titleId}>{t('targets.custom.title')}</h2>
      <form
        className="target-panel__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <fieldset className="target-panel__kind">
          <legend className="field__label">{t('targets.custom.kind')}</legend>
          {(['limit', 'peak'] as const).map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name={`${fid}-kind`}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  if (k === 'peak' && !(PEAK_INDICATORS as readonly string[]).includes(indicator))
                    setIndicator('gross_emissions_tco2');
                }}
              />
              {t(`targets.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={`${fid}-name`}>
            {t('targets.field.name')}
          </label>
          <input
            id={`${fid}-name`}
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error?.field === 'name'}
          />
          {err('name')}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${fid}-indicator`}>
            {t('targets.field.indicator')}
          </label>
          <select
            id={`${fid}-indicator`}
            className="input"
            value={indicator}
            onChange={(e) => {
              const next = e.target.value as TargetIndicator;
              setIndicator(next);
              // Shares follow the statistical convention unless the planner picks otherwise.
              setMethod(defaultEnergyMethod(next));
            }}
          >
            {indicators.map((k) => (
              <option key={k} value={k}>
                {tt(`targets.indicator.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {kind === 'limit' && (
          <>
            <div className="field">
              <label className="field__label" htmlFor={`${fid}-bound`}>
                {t('targets.field.bound')}
              </label>
              <select
                id={`${fid}-bound`}
                className="input"
                value={bound}
                onChange={(e) => setBound(e.target.value as 'max' | 'min')}
              >
                <option value="max">{t('targets.bound.max')}</option>
                <option value="min">{t('targets.bound.min')}</option>
              </select>
            </div>
            <div className="field target-panel__method">
              <label className="field__label" htmlFor={`${fid}-method`}>
                {t('targets.field.method')}
              </label>
              <select
                id={`${fid}-method`}
                className="input"
                value={method}
                onChange={(e) => setMethod(e.target.value as EnergyMethod)}
              >
                <option value="equivalent">{t('targets.methodOption.equivalent')}</option>
                <option value="coal_method">{t('targets.methodOption.coal_method')}</option>
              </select>
              {!info.methodDependent && <p className="mfield__help">{t('targets.methodIrrelevant')}</p>}
            </div>
          </>
        )}
        <div className="field">
          <label className="field__label" htmlFor={`${fid}-year`}>
            {kind === 'limit' ? t('targets.custom.fromYear') : t('targets.field.peakYear')}
          </label>
          <input
            id={`${fid}-year`}
            className="input input--num"
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value)}
            aria-invalid={error?.field === 'year'}
          />
          {err('year')}
        </div>
        {kind === 'limit' && (
          <div className="field">
            <label className="field__label" htmlFor={`${fid}-value`}>
              {t('targets.path.limit', { unit: tt(`targets.unit.${info.unit}`) })}
            </label>
            <input
              id={`${fid}-value`}
              className="input input--num"
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-invalid={error?.field === 'value'}
            />
            {err('value')}
          </div>
        )}
        <div className="field target-panel__wide">
          <label className="field__label" htmlFor={`${fid}-source`}>
            {t('targets.field.source')}
          </label>
          <input
            id={`${fid}-source`}
            className="input"
            value={source}
            placeholder={t('targets.custom.sourceHint')}
            onChange={(e) => setSource(e.target.value)}
          />
        </div>
        {error !== null && !['name', 'year', 'value'].includes(error.field) && (
          <p className="field__error target-panel__wide" role="alert">
            {error.message}
          </p>
        )}
        <div className="target-panel__actions target-panel__wide">
          <button type="submit" className="btn btn--primary" data-testid="custom-add">
            {t('targets.custom.add')}
          </button>
          <button type="button" className="btn" onClick={onDone}>
            {t('targets.cancel')}
          </button>
        </div>
      </form>
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
      {panel === 'custom' && !readOnly && <CustomPanel plan={plan} onDone={() => setPanel('none')} />}
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
