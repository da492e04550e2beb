import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { ScenarioSettings, STORAGE_STRATEGY_IDS, type Scenario } from '../../../../core/model/scenario.ts';
import { useStore } from '../../app/context.tsx';
import { CommitField, SelectCommitField } from '../../forms/CommitField.tsx';
import { boundsOf } from '../../forms/bounds.ts';
import { numberParser, toDisplay } from '../../forms/number-field.ts';
import { formatNumber } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { GroupRenderer } from './DispatchSettings.tsx';
import { effectiveSetting, setSetting } from './settings-origin.ts';

interface Props {
  plan: Plan;
  scenario: Scenario;
  readOnly: boolean;
  group: GroupRenderer;
  editLabel: (field: string) => string;
}

type NullableKw = 'storage_grid_import_cap_kw' | 'storage_peak_target_kw';

/**
 * How storage is dispatched (core/dispatch/README.md): the strategy, its grid-import cap and
 * peak-shaving target (null = none / computed), and the stored energy of the first year.
 */
export function StorageStrategySettings({ plan, scenario, readOnly, group, editLabel }: Props) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const locale = currentLocale(i18n.language);
  const id = scenario.id;
  const strategy = effectiveSetting(plan, id, 'storage_strategy');
  const soc = effectiveSetting(plan, id, 'storage_initial_soc');
  const outOfRange = (min: string, max: string) => t('park.editor.numberRange', { min, max });
  const strategyTitle = t('scenarios.settings.storageStrategy');
  const socTitle = t('scenarios.settings.storageInitialSoc');
  const strategyHelp = <p className="field__hint">{t(`scenarios.settings.storageStrategyHelp_${strategy.value}`)}</p>;

  /** A kW field that may be switched off (null): the grid-import cap, the peak-shaving target. */
  const nullableKw = (key: NullableKw) => {
    const title = t(`scenarios.settings.${key === 'storage_grid_import_cap_kw' ? 'storageImportCap' : 'storagePeakTarget'}`);
    const noneText = t(
      `scenarios.settings.${key === 'storage_grid_import_cap_kw' ? 'storageImportCapNone' : 'storagePeakTargetAuto'}`,
    );
    const help = t(
      `scenarios.settings.${key === 'storage_grid_import_cap_kw' ? 'storageImportCapHelp' : 'storagePeakTargetHelp'}`,
    );
    const v = effectiveSetting(plan, id, key).value;
    const shown = v === null ? noneText : `${formatNumber(v, locale)} ${t('units.kw')}`;
    if (readOnly)
      return group(
        key,
        title,
        <>
          <p>{shown}</p>
          <p className="field__hint">{help}</p>
        </>,
      );
    return group(
      key,
      title,
      <>
        <label className="check">
          <input
            type="checkbox"
            checked={v === null}
            data-testid={`${key}-none`}
            onChange={(e) =>
              store.commit((d) => setSetting(d, id, key, e.target.checked ? null : 10_000), { label: editLabel(title) })
            }
          />
          {noneText}
        </label>
        {v !== null && (
          <CommitField
            key={`${id}-${key}`}
            label={title}
            value={formatNumber(v, locale, 10)}
            numeric
            suffix={t('units.kw')}
            commitLabel={editLabel(title)}
            testId={`${key}-input`}
            hideLabel
            parse={numberParser({
              bounds: boundsOf(ScenarioSettings.shape[key]),
              notANumber: t('forms.notANumber'),
              outOfRange,
              apply: (d, x) => setSetting(d, id, key, x),
            })}
          />
        )}
        <p className="field__hint">{help}</p>
      </>,
    );
  };

  return (
    <>
      {group(
        'storage_strategy',
        strategyTitle,
        <>
          {readOnly ? (
            <p data-testid="storage-strategy-value">{t(`scenarios.settings.storageStrategy_${strategy.value}`)}</p>
          ) : (
            <SelectCommitField
              label={strategyTitle}
              value={strategy.value}
              options={STORAGE_STRATEGY_IDS.map((k) => ({ value: k, label: t(`scenarios.settings.storageStrategy_${k}`) }))}
              commitLabel={editLabel(strategyTitle)}
              apply={(d, v) => setSetting(d, id, 'storage_strategy', v)}
              testId="storage-strategy-select"
              hideLabel
            />
          )}
          {strategyHelp}
        </>,
      )}
      {(strategy.value === 'tou_arbitrage' || strategy.value === 'best_bill') && nullableKw('storage_grid_import_cap_kw')}
      {(strategy.value === 'peak_shaving' || strategy.value === 'best_bill') && nullableKw('storage_peak_target_kw')}
      {group(
        'storage_initial_soc',
        socTitle,
        <>
          {readOnly ? (
            <p>{formatNumber(soc.value * 100, locale)}%</p>
          ) : (
            <CommitField
              key={`${id}-initial-soc`}
              label={socTitle}
              value={toDisplay(soc.value, 100)}
              numeric
              suffix="%"
              commitLabel={editLabel(socTitle)}
              testId="storage-initial-soc-input"
              hideLabel
              parse={numberParser({
                bounds: boundsOf(ScenarioSettings.shape.storage_initial_soc),
                scale: 100,
                notANumber: t('forms.notANumber'),
                outOfRange,
                apply: (d, x) => setSetting(d, id, 'storage_initial_soc', x),
              })}
            />
          )}
          <p className="field__hint">{t('scenarios.settings.storageInitialSocHelp')}</p>
        </>,
      )}
    </>
  );
}
