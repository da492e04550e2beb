import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../../core/engine/result-schema.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { formatYear } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { indicatorUnit } from '../../results/scorecard.ts';
import { useLiveResults } from '../../results/use-live-results.ts';
import { formatIndicatorDelta, unitLabel } from '../results/indicator-format.ts';
import { useLocalName } from '../../i18n/use-local-name.ts';

type TargetSummary = ScenarioResult['targets'][number];

export interface TargetChecks {
  /** The scenario checked (UI state only, never in the undo history); undefined without scenarios. */
  scenarioId: string | undefined;
  pick: (id: string) => void;
  /** Null while the checked scenario's results are computing. */
  byTarget: Map<string, TargetSummary> | null;
}

/** The engine's verdict on every target for one scenario, rerun live after each edit. */
export function useTargetChecks(plan: Plan): TargetChecks {
  const [picked, setPicked] = useState<string>(() => plan.scenarios.at(-1)?.id ?? '');
  const scenario = plan.scenarios.find((s) => s.id === picked) ?? plan.scenarios.at(-1);
  const live = useLiveResults(scenario === undefined ? [] : [scenario.id], {
    mac: false,
    enabled: plan.targets.length > 0,
  });
  const result = live.results?.[0];
  // Right after a switch the last answer may still be the previous scenario's.
  const current = result !== undefined && result.scenario_id === scenario?.id ? result : null;
  return {
    scenarioId: scenario?.id,
    pick: setPicked,
    byTarget: current === null ? null : new Map(current.targets.map((x) => [x.id, x])),
  };
}

export function TargetCheckPicker({ plan, checks }: { plan: Plan; checks: TargetChecks }) {
  const ln = useLocalName();
  const { t } = useTranslation();
  if (plan.scenarios.length === 0 || plan.targets.length === 0) return null;
  return (
    <label className="results-picker target-check-picker">
      {t('results.targetCheck.scenario')}
      <select
        className="input"
        data-testid="target-check-scenario"
        value={checks.scenarioId ?? ''}
        onChange={(e) => checks.pick(e.target.value)}
      >
        {plan.scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {ln(s)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Met or missed in the checked scenario, the first missed year and the worst margin with its unit. */
export function TargetCheckBadge({ checks, targetId }: { checks: TargetChecks; targetId: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  if (checks.byTarget === null)
    return (
      <span className="badge badge--muted" data-testid="target-check">
        {t('results.targetCheck.computing')}
      </span>
    );
  const s = checks.byTarget.get(targetId);
  // A target added a moment ago: its check arrives with the next run.
  if (s === undefined) return null;
  const unit = indicatorUnit(s.indicator);
  const margin =
    s.worst_margin === null
      ? null
      : unit === 'share'
        ? formatIndicatorDelta(s.worst_margin, unit, locale)
        : `${formatIndicatorDelta(s.worst_margin, unit, locale)} ${unitLabel(unit, t)}`;
  return (
    <span className="target-check" data-testid="target-check" data-pass={s.pass}>
      <span className={s.pass ? 'badge target-check__met' : 'badge target-check__missed'}>
        {s.pass
          ? t('results.targetCheck.met', { count: s.years_checked })
          : t('results.targetCheck.missed', {
              year: s.first_failing_year === null ? '–' : formatYear(s.first_failing_year, locale),
            })}
      </span>
      {margin !== null && (
        <span className="muted small" data-testid="target-check-margin">
          {t('results.targetCheck.worstMargin', { margin })}
        </span>
      )}
    </span>
  );
}
