import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { ScenarioSettings, type Scenario } from '../../../../core/model/scenario.ts';
import { useStore } from '../../app/context.tsx';
import { CommitField, SelectCommitField } from '../../forms/CommitField.tsx';
import { boundsOf } from '../../forms/bounds.ts';
import { numberParser } from '../../forms/number-field.ts';
import { formatNumber } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { effectiveSetting, setSetting, type SettingKey } from './settings-origin.ts';
import { StorageStrategySettings } from './StorageStrategySettings.tsx';
import { TouTableSetting } from './TouTableSetting.tsx';

/** Renders one assumption with its origin badge and "use inherited" (ScenarioSettingsEditor's group). */
export type GroupRenderer = (setting: SettingKey, title: string, children: ReactNode) => ReactNode;

export const TARIFFS = ScenarioSettings.shape.electricity_tariff.options;

interface Props {
  plan: Plan;
  scenario: Scenario;
  readOnly: boolean;
  group: GroupRenderer;
  editLabel: (field: string) => string;
}

/**
 * The hourly dispatch's assumptions: export limit (null = no limit), tariff (and its TOU
 * table), demand charge, storage strategy.
 * Each change is one commit, so one undo step; limits come from the scenario schema.
 */
export function DispatchSettings({ plan, scenario, readOnly, group, editLabel }: Props) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const locale = currentLocale(i18n.language);
  const id = scenario.id;
  const exportLimit = effectiveSetting(plan, id, 'export_limit_kw');
  const tariff = effectiveSetting(plan, id, 'electricity_tariff');
  const demand = effectiveSetting(plan, id, 'demand_charge_cny_per_kw_month');
  const limitTitle = t('scenarios.settings.exportLimit');
  const tariffTitle = t('scenarios.settings.tariff');
  const demandTitle = t('scenarios.settings.demandCharge');
  const outOfRange = (min: string, max: string) => t('park.editor.numberRange', { min, max });
  const limitText = (kw: number | null) =>
    kw === null
      ? t('scenarios.settings.exportNoLimit')
      : kw === 0
        ? t('scenarios.settings.exportNone')
        : `${formatNumber(kw, locale)} ${t('units.kw')}`;
  const limitHelp = <p className="field__hint">{t('scenarios.settings.exportLimitHelp')}</p>;
  const tariffHelp = <p className="field__hint">{t(`scenarios.settings.tariffHelp_${tariff.value}`)}</p>;

  const more = { plan, scenario, readOnly, group, editLabel };
  const touTable = tariff.value === 'tou' ? <TouTableSetting {...more} /> : null;
  const strategy = <StorageStrategySettings {...more} />;

  if (readOnly)
    return (
      <>
        {group(
          'export_limit_kw',
          limitTitle,
          <>
            <p data-testid="export-limit-value">{limitText(exportLimit.value)}</p>
            {limitHelp}
          </>,
        )}
        {group(
          'electricity_tariff',
          tariffTitle,
          <>
            <p>{t(`scenarios.settings.tariff_${tariff.value}`)}</p>
            {tariffHelp}
          </>,
        )}
        {group(
          'demand_charge_cny_per_kw_month',
          demandTitle,
          <p>
            {formatNumber(demand.value, locale)} {t('units.cnyPerKwMonth')}
          </p>,
        )}
        {touTable}
        {strategy}
      </>
    );

  const limitKw = exportLimit.value;
  return (
    <>
      {group(
        'export_limit_kw',
        limitTitle,
        <>
          <label className="check">
            <input
              type="checkbox"
              checked={limitKw === null}
              data-testid="export-no-limit"
              onChange={(e) =>
                // Unticking goes back to the default rule, no export (0 kW), not to an old value.
                store.commit((d) => setSetting(d, id, 'export_limit_kw', e.target.checked ? null : 0), {
                  label: editLabel(limitTitle),
                })
              }
            />
            {t('scenarios.settings.exportNoLimitCheck')}
          </label>
          {limitKw === null ? (
            <p className="muted" data-testid="export-limit-value">
              {t('scenarios.settings.exportNoLimit')}
            </p>
          ) : (
            <CommitField
              key={`${id}-export-limit`}
              label={limitTitle}
              value={formatNumber(limitKw, locale, 10)}
              numeric
              suffix={t('units.kw')}
              commitLabel={editLabel(limitTitle)}
              testId="export-limit-input"
              hideLabel
              parse={numberParser({
                bounds: boundsOf(ScenarioSettings.shape.export_limit_kw),
                notANumber: t('forms.notANumber'),
                outOfRange,
                apply: (d, v) => setSetting(d, id, 'export_limit_kw', v),
              })}
            />
          )}
          {limitHelp}
        </>,
      )}

      {group(
        'electricity_tariff',
        tariffTitle,
        <>
          <SelectCommitField
            label={tariffTitle}
            value={tariff.value}
            options={TARIFFS.map((k) => ({ value: k, label: t(`scenarios.settings.tariff_${k}`) }))}
            commitLabel={editLabel(tariffTitle)}
            apply={(d, v) => setSetting(d, id, 'electricity_tariff', v)}
            testId="tariff-select"
            hideLabel
          />
          {tariffHelp}
        </>,
      )}

      {group(
        'demand_charge_cny_per_kw_month',
        demandTitle,
        <>
          <CommitField
            key={`${id}-demand-charge`}
            label={demandTitle}
            value={formatNumber(demand.value, locale, 10)}
            numeric
            suffix={t('units.cnyPerKwMonth')}
            commitLabel={editLabel(demandTitle)}
            testId="demand-charge-input"
            hideLabel
            parse={numberParser({
              bounds: boundsOf(ScenarioSettings.shape.demand_charge_cny_per_kw_month),
              notANumber: t('forms.notANumber'),
              outOfRange,
              apply: (d, v) => setSetting(d, id, 'demand_charge_cny_per_kw_month', v),
            })}
          />
          <p className="field__hint">{t('scenarios.settings.demandChargeHelp')}</p>
        </>,
      )}
      {touTable}
      {strategy}
    </>
  );
}
