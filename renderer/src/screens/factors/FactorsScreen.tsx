import { Fragment, useId, useMemo, useState } from 'react';
import { COAL_METHOD_PREFIX } from '../../../../core/factors/factor-set.ts';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { PROVINCES } from '../../../../core/factors/provinces.ts';
import { GRID_REGIONS } from '../../../../core/model/park.ts';
import { formatNumber, formatYear } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { nameLang } from '../../i18n/use-local-name.ts';
import { factorName, factorNote, factorSeries, factorUnit } from '../../../../core/text/factor-names.ts';
import { citedSource } from '../../../../core/text/cited-sources.ts';
import { CITY_NAMES } from '../../../../core/text/places.ts';
import {
  FACTOR_GROUPS,
  factorRows,
  filterRows,
  groupRows,
  resolvedFactors,
  type FactorFilter,
  type FactorGroup,
  type FactorRow,
} from './factor-groups.ts';
import { OverrideForm } from './OverrideForm.tsx';
import { CostLibrary } from './CostLibrary.tsx';
import './factors.css';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * Units as printed in the library, in the screen's language (factorUnit: 万Nm3, /年) and made
 * readable (subscripts, powers); "fraction" is a word.
 */
function prettyUnit(unit: string, fraction: string, lang: 'zh' | 'en'): string {
  if (unit === 'fraction') return fraction;
  return factorUnit(unit, lang).replace(/CO2/g, 'CO₂').replace(/10\^4/g, '10⁴').replace(/m3/g, 'm³');
}

const COLUMNS = 7;

/** `editing` value of the coal-consumption rate's "add a year" form (no factor key is empty-prefixed). */
const COAL_YEAR = '#coal-year';

