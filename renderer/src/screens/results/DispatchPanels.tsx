import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../../core/engine/result-schema.ts';
import { toWan } from '../../charts/cost-options.ts';
import { formatYear } from '../../charts/format.ts';
import { formatNumber, formatPercent } from '../../format/numbers.ts';
import { shapeDispatchTable, STORAGE_RULE_IDS, type DispatchRow } from '../../results/dispatch.ts';
import { dispatchSentence } from '../../results/warning-text.ts';
import { milestoneYears } from '../../results/scorecard.ts';
import { ChartCard, useChartContext } from './ChartCard.tsx';

/** The hourly dispatch's figures per milestone year (base year, every fifth year, horizon). */
export function DispatchTablePanel({ result }: { result: ScenarioResult }) {
  const { t } = useTranslation();
  const { locale } = useChartContext();
  const table = useMemo(() => shapeDispatchTable(result, milestoneYears(result.years.map((y) => y.year))), [result]);
  const annual = result.dispatch.method === 'annual';

  const label = (r: DispatchRow) =>
    r.period === null
      ? t(`results.dispatch.row.${r.id as Exclude<DispatchRow['id'], `import_${string}`>}`)
      : t(r.id.startsWith('import_cost_') ? 'results.dispatch.row.import_cost_period' : 'results.dispatch.row.import_period', {
          period: t(`results.dispatch.period.${r.period}`),
        });
  const cell = (r: DispatchRow, v: number | null) => {
    if (v === null) return '–';
    switch (r.unit) {
      case 'cny':
        return formatNumber(toWan(v), locale, 0);
      case 'share':
        return formatPercent(v, locale);
      case 'cycles':
        return formatNumber(v, locale, 1);
      case 'rule': {
        const rule = STORAGE_RULE_IDS[v];
        return rule === undefined ? '–' : t(`results.dispatch.rule.${rule}`);
      }
      default:
        return formatNumber(v, locale, 0);
    }
  };

  return (
    <ChartCard
      title={t('results.dispatch.title')}
      testId="dispatch-card"
      note={annual ? `${t('results.dispatch.note')} ${t('results.dispatch.annualNote')}` : t('results.dispatch.note')}
    >
      <div className="table-wrap table-wrap--auto">
        <table className="data-table" data-testid="dispatch-table">
          <thead>
            <tr>
              <th scope="col">{t('results.dispatch.figure')}</th>
              {table.years.map((y) => (
                <th scope="col" className="num" key={y}>
                  {formatYear(y, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.id} data-testid={`dispatch-${r.id}`}>
                <th scope="row" className="wrap">
                  {label(r)}
                  <span className="sub">{t(`results.dispatch.unitName.${r.unit}`)}</span>
                </th>
                {r.values.map((v, i) => (
                  <td className="num" key={table.years[i]}>
                    {cell(r, v)}
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

/**
 * How the scenario's electricity was balanced (engine's `dispatch`): method, tariff, export
 * limit, demand charge and climate, in a line above the tabs; the engine's own sentences
 * (rule, tariff periods and their sources), in the reader's language, behind "Method and sources".
 */
function DispatchNoteView({ result }: { result: ScenarioResult }) {
  const { t } = useTranslation();
  const { locale } = useChartContext();
  const d = result.dispatch;
  const sentences = useMemo(() => d.sentences.map((s) => dispatchSentence(s, locale).text), [d.sentences, locale]);
  const hourly = d.method === 'hourly';
  // The annual netting prices every MWh at the flat price, whatever the setting says.
  const tariff = hourly ? result.settings.electricity_tariff : 'flat';
  const limit =
    d.export_limit_kw === null
      ? t('results.dispatchNote.exportNoLimit')
      : d.export_limit_kw === 0
        ? t('results.dispatchNote.exportNone')
        : `${formatNumber(d.export_limit_kw, locale)} ${t('results.dispatch.unitName.kw')}`;
  const demand = hourly ? result.settings.demand_charge_cny_per_kw_month : 0;
  const items: { id: string; label: string; value: string }[] = [
    { id: 'method', label: t('results.dispatchNote.label'), value: t(`results.dispatchNote.method_${d.method}`) },
    { id: 'tariff', label: t('results.dispatchNote.tariff'), value: t(`results.dispatchNote.tariff_${tariff}`) },
    { id: 'export-limit', label: t('results.dispatchNote.exportLimit'), value: limit },
  ];
  if (demand > 0)
    items.push({
      id: 'demand-charge',
      label: t('results.dispatchNote.demandCharge'),
      value: `${formatNumber(demand, locale)} ${t('units.cnyPerKwMonth')}`,
    });
  const strategy = result.settings.storage_strategy;
  if (hourly && strategy !== 'load_following')
    items.push({
      id: 'storage-strategy',
      label: t('results.dispatchNote.storageStrategy'),
      value: t(`results.dispatchNote.strategy_${strategy}`),
    });
  items.push({
    id: 'climate',
    label: t('results.dispatchNote.climate'),
    // The name only: the source is long, so it sits in the details (a climate note repeats it).
    value:
      d.climate_name === null
        ? t('results.dispatchNote.climateNone')
        : locale.startsWith('zh')
          ? d.climate_name.zh
          : d.climate_name.en,
  });

  return (
    <section className="dispatch-note" data-testid="dispatch-note" aria-label={t('results.dispatchNote.label')}>
      <dl className="dispatch-note__list">
        {items.map((i) => (
          <div className="dispatch-note__item" key={i.id} data-testid={`dispatch-note-${i.id}`}>
            <dt>{i.label}</dt>
            <dd>{i.value}</dd>
          </div>
        ))}
      </dl>
      <details className="dispatch-note__details">
        <summary>{t('results.dispatchNote.details')}</summary>
        {sentences.map((text, i) => (
          <p key={i}>{text}</p>
        ))}
      </details>
    </section>
  );
}

/**
 * Memoised: the Results screen renders again on every edit (the plan and the revision change)
 * before the new result arrives; this part then has nothing new to show.
 */
export const DispatchNote = memo(DispatchNoteView);
