import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { EnergyMethod } from '../../../../core/model/targets.ts';
import { useLiveResults } from '../../results/use-live-results.ts';
import { useSelectedScenario } from '../../state/selected-scenario.ts';
import { KeyFigures } from './KeyFigures.tsx';
import { ResultsTabs, type ResultTab } from './ResultsTabs.tsx';
import { PathwayPanel, SourcesPanel } from './EmissionsPanels.tsx';
import { EnergyPanel, FlowPanel } from './EnergyPanels.tsx';
import { HydrogenPanel } from './HydrogenPanel.tsx';
import { IndicatorsPanel } from './IndicatorsPanel.tsx';
import { MacPanel } from './MacPanel.tsx';
import { CostsPanel } from './CostsPanel.tsx';
import { CarbonMarketPanel } from './CarbonMarketPanel.tsx';
import { WarningsPanel } from './WarningsPanel.tsx';
import { HourlyPanel } from './HourlyPanel.tsx';
import { DispatchNote, DispatchTablePanel } from './DispatchPanels.tsx';
import './results.css';
import { useLocalName } from '../../i18n/use-local-name.ts';

/** The run status: quiet while fast, "Computing…" once a run takes longer than SLOW_MS. */
export function RunStatus({ slow }: { slow: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={slow ? 'results-status results-status--busy' : 'results-status'} role="status" data-testid="results-status">
      {slow ? t('results.computing') : ''}
    </span>
  );
}

export function ResultsScreen({ plan }: { plan: Plan }) {
  const ln = useLocalName();
  const { t } = useTranslation();
  // UI state only (never in the undo history): scenario (shared with other screens), tab, energy method.
  const [picked, setPicked] = useSelectedScenario(plan, () => plan.scenarios.at(-1)?.id ?? '');
  const [tab, setTab] = useState<ResultTab>('pathway');
  const [method, setMethod] = useState<EnergyMethod>('equivalent');
  const scenario = plan.scenarios.find((s) => s.id === picked) ?? plan.scenarios.at(-1);
  const live = useLiveResults(scenario === undefined ? [] : [scenario.id], { mac: false });
  const result = live.results?.[0] ?? null;
  const parentId = scenario?.parent_id ?? null;
  const parentScenario = parentId === null ? undefined : plan.scenarios.find((s) => s.id === parentId);
  const parentName = parentId === null ? null : parentScenario === undefined ? parentId : ln(parentScenario);

  return (
    <div className="page">
      <header className="results-head">
        <div className="results-head__title">
          <h1 tabIndex={-1}>{t('results.title')}</h1>
          <p className="page__intro">{t('results.intro')}</p>
        </div>
        <label className="results-picker">
          {t('results.scenario')}
          <select
            className="input"
            data-testid="results-scenario"
            value={scenario?.id ?? ''}
            onChange={(e) => setPicked(e.target.value)}
          >
            {plan.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {ln(s)}
              </option>
            ))}
          </select>
        </label>
        <RunStatus slow={live.slow} />
      </header>

      {scenario === undefined ? null : result === null ? (
        <p className="results-status results-status--busy" role="status">
          {t('results.waiting')}
        </p>
      ) : (
        <>
          <KeyFigures result={result} />
          <DispatchNote result={result} />
          <ResultsTabs
            current={tab}
            onSelect={setTab}
            warnings={result.warnings.filter((w) => w.severity === 'warning').length}
          />
          <div
            className="tab-panel"
            role="tabpanel"
            id={`results-panel-${tab}`}
            aria-labelledby={`results-tab-${tab}`}
            data-revision={live.revision ?? ''}
          >
            {tab === 'pathway' && <PathwayPanel result={result} revision={live.revision} plan={plan} />}
            {tab === 'sources' && <SourcesPanel result={result} revision={live.revision} />}
            {tab === 'energy' && (
              <>
                <EnergyPanel result={result} revision={live.revision} method={method} onMethod={setMethod} />
                <DispatchTablePanel result={result} />
                <HydrogenPanel result={result} />
              </>
            )}
            {tab === 'flow' && <FlowPanel result={result} revision={live.revision} method={method} onMethod={setMethod} />}
            {tab === 'hourly' && <HourlyPanel result={result} />}
            {tab === 'indicators' && <IndicatorsPanel result={result} method={method} onMethod={setMethod} plan={plan} />}
            {tab === 'mac' && <MacPanel plan={plan} scenarioId={scenario.id} />}
            {tab === 'costs' && (
              <>
                <CostsPanel result={result} revision={live.revision} parentName={parentName} />
                <CarbonMarketPanel result={result} />
              </>
            )}
            {tab === 'warnings' && <WarningsPanel result={result} plan={plan} />}
          </div>
        </>
      )}
    </div>
  );
}
