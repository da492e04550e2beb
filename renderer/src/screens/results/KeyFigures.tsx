import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../../core/engine/result-schema.ts';
import { formatNumber, formatYear } from '../../charts/format.ts';
import { useChartContext } from './ChartCard.tsx';
import { netEmissionsPeak } from '../../results/emissions.ts';

/** The handful of numbers a planner looks at first; read by the e2e test as text. */
function KeyFiguresView({ result }: { result: ScenarioResult }) {
  const { t } = useTranslation();
  const { locale } = useChartContext();
  const first = result.years[0];
  const last = result.years.at(-1);
  const y2030 = result.years.find((y) => y.year === 2030);
  const passed = result.targets.filter((x) => x.pass).length;
  const tco2 = t('results.unit.tco2');
  const items: { id: string; label: string; value: string; unit?: string }[] = [];
  if (first !== undefined)
    items.push({
      id: 'net-base',
      label: t('results.figures.netIn', { year: formatYear(first.year, locale) }),
      value: formatNumber(first.emissions.net_tco2, locale, 0),
      unit: tco2,
    });
  if (y2030 !== undefined && y2030 !== first && y2030 !== last)
    items.push({
      id: 'net-2030',
      label: t('results.figures.netIn', { year: formatYear(2030, locale) }),
      value: formatNumber(y2030.emissions.net_tco2, locale, 0),
      unit: tco2,
    });
  if (last !== undefined)
    items.push({
      id: 'net-horizon',
      label: t('results.figures.netIn', { year: formatYear(last.year, locale) }),
      value: formatNumber(last.emissions.net_tco2, locale, 0),
      unit: tco2,
    });
  if (first !== undefined && last !== undefined)
    items.push({
      id: 'cumulative',
      label: t('results.figures.cumulative', { from: formatYear(first.year, locale), to: formatYear(last.year, locale) }),
      value: formatNumber(result.summary.cumulative_net_emissions_tco2, locale, 0),
      unit: tco2,
    });
  const peak = netEmissionsPeak(result);
  items.push({
    id: 'peak-year',
    label: t('results.figures.peakYear'),
    value: peak.peaked
      ? formatYear(peak.year, locale)
      : t('results.figures.notPeakedBy', { year: formatYear(peak.year, locale) }),
  });
  items.push({
    id: 'npv',
    label: t('results.figures.npv'),
    value: formatNumber(result.summary.npv_total_cost_cny / 1e4, locale, 0),
    unit: t('results.unit.cny10k'),
  });
  items.push({
    id: 'targets',
    label: t('results.figures.targets'),
    value:
      result.targets.length === 0
        ? t('results.figures.noTargets')
        : t('results.figures.targetsOf', { passed, total: result.targets.length }),
  });
  return (
    <dl className="figures" aria-label={t('results.figures.label')} data-testid="results-figures">
      {items.map((it) => (
        <div className="figure" key={it.id} data-testid={`figure-${it.id}`}>
          <dt>{it.label}</dt>
          <dd>
            {it.value}
            {it.unit !== undefined && <span className="figure__unit">{it.unit}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Memoised: the Results screen renders again on every edit (the plan and the revision change)
 * before the new result arrives; this part then has nothing new to show.
 */
export const KeyFigures = memo(KeyFiguresView);
