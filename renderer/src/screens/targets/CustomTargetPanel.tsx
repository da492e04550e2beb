import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import {
  TARGET_INDICATORS,
  defaultEnergyMethod,
  type EnergyMethod,
  type TargetIndicator,
} from '../../../../core/model/targets.ts';
import { useStore } from '../../app/context.tsx';
import { fromDisplay } from '../../forms/number-field.ts';
import { parseDecimal, parseInteger } from '../../forms/parse.ts';
import { firstIssueLine, issueWhat } from '../../app/plan-issue-words.ts';
import { PEAK_INDICATORS, addTargets, customTarget, indicatorInfo, newTargetId } from './target-edits.ts';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** A target of the planner's own: a limit on an indicator from a year, or a peak year. */
export function CustomTargetPanel({ plan, onDone }: { plan: Plan; onDone: () => void }) {
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
