import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../../core/engine/result-schema.ts';
import type { EnergyMethod } from '../../../../core/model/targets.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { useTargetNames } from '../../i18n/use-local-name.ts';
import { formatYear } from '../../charts/format.ts';
import { indicatorUnit, milestoneYears, shapeKeyIndicators, shapeScorecard, type ScoreCell } from '../../results/scorecard.ts';
import { ChartCard, MethodSwitch, useChartContext } from './ChartCard.tsx';
import { formatIndicator, indicatorName, unitLabel } from './indicator-format.ts';

export function IndicatorsPanel({
  result,
  method,
  onMethod,
  plan,
}: {
  result: ScenarioResult;
  method: EnergyMethod;
  onMethod: (m: EnergyMethod) => void;
  /** For the targets' names in the screen's language. */
  plan: Plan;
}) {
  const { t } = useTranslation();
  const { locale } = useChartContext();
  const names = useTargetNames(plan.targets);
  const card = useMemo(() => shapeScorecard(result, names), [result, names]);
  const years = useMemo(() => milestoneYears(result.years.map((y) => y.year)), [result]);
  const rows = useMemo(() => shapeKeyIndicators(result, years, method), [result, years, method]);

  const cellTitle = (name: string, unit: ReturnType<typeof indicatorUnit>, c: ScoreCell) =>
    [
      `${name} · ${formatYear(c.year, locale)}: ${c.pass ? t('results.scorecard.met') : t('results.scorecard.missed')}`,
      `${t('results.tooltip.value')}: ${formatIndicator(c.value, unit, locale, t, true)}`,
      `${t('results.tooltip.limit')}: ${formatIndicator(c.limit, unit, locale, t, true)}`,
      `${t('results.tooltip.marginLabel')}: ${c.margin === null ? t('results.indicators.notAvailable') : formatIndicator(c.margin, unit, locale, t, true)}`,
    ].join('\n');

  return (
    <>
      <ChartCard
        title={t('results.scorecard.title')}
        testId="scorecard-card"
        controls={
          card.checked > 0 ? (
            <span data-testid="scorecard-summary">
              {t('results.scorecard.summary', { passed: card.passed, checked: card.checked })}
            </span>
          ) : undefined
        }
        note={card.rows.length > 0 ? t('results.scorecard.caption') : undefined}
      >
        {card.rows.length === 0 ? (
          <p className="muted">{t('results.scorecard.none')}</p>
        ) : (
          <div className="table-wrap table-wrap--auto">
            <table className="data-table scorecard" data-testid="scorecard">
              <thead>
                <tr>
                  <th scope="col" className="scorecard__target sticky-col">
                    {t('results.scorecard.target')}
                  </th>
                  <th scope="col" className="scorecard__overall">
                    {t('results.scorecard.overall')}
                  </th>
                  {card.years.map((y) => (
                    <th scope="col" key={y} className="year">
                      {formatYear(y, locale)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {card.rows.map((row) => {
                  const unit = indicatorUnit(row.indicator);
                  return (
                    <tr key={row.id}>
                      <th scope="row" className="scorecard__target sticky-col wrap">
                        {row.name}
                        <span className="sub">
                          {t('results.axis.withUnit', { name: indicatorName(row.indicator, t), unit: unitLabel(unit, t) })}
                        </span>
                      </th>
                      <td className="scorecard__overall">
                        <span className={`status status--${row.pass ? 'pass' : 'fail'}`}>
                          {row.pass ? `✓ ${t('results.scorecard.met')}` : `✗ ${t('results.scorecard.missed')}`}
                        </span>
                        {row.firstFailingYear !== null && (
                          <span className="sub">
                            {t('results.scorecard.firstMiss', { year: formatYear(row.firstFailingYear, locale) })}
                          </span>
                        )}
                      </td>
                      {row.cells.map((c, i) =>
                        c === null ? (
                          <td key={card.years[i]} className="cell cell--none" title={t('results.scorecard.notChecked')}>
                            ·
                          </td>
                        ) : (
                          <td
                            key={c.year}
                            className={`cell ${c.pass ? 'cell--pass' : 'cell--fail'}`}
                            title={cellTitle(row.name, unit, c)}
                            aria-label={t('results.scorecard.cellLabel', {
                              target: row.name,
                              year: formatYear(c.year, locale),
                              status: c.pass ? t('results.scorecard.met') : t('results.scorecard.missed'),
                            })}
                          >
                            {c.pass ? '✓' : '✗'}
                          </td>
                        ),
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </ChartCard>

      <ChartCard
        title={`${t('results.indicators.title')} · ${t(`results.method.${method}`)}`}
        controls={<MethodSwitch value={method} onChange={onMethod} />}
        note={t('results.method.note')}
        testId="indicators-card"
      >
        <div className="table-wrap table-wrap--auto">
          <table className="data-table" data-testid="key-indicators">
            <thead>
              <tr>
                <th scope="col">{t('results.indicators.indicator')}</th>
                {years.map((y) => (
                  <th scope="col" className="num" key={y}>
                    {formatYear(y, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="wrap">
                    {t(`results.indicators.${r.id}`)}
                    <span className="sub">{unitLabel(r.unit, t)}</span>
                  </th>
                  {r.values.map((v, i) => (
                    <td className="num" key={years[i]}>
                      {formatIndicator(v, r.unit, locale, t)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ChartCard>
    </>
  );
}
