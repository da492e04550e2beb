import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { Target } from '../../../../core/model/targets.ts';
import { TARGET_INDICATORS, type EnergyMethod, type TargetIndicator } from '../../../../core/model/targets.ts';
import { Year } from '../../../../core/model/primitives.ts';
import { useStore } from '../../app/context.tsx';
import { CommitField, SelectCommitField, type ParseResult } from '../../forms/CommitField.tsx';
import { toDisplay, fromDisplay } from '../../forms/number-field.ts';
import { parseDecimal, parseInteger } from '../../forms/parse.ts';
import { boundsOf } from '../../forms/bounds.ts';
import { formatNumber, formatYear } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { IndicatorDefinition } from './IndicatorDefinition.tsx';
import { NameFields } from '../../forms/NameFields.tsx';
import {
  PEAK_INDICATORS,
  addPathPoint,
  indicatorInfo,
  nextPathPoint,
  pathPointProblem,
  removePathPoint,
  removeTarget,
  setLimit,
  setPathPoint,
  setPeak,
  setTargetSource,
  setTargetNames,
} from './target-edits.ts';
import { useLocalName, useLocalText } from '../../i18n/use-local-name.ts';

type LooseT = (key: string, options?: Record<string, unknown>) => string;
const YEAR = boundsOf(Year);
const VALUE = { min: -1e12, max: 1e12 };

