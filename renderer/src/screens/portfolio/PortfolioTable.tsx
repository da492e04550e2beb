import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHOICE_TEXT,
  PORTFOLIO_TEXT,
  cellText,
  cityText,
  filterRows,
  groupRows,
  provinceText,
  rowColumns,
  sortRows,
} from '../../../../core/portfolio/index.ts';
import type { GroupBy, Portfolio, PortfolioRow, SortKey, SortSpec } from '../../../../core/portfolio/index.ts';
import type { Lang } from '../../../../core/text/names.ts';

/** What each compact column sorts by (null: not sortable), in rowColumns('compact') order. */
const SORT_KEYS: (SortKey | null)[] = [
  'park',
  'province',
  'city',
  'base_energy_tce',
  'base_emissions_tco2',
  null,
  'net_emissions_tco2@2030',
  'co2_per_tce_equivalent@2030',
  'non_fossil_share_equivalent@2030',
  'coal_t@2030',
  'net_emissions_tco2@2060',
  'targets',
  'signature',
  null,
];

/** The parks' table: sort by a column heading, filter by name and province, group by province or city. */
export function PortfolioTable({ portfolio, lang }: { portfolio: Portfolio; lang: Lang }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<SortSpec>({ key: 'park', descending: false });
  const [text, setText] = useState('');
  const [province, setProvince] = useState('');
  const [group, setGroup] = useState<GroupBy | ''>('');
  const columns = rowColumns(lang, 'compact');
  const provinces = [...new Set(portfolio.rows.map((r) => r.province))].sort();
  const shown = sortRows(
    filterRows(portfolio.rows, { ...(text.trim() === '' ? {} : { text }), ...(province === '' ? {} : { province }) }),
    sort,
  );
  const groups = group === '' ? [{ key: '', rows: shown, parks: shown.length }] : groupRows(shown, group);
  const sortBy = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: false }));

  const row = (r: PortfolioRow) => (
    <tr key={r.path} data-testid="portfolio-row">
      {columns.map((c, i) => {
        const v = cellText(c.kind, c.value(r));
        if (i === 0)
          return (
            <th key={i} scope="row" className="wrap" title={r.file}>
              {v}
            </th>
          );
        return (
          <td key={i} className={c.kind === 'text' ? 'wrap' : 'num'} title={i === 5 ? CHOICE_TEXT[r.choice][lang] : undefined}>
            {v}
          </td>
        );
      })}
    </tr>
  );

  return (
    <section aria-labelledby="portfolio-table-title">
      <h2 id="portfolio-table-title" className="visually-hidden">
        {t('portfolio.title')}
      </h2>
      <div className="form-grid">
        <label className="field">
          <span className="field__label">{t('portfolio.filter')}</span>
          <input
            className="input"
            type="search"
            data-testid="portfolio-filter"
            value={text}
            maxLength={200}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('portfolio.province')}</span>
          <select
            className="input"
            data-testid="portfolio-province"
            value={province}
            onChange={(e) => setProvince(e.target.value)}
          >
            <option value="">{t('portfolio.all')}</option>
            {provinces.map((p) => (
              <option key={p} value={p}>
                {provinceText(p, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('portfolio.groupBy')}</span>
          <select
            className="input"
            data-testid="portfolio-group"
            value={group}
            onChange={(e) => setGroup(e.target.value as GroupBy | '')}
          >
            <option value="">{t('portfolio.groupNone')}</option>
            <option value="province">{t('portfolio.groupProvince')}</option>
            <option value="city">{t('portfolio.groupCity')}</option>
          </select>
        </label>
      </div>
      <p className="muted small">{t('portfolio.sortHint')}</p>
      <div className="table-wrap">
        <table className="data-table" data-testid="portfolio-table">
          <thead>
            <tr>
              {columns.map((c, i) => {
                const key = SORT_KEYS[i] ?? null;
                const active = key !== null && sort.key === key;
                return (
                  <th
                    key={i}
                    scope="col"
                    className={c.kind === 'text' ? undefined : 'num'}
                    aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    {key === null ? (
                      c.header
                    ) : (
                      <button type="button" className="row-link" onClick={() => sortBy(key)}>
                        {c.header}
                        {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.key}>
              {group !== '' && (
                <tr className="row--group" data-testid="portfolio-group-row">
                  <th colSpan={columns.length} scope="rowgroup">
                    {t('portfolio.groupTotal', {
                      key:
                        group === 'province'
                          ? provinceText(g.rows[0]!.province, lang)
                          : `${cityText(g.rows[0]!.city, lang)}${lang === 'zh' ? '，' : ', '}${provinceText(g.rows[0]!.province, lang)}`,
                      count: g.parks,
                    })}
                  </th>
                </tr>
              )}
              {g.rows.map(row)}
            </tbody>
          ))}
        </table>
      </div>
      <p className="muted small">{PORTFOLIO_TEXT[lang].compactUnits}</p>
      <p className="muted small" data-testid="portfolio-choice-note">
        {PORTFOLIO_TEXT[lang].choiceFootnote}
      </p>
    </section>
  );
}
