import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { OutputSpec } from '../../../../core/uncertainty/outputs.ts';
import type { SweepResult } from '../../../../core/uncertainty/result-schema.ts';
import { useClient } from '../../app/context.tsx';
import { ApiCallError } from '../../api/client.ts';
import { EChart } from '../../charts/EChart.tsx';
import { ChartCard, useChartContext } from '../results/ChartCard.tsx';
import { sweepOption } from './risk-charts.ts';

/** One input across its range (11 engine runs), every other input central: output against input. */
export function RiskSweep(props: {
  plan: Plan;
  projectId: string;
  scenarioId: string;
  output: { spec: OutputSpec; label: string };
  revision: number | null;
}) {
  const { plan, projectId, scenarioId, output, revision } = props;
  const { t } = useTranslation();
  const ctx = useChartContext();
  const client = useClient();
  const inputs = plan.uncertainty?.inputs ?? [];
  const [inputId, setInputId] = useState<string>('');
  const [sweep, setSweep] = useState<SweepResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  const chosen = inputs.find((i) => i.id === inputId) ?? inputs[0];

  const run = async () => {
    if (chosen === undefined) return;
    setBusy(true);
    setError(null);
    try {
      const r = await client.call('uncertainty.sweep', {
        project_id: projectId,
        scenario_id: scenarioId,
        input_id: chosen.id,
        steps: 11,
        output: output.spec,
      });
      setSweep(r.sweep);
    } catch (e) {
      setError(e instanceof ApiCallError ? t(`errors.${e.code}` as 'errors.INTERNAL') : t('errors.INTERNAL'));
    } finally {
      setBusy(false);
    }
  };

  const scale = output.spec.kind === 'npv_total_cost' ? 1e4 : 1;
  return (
    <ChartCard
      title={t('risk.sweep.title')}
      testId="risk-sweep"
      controls={
        <>
          <label className="field__label" htmlFor={selectId}>
            {t('risk.sweep.input')}
          </label>
          <select id={selectId} className="input" value={chosen?.id ?? ''} onChange={(e) => setInputId(e.target.value)}>
            {inputs.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
          <button type="button" className="btn" disabled={chosen === undefined || busy} onClick={() => void run()}>
            {t('risk.sweep.run')}
          </button>
        </>
      }
      note={error ?? (busy ? t('risk.tornado.running', { count: 11 }) : undefined)}
    >
      {sweep !== null && (
        <EChart
          option={sweepOption(sweep, inputs.find((i) => i.id === sweep.input_id)?.name ?? '', output.label, ctx, scale)}
          revision={revision}
          label={t('risk.sweep.title')}
          height={300}
          testId="risk-sweep-chart"
          summary={{ points: sweep.points.length }}
        />
      )}
    </ChartCard>
  );
}
