import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { buildCostSet, type ResolvedCost } from '../../../../core/costs/index.ts';
import { ParkZeroError } from '../../../../core/api/result.ts';
import { useStore } from '../../app/context.tsx';
import { parseDecimal, parseInteger } from '../../forms/parse.ts';
import { issueWhat } from '../../app/plan-issue-words.ts';
import { formatNumber } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { citedSource } from '../../../../core/text/cited-sources.ts';
import { nameLang } from '../../i18n/use-local-name.ts';
import { checkCostOverride, putCostOverride, removeCostOverride } from './cost-edits.ts';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * The technology cost library beside the factors: every default unit cost with its path by
 * year, source, price year and flags, and the project's overrides (add, change, remove with a
 * required source), like the factor overrides above.
 */
export function CostLibrary({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const tt = t as unknown as LooseT;
  const locale = currentLocale(i18n.language);
  const lang = nameLang(i18n.language);
  const [editing, setEditing] = useState<string | null>(null);
  const set = useMemo(() => {
    try {
      return { entries: [...buildCostSet(plan.cost_overrides).entries.values()], error: null };
    } catch (e) {
      if (e instanceof ParkZeroError) return { entries: [...buildCostSet([]).entries.values()], error: e.message };
      throw e;
    }
  }, [plan.cost_overrides]);
  const num = (v: number) => formatNumber(v, locale, 6);
  const unit = (u: string) => tt(`factors.costs.unit.${u.replace(/[^a-zA-Z0-9]+/g, '_')}`);

  const row = (e: ResolvedCost) => {
    const open = editing === e.key;
    return (
      <tr
        key={e.key}
        className={e.overridden ? 'factor-row factor-row--overridden' : 'factor-row'}
        data-testid={`cost-row-${e.key}`}
      >
        <th scope="row" className="wrap">
          {tt(`factors.costs.technology.${e.technology}`)}
          <span className="sub">{tt(`factors.costs.parameter.${e.parameter}`)}</span>
        </th>
        <td className="num">{e.points.map((p) => `${p.year}: ${num(p.value)}`).join('; ')}</td>
        <td>{unit(e.unit)}</td>
        <td className="wrap">
          {e.overridden
            ? e.overrides.map((o) => t('factors.overrideSource', { source: o.source })).join('; ')
            : citedSource(e.source, lang)}
          {e.points.length > 1 && !e.overridden && <span className="sub">{t('factors.costs.learning')}</span>}
        </td>
        <td>
          {e.currency_year !== null && <span className="sub">{t('factors.costs.priceYear', { year: e.currency_year })}</span>}
          {e.overridden && <span className="badge badge--override">{t('factors.badge.overridden')}</span>}
          {!e.overridden && e.secondary && <span className="badge badge--warn">{t('factors.badge.secondary')}</span>}
          {!e.overridden && e.illustrative && <span className="badge badge--info">{t('factors.costs.illustrative')}</span>}
        </td>
        <td>
          {!readOnly && (
            <button type="button" className="btn btn--quiet btn--small" onClick={() => setEditing(open ? null : e.key)}>
              {t('factors.costs.override')}
            </button>
          )}
          {open && <CostOverrideForm plan={plan} entry={e} onDone={() => setEditing(null)} />}
        </td>
      </tr>
    );
  };

  return (
    <section className="card factor-group" aria-labelledby="cost-library-title" data-testid="cost-library">
      <h2 id="cost-library-title">{t('factors.costs.title')}</h2>
      <p className="page__intro">{t('factors.costs.intro')}</p>
      {set.error !== null && (
        <p className="field__error" role="alert">
          {t('factors.invalid', { detail: set.error })}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table factor-table">
          <thead>
            <tr>
              <th scope="col">{t('factors.costs.col.technology')}</th>
              <th scope="col" className="num">
                {t('factors.costs.col.path')}
              </th>
              <th scope="col">{t('factors.col.unit')}</th>
              <th scope="col">{t('factors.col.source')}</th>
              <th scope="col">{t('factors.col.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('factors.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>{set.entries.map(row)}</tbody>
        </table>
      </div>
    </section>
  );
}

/** Override one cost: a flat value, or one year of the path; the source is required. */
function CostOverrideForm({ plan, entry, onDone }: { plan: Plan; entry: ResolvedCost; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const tt = t as unknown as LooseT;
  const store = useStore();
  // The cost in words for the undo history and the remove buttons; the key is for the file only.
  const name = `${tt(`factors.costs.technology.${entry.technology}`)} ${tt(`factors.costs.parameter.${entry.parameter}`)}`;
  const point = (key: string) =>
    key === entry.key ? t('factors.costs.wholePath') : t('factors.costs.yearPoint', { year: key.slice(entry.key.length + 1) });
  const [year, setYear] = useState('');
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const n = parseDecimal(value);
    if (n === null) return setError(t('forms.notANumber'));
    // The year is the one typed part of the cost key: say a wrong one in the form's words.
    const y = year.trim() === '' ? null : parseInteger(year);
    if (year.trim() !== '' && (y === null || y < 1990 || y > 2100))
      return setError(t('forms.yearRange', { min: 1990, max: 2100 }));
    const key = y === null ? entry.key : `${entry.key}.${y}`;
    const replacing = plan.cost_overrides.findIndex((o) => o.key === key);
    const r = checkCostOverride(plan, { key, value: n, source, note: '' }, replacing);
    if (!r.ok)
      return setError(
        'issue' in r
          ? t('forms.notAllowed', { detail: issueWhat(r.issue, { t, language: i18n.language, plan }) })
          : r.message === 'required'
            ? t('factors.override.sourceRequired')
            : t('factors.override.duplicate'),
      );
    const outcome = store.commit(putCostOverride(r.override, replacing), {
      label: t('factors.costs.saveLabel', { name, what: point(key) }),
    });
    if (outcome.ok) onDone();
  };
  return (
    <div className="override-form" data-testid={`cost-form-${entry.key}`}>
      <label className="field">
        <span className="field__label">{t('factors.costs.year')}</span>
        <input
          className="input"
          inputMode="numeric"
          data-testid="cost-year"
          value={year}
          onChange={(e) => setYear(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('factors.costs.value')}</span>
        <input
          className="input"
          inputMode="decimal"
          data-testid="cost-value"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('factors.costs.source')}</span>
        <input className="input" data-testid="cost-source" value={source} onChange={(e) => setSource(e.target.value)} />
      </label>
      {error !== null && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="btn btn--primary btn--small" data-testid="cost-save" onClick={save}>
        {t('factors.costs.save')}
      </button>
      {entry.overrides.map((o) => (
        <button
          key={o.key}
          type="button"
          className="btn btn--quiet btn--small"
          onClick={() =>
            store.commit(removeCostOverride(o.key), {
              label: t('factors.costs.removeLabel', { name, what: point(o.key) }),
            })
          }
        >
          {t('factors.costs.remove', { what: point(o.key) })}
        </button>
      ))}
    </div>
  );
}
