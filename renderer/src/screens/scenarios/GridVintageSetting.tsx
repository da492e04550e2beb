import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import type { Scenario } from '../../../../core/model/scenario.ts';
import { CommitField } from '../../forms/CommitField.tsx';
import { parseInteger } from '../../forms/parse.ts';
import type { GroupRenderer } from './DispatchSettings.tsx';
import { effectiveSetting, setSetting } from './settings-origin.ts';

interface Props {
  plan: Plan;
  scenario: Scenario;
  readOnly: boolean;
  group: GroupRenderer;
  editLabel: (field: string) => string;
}

/**
 * Which published grid factors the scenario reads: every published year (blank, the default)
 * or those up to a pinned year ("use the 2022 published factors"). The base year always takes
 * the latest published value it may read; the decline runs after it (core/engine/README.md).
 */
export function GridVintageSetting({ plan, scenario, readOnly, group, editLabel }: Props) {
  const { t } = useTranslation();
  const id = scenario.id;
  const vintage = effectiveSetting(plan, id, 'grid_factor_vintage_year').value;
  const title = t('scenarios.settings.vintage');
  const shown =
    vintage === null ? t('scenarios.settings.vintageLatest') : t('scenarios.settings.vintagePinned', { year: vintage });
  const help = <p className="field__hint">{t('scenarios.settings.vintageHelp')}</p>;
  if (readOnly)
    return group(
      'grid_factor_vintage_year',
      title,
      <>
        <p data-testid="grid-vintage-value">{shown}</p>
        {help}
      </>,
    );
  return group(
    'grid_factor_vintage_year',
    title,
    <>
      <CommitField
        key={`${id}-vintage`}
        label={title}
        value={vintage === null ? '' : String(vintage)}
        numeric
        commitLabel={editLabel(title)}
        testId="grid-vintage-input"
        hideLabel
        parse={(raw) => {
          if (raw.trim() === '') return { ok: true, apply: (d) => setSetting(d, id, 'grid_factor_vintage_year', null) };
          const y = parseInteger(raw);
          if (y === null || y < 1990 || y > 2100) return { ok: false, message: t('forms.yearRange', { min: 1990, max: 2100 }) };
          return { ok: true, apply: (d) => setSetting(d, id, 'grid_factor_vintage_year', y) };
        }}
      />
      {help}
    </>,
  );
}