/** One target with every field editable; each change is one undo step. */
export function TargetCard({
  plan,
  target,
  readOnly,
  check,
}: {
  plan: Plan;
  target: Target;
  readOnly: boolean;
  /** The checked scenario's verdict on this target (Targets screen), shown beside its name. */
  check?: ReactNode;
}) {
  const ln = useLocalName();
  const lt = useLocalText();
  const { t, i18n } = useTranslation();
  const tt = t as unknown as LooseT;
  const store = useStore();
  const titleId = useId();
  const locale = currentLocale(i18n.language);
  const id = target.id;
  const edit = (field: string) => t('targets.editLabel', { name: ln(target), field });
  const method: EnergyMethod = target.kind === 'limit' ? target.energy_method : 'equivalent';
  const info = indicatorInfo(target.indicator as TargetIndicator, method);
  const unit = tt(`targets.unit.${info.unit}`);
  const shown = (v: number) => formatNumber(Number(toDisplay(v, info.scale)), locale, 10);

  const yearParse =
    (apply: (year: number) => ParseResult): ((raw: string) => ParseResult) =>
    (raw) => {
      const y = parseInteger(raw);
      if (y === null || y < YEAR.min || y > YEAR.max)
        return { ok: false, message: t('forms.yearRange', { min: YEAR.min, max: YEAR.max }) };
      return apply(y);
    };

  const indicatorLabel = (k: string) => tt(`targets.indicator.${k}`);

  return (
    <article className="card target-card" aria-labelledby={titleId} data-testid="target-card" data-target-id={id}>
      <div className="target-card__head">
        <h2 id={titleId} data-testid="target-name">
          {ln(target)}
        </h2>
        <span className="badge badge--muted">{t(target.kind === 'limit' ? 'targets.kind.limit' : 'targets.kind.peak')}</span>
        {target.template !== null && <span className="badge badge--info">{t('targets.fromTemplate')}</span>}
        {check}
        {!readOnly && (
          <button
            type="button"
            className="btn btn--quiet target-card__delete"
            onClick={() => store.commit(removeTarget(id), { label: t('targets.deleteLabel', { name: ln(target) }) })}
          >
            {t('targets.delete')}
          </button>
        )}
      </div>
      <p className="target-card__summary">
        {target.kind === 'limit'
          ? t(target.bound === 'max' ? 'targets.summary.max' : 'targets.summary.min', {
              indicator: indicatorLabel(target.indicator),
              unit,
            })
          : t('targets.summary.peak', {
              indicator: indicatorLabel(target.indicator),
              year: formatYear(target.peak_by_year, locale),
            })}
        {' · '}
        <span data-testid="target-method">{info.methodDependent ? t(`targets.method.${method}`) : t('targets.method.none')}</span>
      </p>
      <IndicatorDefinition indicator={target.indicator as TargetIndicator} method={method} />

      {readOnly ? (
        lt.text(target.source, target.source_zh, target.source_en) !== '' && (
          <p className="muted small">
            {t('targets.sourceShown', { source: lt.text(target.source, target.source_zh, target.source_en) })}
          </p>
        )
      ) : (
        <div className="target-card__body">
          <div className="target-card__fields">
            <NameFields
              entity={target}
              primaryLabel={t('targets.field.name')}
              apply={(changes) => setTargetNames(id, changes)}
              commitLabel={edit}
              testId="target-name-input"
            />
            {target.kind === 'limit' ? (
              <>
                <SelectCommitField
                  label={t('targets.field.indicator')}
                  value={target.indicator}
                  options={TARGET_INDICATORS.map((k) => ({ value: k, label: indicatorLabel(k) }))}
                  commitLabel={edit(t('targets.field.indicator'))}
                  apply={(d, v) => setLimit(id, { indicator: v })(d)}
                />
                <SelectCommitField
                  label={t('targets.field.bound')}
                  value={target.bound}
                  options={(['max', 'min'] as const).map((b) => ({ value: b, label: t(`targets.bound.${b}`) }))}
                  commitLabel={edit(t('targets.field.bound'))}
                  apply={(d, v) => setLimit(id, { bound: v })(d)}
                />
                <div className="mfield">
                  <SelectCommitField
                    label={t('targets.field.method')}
                    value={target.energy_method}
                    options={(['equivalent', 'coal_method'] as const).map((m) => ({
                      value: m,
                      label: t(`targets.methodOption.${m}`),
                    }))}
                    commitLabel={edit(t('targets.field.method'))}
                    apply={(d, v) => setLimit(id, { energy_method: v })(d)}
                    testId="target-method-select"
                  />
                  {!info.methodDependent && <p className="mfield__help">{t('targets.methodIrrelevant')}</p>}
                </div>
              </>
            ) : (
              <>
                <SelectCommitField
                  label={t('targets.field.indicator')}
                  value={target.indicator}
                  options={PEAK_INDICATORS.map((k) => ({ value: k, label: indicatorLabel(k) }))}
                  commitLabel={edit(t('targets.field.indicator'))}
                  apply={(d, v) => setPeak(id, { indicator: v })(d)}
                />
                <CommitField
                  label={t('targets.field.peakYear')}
                  value={String(target.peak_by_year)}
                  numeric
                  commitLabel={edit(t('targets.field.peakYear'))}
                  parse={yearParse((y) => ({ ok: true, apply: setPeak(id, { peak_by_year: y }) }))}
                />
              </>
            )}
          </div>

          {target.kind === 'limit' && (
            <div className="target-path">
              <table className="data-table target-path__table" data-testid="target-path">
                <caption className="target-path__caption">{t('targets.path.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('targets.path.year')}</th>
                    <th scope="col" className="num">
                      {t('targets.path.limit', { unit })}
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">{t('targets.path.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {target.path.map((p, i) => (
                    <tr key={`${i}:${p.year}`}>
                      <td>
                        <CommitField
                          label={t('targets.path.yearOf', { n: i + 1 })}
                          value={String(p.year)}
                          numeric
                          commitLabel={edit(t('targets.path.year'))}
                          parse={yearParse((y) =>
                            pathPointProblem(target, i, y) !== null
                              ? { ok: false, message: t('targets.path.yearTaken', { year: y }) }
                              : { ok: true, apply: setPathPoint(id, i, { year: y }) },
                          )}
                        />
                      </td>
                      <td>
                        <CommitField
                          label={t('targets.path.valueOf', { year: p.year, unit })}
                          value={shown(p.value)}
                          numeric
                          commitLabel={edit(t('targets.path.limit', { unit }))}
                          testId={`target-value-${i}`}
                          parse={(raw) => {
                            const n = parseDecimal(raw.replace(/[%％]\s*$/, ''));
                            if (n === null) return { ok: false, message: t('forms.notANumber') };
                            const v = fromDisplay(n, info.scale);
                            if (v < VALUE.min || v > VALUE.max) return { ok: false, message: t('forms.notANumber') };
                            return { ok: true, apply: setPathPoint(id, i, { value: v }) };
                          }}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="btn btn--quiet btn--small"
                          disabled={target.path.length <= 1}
                          aria-label={t('targets.path.removeOf', { year: p.year })}
                          onClick={() =>
                            store.commit(removePathPoint(id, i), {
                              label: t('targets.path.removeLabel', { name: ln(target), year: p.year }),
                            })
                          }
                        >
                          {t('targets.path.remove')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button
                type="button"
                className="btn btn--small"
                data-testid="target-add-point"
                disabled={nextPathPoint(target, plan.park.horizon_year) === null}
                onClick={() => {
                  const next = nextPathPoint(target, plan.park.horizon_year);
                  if (next !== null)
                    store.commit(addPathPoint(id, next), {
                      label: t('targets.path.addLabel', { name: ln(target), year: next.year }),
                    });
                }}
              >
                {t('targets.path.add')}
              </button>
              <p className="muted small">{t('targets.path.hint')}</p>
            </div>
          )}

          <div className="target-card__source">
            <CommitField
              label={t('targets.field.source')}
              value={lt.own(target.source, target.source_zh, target.source_en)}
              multiline
              commitLabel={edit(t('targets.field.source'))}
              parse={(raw) =>
                raw.length > 20_000
                  ? { ok: false, message: t('forms.tooLong', { max: 20_000 }) }
                  : { ok: true, apply: setTargetSource(id, lt.lang, raw) }
              }
            />
          </div>
        </div>
      )}
    </article>
  );
}
