import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../../core/engine/result-schema.ts';
import { EChart } from '../../charts/EChart.tsx';
import { costsOption, toWan } from '../../charts/cost-options.ts';
import { formatNumber, formatSigned } from '../../charts/format.ts';
import { shapeCosts } from '../../results/costs.ts';
import { ChartCard, EmptyChart, useChartContext } from './ChartCard.tsx';

export function CostsPanel({
  result,
  revision,
  parentName,
}: {
  result: ScenarioResult;
  revision: number | null;
  parentName: string | null;
}) {
  const { t } = useTranslation();
  const ctx = useChartContext();
  const { locale } = ctx;
  const stack = useMemo(() => shapeCosts(result), [result]);
  const option = useMemo(() => costsOption(stack, ctx), [stack, ctx]);
  const title = t('results.costs.title');
  const s = result.summary;
  const wan = (v: number) => formatNumber(toWan(v), locale, 0);
  const signedWan = (v: number | null) =>
    v === null ? t('results.costs.notApplicable') : formatSigned(toWan(v), locale, (x) => formatNumber(x, locale, 0));
  const rows: { id: string; label: string; value: string; unit: string }[] = [
    { id: 'npv-total', label: t('results.costs.npvTotal'), value: wan(s.npv_total_cost_cny), unit: t('results.unit.cny10k') },
    {
      id: 'npv-excl-carbon',
      label: t('results.costs.npvExclCarbon'),
      value: wan(s.npv_cost_excl_carbon_cny),
      unit: t('results.unit.cny10k'),
    },
    {
      id: 'npv-vs-parent',
      label: t('results.costs.npvVsParent'),
      value: signedWan(s.npv_cost_vs_parent_cny),
      unit: t('results.unit.cny10k'),
    },
    {
      id: 'npv-vs-parent-excl',
      label: t('results.costs.npvVsParentExclCarbon'),
      value: signedWan(s.npv_cost_vs_parent_excl_carbon_cny),
      unit: t('results.unit.cny10k'),
    },
    {
      id: 'residual-value',
      label: `${t('results.costs.residual')} ${result.years.at(-1)?.year ?? ''}`,
      value: wan(result.years.at(-1)?.costs.residual_value_cny ?? 0),
      unit: t('results.unit.cny10k'),
    },
    {
      id: 'abatement-vs-parent',
      label: t('results.costs.abatementVsParent'),
      value:
        s.cumulative_abatement_vs_parent_tco2 === null
          ? t('results.costs.notApplicable')
          : formatNumber(s.cumulative_abatement_vs_parent_tco2, locale, 0),
      unit: t('results.unit.tco2'),
    },
  ];
  return (
    <>
      <ChartCard title={title} note={t('results.costs.note')} testId="costs-card">
        {stack.years.length === 0 ? (
          <EmptyChart message={t('results.noData')} />
        ) : (
          <EChart
            option={option}
            revision={revision}
            label={title}
            height={400}
            testId="chart-costs"
            summary={{ 'first-year': stack.years[0]!, 'last-year': stack.years.at(-1)! }}
          />
        )}
      </ChartCard>
      <ChartCard
        title={t('results.costs.summary')}
        note={parentName === null ? t('results.rootLabel') : t('results.parentLabel', { name: parentName })}
        testId="npv-card"
      >
        <table className="data-table npv-table" data-testid="npv-table">
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={r.id}>
                <th scope="row" className="wrap">
                  {r.label}
                </th>
                <td className="num">{r.value}</td>
                <td className="muted">{r.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartCard>
    </>
  );
}