export function FactorsScreen({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const tt = t as unknown as LooseT;
  const locale = currentLocale(i18n.language);
  const lang = nameLang(i18n.language);
  const zh = lang === 'zh';
  const searchId = useId();
  const groupId = useId();
  const [filter, setFilter] = useState<FactorFilter>({ query: '', group: 'all', overriddenOnly: false, secondaryOnly: false });
  /** Key whose override form is open; '' for the new-key form. UI state, never in the history. */
  const [editing, setEditing] = useState<string | null>(null);

  const rows = useMemo(() => factorRows(plan), [plan]);
  // The coal-consumption rate's last year point (published or the project's own): a new point
  // starts the year after it.
  const coalLastYear = rows.reduce(
    (y, r) => (r.key.startsWith(`${COAL_METHOD_PREFIX}.`) && r.year !== null && r.year > y ? r.year : y),
    0,
  );
  const problem = useMemo(() => resolvedFactors(plan.factor_overrides).error, [plan.factor_overrides]);

  const subjectName = (r: FactorRow): string | null => {
    if (r.subject === null) return null;
    if ((GRID_REGIONS as readonly string[]).includes(r.subject) && r.series.endsWith('_regional'))
      return tt(`gridRegion.${r.subject}`);
    const p = PROVINCES.find((x) => x.key === r.subject);
    if (p !== undefined) return zh ? p.zh : p.en;
    const city = CITY_NAMES[r.subject];
    if (city !== undefined) return zh ? city[1] : city[0];
    return r.subject.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
  };
  // The factor in words, as the reports' Annex 2 names it; the screen's own composition only
  // for a key the names do not know (a project's row for a place the tables lack).
  const label = (r: FactorRow): string => {
    const name = factorName(r.key, lang);
    if (name !== r.key) return name;
    const series = r.group === 'fuels' ? tt(`carrier.${r.series}`) : tt(`factors.series.${r.series}`);
    const subject = subjectName(r);
    const parts =
      r.group === 'fuels' || r.group === 'heat' || r.group === 'hydrogen'
        ? [series, tt(`factors.quantity.${r.quantity}`)]
        : [series];
    if (subject !== null) parts.push(subject);
    return parts.join(' · ');
  };
  const num = (v: number) => formatNumber(v, locale, 6);

  const source = (text: string) => citedSource(text, lang);
  // Search finds a row by its words on screen (name, cited source) as well as by key and the library's English.
  const shown = filterRows(rows, filter, (r) => `${label(r)} ${source(r.library?.source ?? '')}`);
  const groups = groupRows(shown);
  const overrides = plan.factor_overrides.length;

  const renderRow = (r: FactorRow) => {
    const unit = prettyUnit(r.library?.unit ?? r.inUse?.unit ?? '', t('factors.fraction'), lang);
    const series = r.library === null ? null : factorSeries(r.library.series, lang);
    const note = r.library?.note === undefined ? null : factorNote(r.library.note, lang);
    const overridden = r.override !== null;
    const value = r.inUse?.value ?? r.override?.value ?? r.library?.value ?? 0;
    const derivedChanged = !overridden && r.library !== null && r.inUse !== null && r.inUse.value !== r.library.value;
    const open = editing === r.key;
    return (
      <Fragment key={r.key}>
        <tr className={overridden ? 'factor-row factor-row--overridden' : 'factor-row'} data-factor-key={r.key}>
          <th scope="row" className="factor-row__label">
            <span>{label(r)}</span>
            {/* The key is for experts who type overrides; a Chinese reader gets the words only. */}
            {!zh && <code className="factor-row__key">{r.key}</code>}
          </th>
          <td className="num factor-row__value">
            <span data-testid="factor-value">{num(value)}</span>
            {(overridden || derivedChanged) && r.library !== null && (
              <span className="factor-row__library">{t('factors.libraryValue', { value: num(r.library.value) })}</span>
            )}
          </td>
          <td>{unit}</td>
          <td className="num">{r.year === null ? '—' : formatYear(r.year, locale)}</td>
          <td className="factor-row__source">
            {overridden ? (
              <>
                <span className="factor-row__override-source">{t('factors.overrideSource', { source: r.override!.source })}</span>
                {r.override!.note !== '' && (
                  <span className="factor-row__series">{t('factors.overrideNote', { note: r.override!.note })}</span>
                )}
                {r.library !== null && (
                  <span className="factor-row__series">{t('factors.librarySource', { source: source(r.library.source) })}</span>
                )}
              </>
            ) : (
              <>
                <span>{source(r.inUse?.source ?? r.library?.source ?? '')}</span>
                {series !== null && <span className="factor-row__series">{series}</span>}
                {note !== null && <span className="factor-row__series">{note}</span>}
              </>
            )}
          </td>
          <td>
            <span className="factor-row__badges">
              {overridden && <span className="badge badge--override">{t('factors.badge.overridden')}</span>}
              {r.library === null && <span className="badge badge--info">{t('factors.badge.projectOnly')}</span>}
              {derivedChanged && <span className="badge badge--info">{t('factors.badge.derived')}</span>}
              {r.library?.secondary === true && (
                <span className="badge badge--warn" title={t('factors.badge.secondaryHint')}>
                  {t('factors.badge.secondary')}
                </span>
              )}
            </span>
          </td>
          <td>
            {!readOnly && (
              <button
                type="button"
                className="btn btn--quiet btn--small"
                aria-expanded={open}
                aria-label={t(overridden ? 'factors.override.editOf' : 'factors.override.openOf', { label: label(r) })}
                onClick={() => setEditing(open ? null : r.key)}
              >
                {t(overridden ? 'factors.override.edit' : 'factors.override.open')}
              </button>
            )}
          </td>
        </tr>
        {open && (
          <tr className="factor-row__form">
            <td colSpan={COLUMNS}>
              <OverrideForm
                plan={plan}
                row={r}
                unit={unit}
                libraryText={r.library === null ? null : `${num(r.library.value)} ${unit}`}
                onDone={() => setEditing(null)}
              />
            </td>
          </tr>
        )}
      </Fragment>
    );
  };

  return (
    <div className="page factors-page">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('factors.title')}</h1>
        <p className="page__intro">{t('factors.intro')}</p>
      </header>

      {problem !== null && (
        <p className="notice notice--error" role="alert">
          {t('factors.invalid', { detail: problem })}
        </p>
      )}

      <div className="card factors-toolbar" role="search">
        <div className="field factors-toolbar__search">
          <label className="field__label" htmlFor={searchId}>
            {t('factors.search')}
          </label>
          <input
            id={searchId}
            className="input"
            type="search"
            value={filter.query}
            placeholder={t('factors.searchHint')}
            data-testid="factor-search"
            onChange={(e) => setFilter({ ...filter, query: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={groupId}>
            {t('factors.group')}
          </label>
          <select
            id={groupId}
            className="input"
            value={filter.group}
            onChange={(e) => setFilter({ ...filter, group: e.target.value as FactorGroup | 'all' })}
          >
            <option value="all">{t('factors.allGroups')}</option>
            {FACTOR_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`factors.groups.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.overriddenOnly}
            onChange={(e) => setFilter({ ...filter, overriddenOnly: e.target.checked })}
          />
          {t('factors.overriddenOnly', { count: overrides })}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.secondaryOnly}
            onChange={(e) => setFilter({ ...filter, secondaryOnly: e.target.checked })}
          />
          {t('factors.secondaryOnly')}
        </label>
        <p className="muted small factors-toolbar__count" role="status">
          {t('factors.shown', { count: shown.length, total: rows.length })}
        </p>
        {!readOnly && (
          <button
            type="button"
            className="btn"
            aria-expanded={editing === ''}
            onClick={() => setEditing(editing === '' ? null : '')}
            data-testid="override-new"
          >
            {t('factors.override.addNew')}
          </button>
        )}
      </div>

      {editing === '' && !readOnly && (
        <section className="card" aria-label={t('factors.override.addNew')}>
          <OverrideForm plan={plan} row={null} unit="" libraryText={null} onDone={() => setEditing(null)} />
        </section>
      )}

      {groups.length === 0 && <p className="muted">{t('factors.none')}</p>}
      {groups.map(({ group, rows: list }) => (
        <section key={group} className="card factors-group" aria-labelledby={`factors-${group}`}>
          <div className="section__head">
            <h2 id={`factors-${group}`}>{t(`factors.groups.${group}`)}</h2>
            <span className="muted small">{t(`factors.groupHint.${group}`)}</span>
            {group === 'electricity' && !readOnly && (
              <button
                type="button"
                className="btn btn--small"
                aria-expanded={editing === COAL_YEAR}
                onClick={() => setEditing(editing === COAL_YEAR ? null : COAL_YEAR)}
                data-testid="coal-rate-add-year"
              >
                {t('factors.coalRate.addYear')}
              </button>
            )}
          </div>
          {group === 'electricity' && editing === COAL_YEAR && !readOnly && (
            <div className="factors-group__add">
              <p className="muted small">{t('factors.coalRate.hint', { year: coalLastYear })}</p>
              <OverrideForm
                plan={plan}
                row={null}
                unit="gce/kWh"
                libraryText={null}
                initialKey={`${COAL_METHOD_PREFIX}.${coalLastYear + 1}`}
                onDone={() => setEditing(null)}
              />
            </div>
          )}
          <div className="table-wrap table-wrap--auto">
            <table className="data-table factors-table" data-testid={`factors-${group}`}>
              <caption className="visually-hidden">{t(`factors.groups.${group}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('factors.col.factor')}</th>
                  <th scope="col" className="num">
                    {t('factors.col.value')}
                  </th>
                  <th scope="col">{t('factors.col.unit')}</th>
                  <th scope="col" className="num">
                    {t('factors.col.year')}
                  </th>
                  <th scope="col">{t('factors.col.source')}</th>
                  <th scope="col">{t('factors.col.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('factors.col.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>{list.map(renderRow)}</tbody>
            </table>
          </div>
        </section>
      ))}
      <CostLibrary plan={plan} readOnly={readOnly} />
    </div>
  );
}
