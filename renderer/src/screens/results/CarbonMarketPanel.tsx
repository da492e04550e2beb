import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../../core/engine/result-schema.ts';
import type { PositionTotals } from '../../../../core/carbon-market/result-schema.ts';
import { formatNumber, formatYear } from '../../charts/format.ts';
import { useLocalName } from '../../i18n/use-local-name.ts';
import { ChartCard, useChartContext } from './ChartCard.tsx';

const COLUMNS = ['verified', 'allowances', 'balance', 'offsets', 'cost'] as const;
const VALUE: Record<(typeof COLUMNS)[number], (p: PositionTotals) => number> = {
  verified: (p) => p.verified_tco2,
  allowances: (p) => p.allowances_tco2,
  balance: (p) => p.balance_tco2,
  offsets: (p) => p.offsets_used_tco2,
  cost: (p) => p.cost_cny / 1e4,
};

/**
 * Milestone years (2025, 2030, ...) plus the first and the last year: a pathway to 2060 has
 * 36 years, and a row per enterprise and year would bury the years a reader compares.
 */
export function isShownYear(year: number, first: number, last: number, everyYear: boolean): boolean {
  return everyYear || year % 5 === 0 || year === first || year === last;
}

/**
 * The covered enterprises' carbon-market position by year (core/carbon-market): verified
 * emissions, allowances, surplus or deficit, offsets and the cost or revenue, with the park's
 * total of each year. Shown only when the scenario has a covered enterprise.
 */
export function CarbonMarketPanel({ result }: { result: ScenarioResult }) {
  const { t } = useTranslation();
  const { locale } = useChartContext();
  const ln = useLocalName();
  const [everyYear, setEveryYear] = useState(false);
  const cm = result.carbon_market;
  if (cm === undefined) return null;
  const first = cm.years[0]?.year ?? 0;
  const last = cm.years[cm.years.length - 1]?.year ?? 0;
  const named = (e: { name: string; name_zh: string | null; name_en: string | null }) =>
    ln({ name: e.name, name_zh: e.name_zh ?? undefined, name_en: e.name_en ?? undefined });
  const enterprises = new Map(cm.enterprises.map((e) => [e.consumer_id, named(e)]));
  const markets = new Map(cm.markets.map((m) => [m.id, named(m)]));
  const cells = (p: PositionTotals) =>
    COLUMNS.map((c) => (
      <td key={c} className="num" data-column={c}>
        {formatNumber(VALUE[c](p), locale, c === 'cost' ? 1 : 0)}
      </td>
    ));
  return (
    <ChartCard title={t('carbonMarket.results.title')} note={t('carbonMarket.results.note')} testId="carbon-market-card">
      <label className="check">
        <input
          type="checkbox"
          checked={everyYear}
          onChange={(e) => setEveryYear(e.target.checked)}
          data-testid="carbon-market-every-year"
        />
        {t('carbonMarket.results.everyYear')}
      </label>
      <div className="table-wrap table-wrap--auto">
        <table className="data-table" data-testid="carbon-market-table">
          <thead>
            <tr>
              <th scope="col">{t('carbonMarket.results.year')}</th>
              <th scope="col">{t('carbonMarket.results.enterprise')}</th>
              <th scope="col">{t('carbonMarket.results.market')}</th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className="num">
                  {t(`carbonMarket.results.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cm.years
              .filter((y) => isShownYear(y.year, first, last, everyYear))
              .map((y) => (
                <Fragment key={y.year}>
                  {y.enterprises.map((e) => (
                    <tr key={`${y.year}-${e.consumer_id}`} data-testid="carbon-market-position" data-year={y.year}>
                      <th scope="row">{formatYear(y.year, locale)}</th>
                      <td>{enterprises.get(e.consumer_id) ?? e.consumer_id}</td>
                      <td>{markets.get(e.market_id) ?? e.market_id}</td>
                      {cells(e)}
                    </tr>
                  ))}
                  <tr className="data-table__total" data-testid="carbon-market-total" data-year={y.year}>
                    <th scope="row">{formatYear(y.year, locale)}</th>
                    <td colSpan={2}>{t('carbonMarket.results.total')}</td>
                    {cells(y.totals)}
                  </tr>
                </Fragment>
              ))}
          </tbody>
        </table>
      </div>
    </ChartCard>
  );
}
