import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../../core/engine/result-schema.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { EChart } from '../../charts/EChart.tsx';
import { pathwayOption, sourceWedgesOption } from '../../charts/emissions-options.ts';
import { shapePathway, shapeSourceWedges } from '../../results/emissions.ts';
import { ChartCard, EmptyChart, useChartContext } from './ChartCard.tsx';
import { useTargetNames } from '../../i18n/use-local-name.ts';

interface PanelProps {
  result: ScenarioResult;
  revision: number | null;
}

export function PathwayPanel({ result, revision, plan }: PanelProps & { plan: Plan }) {
  const { t } = useTranslation();
  const ctx = useChartContext();
  const kinds = useMemo(() => new Map(plan.targets.map((x) => [x.id, x.kind])), [plan.targets]);
  const names = useTargetNames(plan.targets);
  const pathway = useMemo(() => shapePathway(result, kinds, names), [result, kinds, names]);
  const option = useMemo(() => pathwayOption(pathway, ctx), [pathway, ctx]);
  const title = t('results.pathway.title');
  return (
    <ChartCard
      title={title}
      testId="pathway-card"
      note={pathway.targets.length === 0 ? t('results.pathway.noTargets') : t('results.pathway.note')}
    >
      {pathway.years.length === 0 ? (
        <EmptyChart message={t('results.noData')} />
      ) : (
        <EChart
          option={option}
          revision={revision}
          label={title}
          height={400}
          testId="chart-pathway"
          summary={{
            'first-year': pathway.years[0]!,
            'last-year': pathway.years.at(-1)!,
            points: pathway.years.length,
            'net-last': Math.round(pathway.net.at(-1)!),
            marks: pathway.marks.length,
          }}
        />
      )}
    </ChartCard>
  );
}

export function SourcesPanel({ result, revision }: PanelProps) {
  const { t } = useTranslation();
  const ctx = useChartContext();
  const wedges = useMemo(() => shapeSourceWedges(result), [result]);
  const option = useMemo(() => sourceWedgesOption(wedges, ctx), [wedges, ctx]);
  const title = t('results.source.title');
  const empty = wedges.years.length === 0 || wedges.sources.length + wedges.removals.length === 0;
  return (
    <ChartCard title={title} note={t('results.source.note')} testId="sources-card">
      {empty ? (
        <EmptyChart message={t('results.noData')} />
      ) : (
        <EChart
          option={option}
          revision={revision}
          label={title}
          height={400}
          testId="chart-sources"
          summary={{
            'first-year': wedges.years[0]!,
            'last-year': wedges.years.at(-1)!,
            series: wedges.sources.length + wedges.removals.length,
          }}
        />
      )}
    </ChartCard>
  );
}
