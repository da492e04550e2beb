import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../../core/engine/result-schema.ts';
import { formatNumber, formatYear } from '../../charts/format.ts';
import { HYDROGEN_COLUMNS, shapeHydrogen } from '../../results/hydrogen.ts';
import { ChartCard, useChartContext } from './ChartCard.tsx';

/** The park's hydrogen balance by year; shown only when the scenario makes or buys hydrogen. */
export function HydrogenPanel({ result }: { result: ScenarioResult }) {
  const { t } = useTranslation();
  const { locale } = useChartContext();
  const rows = useMemo(() => shapeHydrogen(result), [result]);
  if (rows.length === 0) return null;
  return (
    <ChartCard title={t('results.hydrogen.title')} note={t('results.hydrogen.note')} testId="hydrogen-card">
      <div className="table-wrap table-wrap--auto">
        <table className="data-table" data-testid="hydrogen-table">
          <thead>
            <tr>
              <th scope="col">{t('results.hydrogen.year')}</th>
              {HYDROGEN_COLUMNS.map((c) => (
                <th key={c} scope="col" className="num">
                  {t(`results.hydrogen.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year}>
                <th scope="row">{formatYear(r.year, locale)}</th>
                {HYDROGEN_COLUMNS.map((c) => (
                  <td key={c} className="num" data-column={c}>
                    {formatNumber(r.values[c], locale, 1)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartCard>
  );
}
