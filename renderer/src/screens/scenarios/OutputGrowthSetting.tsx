import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { Rate } from '../../../../core/model/primitives.ts';
import type { Scenario } from '../../../../core/model/scenario.ts';
import { useStore } from '../../app/context.tsx';
import { boundsOf } from '../../forms/bounds.ts';
import { formatNumber } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { GroupRenderer } from './DispatchSettings.tsx';
import { startingGrowthPath } from './growth-path.ts';
import { effectiveSetting, setSetting } from './settings-origin.ts';
import { YearPathEditor } from './YearPathEditor.tsx';

interface Props {
  plan: Plan;
  scenario: Scenario;
  readOnly: boolean;
  group: GroupRenderer;
  editLabel: (field: string) => string;
}

/**
 * Output growth: each enterprise's own constant rate (null, the default) or a park-wide path of
 * yearly rates, shown and typed in % per year. Switching is one commit; so is each path edit.
 */
export function OutputGrowthSetting({ plan, scenario, readOnly, group, editLabel }: Props) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const locale = currentLocale(i18n.language);
  const radioName = useId();
  const id = scenario.id;
  const growth = effectiveSetting(plan, id, 'output_growth_path');
  const title = t('scenarios.settings.growth');
  const path = growth.value;
  const ownCount = plan.consumers.filter((c) => c.output_growth_rate !== 0).length;
  const ownHelp = (
    <p className="field__hint" data-testid="growth-own-help">
      {t('scenarios.settings.growthOwnHelp', { count: ownCount, total: plan.consumers.length })}
    </p>
  );
  const pathHelp = <p className="field__hint">{t('scenarios.settings.growthPathHelp')}</p>;

  if (readOnly)
    return group(
      'output_growth_path',
      title,
      path === null ? (
        <>
          <p>{t('scenarios.settings.growthOwn')}</p>
          {ownHelp}
        </>
      ) : (
        <>
          <p>{t('scenarios.settings.growthPath')}</p>
          <p data-testid="growth-path-value">
            {t('scenarios.settings.growthPathShown', {
              points: path.map((p) => `${p.year}: ${formatNumber(p.value * 100, locale, 2)}`).join(' · '),
            })}
          </p>
          {pathHelp}
        </>
      ),
    );

  const choose = (parkWide: boolean) =>
    store.commit((d) => setSetting(d, id, 'output_growth_path', parkWide ? startingGrowthPath(plan) : null), {
      label: editLabel(title),
    });

  return group(
    'output_growth_path',
    title,
    <>
      <div role="radiogroup" aria-label={t('scenarios.settings.growthModeLabel')} className="settings-choice">
        <label className="check">
          <input
            type="radio"
            name={radioName}
            checked={path === null}
            data-testid="growth-mode-own"
            onChange={() => choose(false)}
          />
          {t('scenarios.settings.growthOwn')}
        </label>
        <label className="check">
          <input
            type="radio"
            name={radioName}
            checked={path !== null}
            data-testid="growth-mode-path"
            onChange={() => choose(true)}
          />
          {t('scenarios.settings.growthPath')}
        </label>
      </div>
      {path === null ? (
        ownHelp
      ) : (
        <>
          <YearPathEditor
            path={path}
            keyPrefix={`${id}-growth`}
            testId="growth-path-table"
            valueHeader={`${t('scenarios.settings.growthRate')} (${t('units.percentPerYear')})`}
            valueLabel={(year) => t('scenarios.settings.growthRateAt', { year })}
            bounds={boundsOf(Rate)}
            scale={100}
            commitLabel={editLabel(title)}
            write={(d, next) => setSetting(d, id, 'output_growth_path', next)}
          />
          {pathHelp}
        </>
      )}
    </>,
  );
}
