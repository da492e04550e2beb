import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../../core/engine/result-schema.ts';
import type { EnergyMethod } from '../../../../core/model/targets.ts';
import { EChart } from '../../charts/EChart.tsx';
import { energyFlowOption, energyMixOption } from '../../charts/energy-options.ts';
import { formatYear } from '../../charts/format.ts';
import { shapeEnergyFlow, shapeEnergyMix } from '../../results/energy.ts';
import { ChartCard, EmptyChart, MethodSwitch, useChartContext } from './ChartCard.tsx';

interface PanelProps {
  result: ScenarioResult;
  revision: number | null;
  method: EnergyMethod;
  onMethod: (m: EnergyMethod) => void;
}

export function EnergyPanel({ result, revision, method, onMethod }: PanelProps) {
  const { t } = useTranslation();
  const ctx = useChartContext();
  const mix = useMemo(() => shapeEnergyMix(result, method), [result, method]);
  const option = useMemo(() => energyMixOption(mix, ctx), [mix, ctx]);
  const title = `${t('results.energy.title')} · ${t(`results.method.${method}`)}`;
  return (
    <ChartCard
      title={title}
      controls={<MethodSwitch value={method} onChange={onMethod} />}
      note={t('results.method.note')}
      testId="energy-card"
    >
      {mix.years.length === 0 || mix.carriers.length === 0 ? (
        <EmptyChart message={t('results.noData')} />
      ) : (
        <EChart
          option={option}
          revision={revision}
          label={title}
          height={400}
          testId="chart-energy"
          summary={{ 'first-year': mix.years[0]!, 'last-year': mix.years.at(-1)!, method, series: mix.carriers.length }}
        />
      )}
    </ChartCard>
  );
}

export function FlowPanel({ result, revision, method, onMethod }: PanelProps) {
  const { t } = useTranslation();
  const ctx = useChartContext();
  const years = result.years.map((y) => y.year);
  // Default: 2030 when on the pathway, else the last year.
  const [year, setYear] = useState<number>(() => (years.includes(2030) ? 2030 : (years.at(-1) ?? 0)));
  const yr = result.years.find((y) => y.year === year) ?? result.years.at(-1);
  const flow = useMemo(() => (yr === undefined ? null : shapeEnergyFlow(yr, method)), [yr, method]);
  const option = useMemo(() => (flow === null ? null : energyFlowOption(flow, ctx)), [flow, ctx]);
  const title = `${t('results.flow.title', { year: formatYear(yr?.year ?? year, ctx.locale) })} · ${t(`results.method.${method}`)}`;
  return (
    <ChartCard
      title={title}
      testId="flow-card"
      controls={
        <>
          <label className="results-picker">
            {t('results.flow.year')}
            <select className="input" value={yr?.year ?? year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {formatYear(y, ctx.locale)}
                </option>
              ))}
            </select>
          </label>
          <MethodSwitch value={method} onChange={onMethod} />
        </>
      }
      note={t('results.flow.note')}
    >
      {flow === null || option === null || flow.links.length === 0 ? (
        <EmptyChart message={t('results.noData')} />
      ) : (
        <EChart
          option={option}
          revision={revision}
          label={title}
          height={500}
          testId="chart-flow"
          summary={{ year: flow.year, links: flow.links.length }}
        />
      )}
    </ChartCard>
  );
}
