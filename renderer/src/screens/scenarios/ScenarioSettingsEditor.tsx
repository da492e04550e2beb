import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { GRID_FACTOR_SCOPES, ScenarioSettings, type Scenario } from '../../../../core/model/scenario.ts';
import { useStore } from '../../app/context.tsx';
import { CommitField, SelectCommitField } from '../../forms/CommitField.tsx';
import { boundsOf } from '../../forms/bounds.ts';
import { numberParser, toDisplay } from '../../forms/number-field.ts';
import { formatNumber, formatPercent } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { nameLang } from '../../i18n/use-local-name.ts';
import { provinceText } from '../../../../core/text/places.ts';
import { DispatchSettings } from './DispatchSettings.tsx';
import { GridVintageSetting } from './GridVintageSetting.tsx';
import { HydrogenSaleSetting } from './HydrogenSaleSetting.tsx';
import { OutputGrowthSetting } from './OutputGrowthSetting.tsx';
import { YearPathEditor } from './YearPathEditor.tsx';
import { effectiveSetting, resetSetting, setSetting, type SettingKey, type SettingOrigin } from './settings-origin.ts';
import { useLocalName } from '../../i18n/use-local-name.ts';

type PriceKey = keyof ScenarioSettings['energy_prices'];
type UnitKey = 'cnyPerT' | 'cnyPer10kNm3' | 'cnyPerMwh' | 'cnyPerGj';

/** Energy prices in the order and with the units planners read them (CNY per physical unit). */
const PRICES: {
  key: PriceKey;
  carrier:
    'coal' | 'coke' | 'natural_gas' | 'diesel' | 'gasoline' | 'fuel_oil' | 'lpg' | 'electricity' | 'heat' | 'hydrogen' | null;
  unit: UnitKey;
}[] = [
  { key: 'electricity_cny_per_mwh', carrier: 'electricity', unit: 'cnyPerMwh' },
  { key: 'electricity_export_cny_per_mwh', carrier: null, unit: 'cnyPerMwh' },
  { key: 'coal_cny_per_t', carrier: 'coal', unit: 'cnyPerT' },
  { key: 'coke_cny_per_t', carrier: 'coke', unit: 'cnyPerT' },
  { key: 'natural_gas_cny_per_10k_nm3', carrier: 'natural_gas', unit: 'cnyPer10kNm3' },
  { key: 'diesel_cny_per_t', carrier: 'diesel', unit: 'cnyPerT' },
  { key: 'gasoline_cny_per_t', carrier: 'gasoline', unit: 'cnyPerT' },
  { key: 'fuel_oil_cny_per_t', carrier: 'fuel_oil', unit: 'cnyPerT' },
  { key: 'lpg_cny_per_t', carrier: 'lpg', unit: 'cnyPerT' },
  { key: 'heat_cny_per_gj', carrier: 'heat', unit: 'cnyPerGj' },
  { key: 'hydrogen_cny_per_t', carrier: 'hydrogen', unit: 'cnyPerT' },
];

// Carbon prices are money per tonne: never negative; the schema's generic path bound is far wider.
const CARBON_PRICE_MAX = 100_000;

interface Props {
  plan: Plan;
  scenario: Scenario;
  readOnly: boolean;
}

/** The scenario's assumptions, each showing where its value comes from, editable in place. */
export function ScenarioSettingsEditor({ plan, scenario, readOnly }: Props) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const locale = currentLocale(i18n.language);
  const ln = useLocalName();
  const names = new Map(plan.scenarios.map((s) => [s.id, ln(s)]));
  const id = scenario.id;
  const editLabel = (field: string) => t('scenarios.editLabel', { name: ln(scenario), field });

  const originText = (o: SettingOrigin) =>
    o.kind === 'here'
      ? t('scenarios.settings.originHere')
      : o.kind === 'default'
        ? t('scenarios.settings.originDefault')
        : t('scenarios.settings.originInherited', { name: names.get(o.scenarioId) ?? o.scenarioId });

  const group = (setting: SettingKey, title: string, children: ReactNode) => {
    const { origin } = effectiveSetting(plan, id, setting);
    return (
      <SettingsGroup
        key={setting}
        testId={`setting-${setting}`}
        title={title}
        origin={originText(origin)}
        isHere={origin.kind === 'here'}
        resetText={scenario.parent_id === null ? t('scenarios.settings.resetToDefault') : t('scenarios.settings.reset')}
        onReset={
          readOnly
            ? null
            : () =>
                store.commit((d) => resetSetting(d, id, setting), {
                  label: t('scenarios.settings.resetLabel', { name: ln(scenario), field: title }),
                })
        }
      >
        {children}
      </SettingsGroup>
    );
  };

  const scope = effectiveSetting(plan, id, 'grid_factor_scope');
  const scopeLabel = (s: (typeof GRID_FACTOR_SCOPES)[number]) =>
    t(`scenarios.settings.scope_${s}`, {
      region: t(`gridRegion.${plan.park.grid_region}`),
      province: provinceText(plan.park.province, nameLang(i18n.language)),
    });
  const decline = effectiveSetting(plan, id, 'grid_factor_decline_rate');
  const carbon = effectiveSetting(plan, id, 'carbon_price_cny_per_t');
  const prices = effectiveSetting(plan, id, 'energy_prices');

  if (readOnly) {
    return (
      <div className="settings">
        <OutputGrowthSetting plan={plan} scenario={scenario} readOnly group={group} editLabel={editLabel} />
        {group(
          'grid_factor_scope',
          t('scenarios.settings.gridScope'),
          <>
            <p>{scopeLabel(scope.value)}</p>
          </>,
        )}
        {group(
          'grid_factor_decline_rate',
          t('scenarios.settings.decline'),
          <>
            <p className="num-left">
              {formatPercent(decline.value, locale)} {t('units.percentPerYear').replace('%', '').trim()}
            </p>
          </>,
        )}
        <GridVintageSetting plan={plan} scenario={scenario} readOnly group={group} editLabel={editLabel} />
        {group(
          'carbon_price_cny_per_t',
          t('scenarios.settings.carbonPrice'),
          <>
            <p>
              {carbon.value.map((p) => `${p.year}: ${formatNumber(p.value, locale)}`).join(' · ')} {t('units.cnyPerTco2')}
            </p>
          </>,
        )}
        {group(
          'energy_prices',
          t('scenarios.settings.energyPrices'),
          <>
            <dl className="facts">
              {PRICES.map((p) => (
                <div className="facts__item" key={p.key}>
                  <dt>{p.carrier === null ? t('scenarios.settings.exportPrice') : t(`carrier.${p.carrier}`)}</dt>
                  <dd>
                    {formatNumber(prices.value[p.key], locale)} {t(`units.${p.unit}`)}
                  </dd>
                </div>
              ))}
            </dl>
          </>,
        )}
        <DispatchSettings plan={plan} scenario={scenario} readOnly group={group} editLabel={editLabel} />
        <HydrogenSaleSetting plan={plan} scenario={scenario} readOnly group={group} editLabel={editLabel} />
      </div>
    );
  }

  return (
    <div className="settings">
      <OutputGrowthSetting plan={plan} scenario={scenario} readOnly={false} group={group} editLabel={editLabel} />
      {group(
        'grid_factor_scope',
        t('scenarios.settings.gridScope'),
        <>
          <SelectCommitField
            label={t('scenarios.settings.gridScope')}
            value={scope.value}
            options={GRID_FACTOR_SCOPES.map((s) => ({ value: s, label: scopeLabel(s) }))}
            commitLabel={editLabel(t('scenarios.settings.gridScope'))}
            apply={(d, v) => setSetting(d, id, 'grid_factor_scope', v)}
            testId="grid-scope-select"
            hideLabel
          />
        </>,
      )}

      {group(
        'grid_factor_decline_rate',
        t('scenarios.settings.decline'),
        <>
          <CommitField
            key={`${id}-decline`}
            label={t('scenarios.settings.decline')}
            value={toDisplay(decline.value, 100)}
            numeric
            suffix={t('units.percentPerYear')}
            commitLabel={editLabel(t('scenarios.settings.decline'))}
            testId="grid-decline-input"
            hideLabel
            parse={numberParser({
              bounds: boundsOf(ScenarioSettings.shape.grid_factor_decline_rate),
              scale: 100,
              notANumber: t('forms.notANumber'),
              outOfRange: (min, max) => t('park.editor.numberRange', { min, max }),
              apply: (d, v) => setSetting(d, id, 'grid_factor_decline_rate', v),
            })}
          />
        </>,
      )}

      <GridVintageSetting plan={plan} scenario={scenario} readOnly={false} group={group} editLabel={editLabel} />

      {group(
        'carbon_price_cny_per_t',
        t('scenarios.settings.carbonPrice'),
        <>
          <YearPathEditor
            path={carbon.value}
            keyPrefix={id}
            testId="carbon-price-table"
            valueHeader={`${t('scenarios.settings.price')} (${t('units.cnyPerTco2')})`}
            valueLabel={(year) => `${t('scenarios.settings.price')} ${year}`}
            bounds={{ min: 0, max: CARBON_PRICE_MAX }}
            commitLabel={editLabel(t('scenarios.settings.carbonPrice'))}
            write={(d, next) => setSetting(d, id, 'carbon_price_cny_per_t', next)}
          />
        </>,
      )}

      {group(
        'energy_prices',
        t('scenarios.settings.energyPrices'),
        <div className="settings-grid">
          {PRICES.map((p) => {
            const label = p.carrier === null ? t('scenarios.settings.exportPrice') : t(`carrier.${p.carrier}`);
            return (
              <CommitField
                key={`${id}-${p.key}`}
                label={label}
                value={formatNumber(prices.value[p.key], locale, 10)}
                numeric
                suffix={t(`units.${p.unit}`)}
                commitLabel={editLabel(label)}
                testId={`price-${p.key}`}
                parse={numberParser({
                  bounds: boundsOf(ScenarioSettings.shape.energy_prices.shape[p.key]),
                  notANumber: t('forms.notANumber'),
                  outOfRange: (min, max) => t('park.editor.numberRange', { min, max }),
                  // The engine replaces energy_prices whole, so this scenario stores the full set.
                  apply: (d, v) => setSetting(d, id, 'energy_prices', { ...prices.value, [p.key]: v }),
                })}
              />
            );
          })}
        </div>,
      )}

      <DispatchSettings plan={plan} scenario={scenario} readOnly={false} group={group} editLabel={editLabel} />
      <HydrogenSaleSetting plan={plan} scenario={scenario} readOnly={false} group={group} editLabel={editLabel} />
    </div>
  );
}

interface GroupProps {
  testId: string;
  title: string;
  origin: string;
  isHere: boolean;
  resetText: string;
  /** Null when read-only. */
  onReset: (() => void) | null;
  children: ReactNode;
}

/** One assumption: its title, where its value comes from and, when set here, a way back. */
function SettingsGroup({ testId, title, origin, isHere, resetText, onReset, children }: GroupProps) {
  return (
    <fieldset className="settings-group" data-testid={testId}>
      <legend className="settings-group__legend">
        <span className="settings-group__title">{title}</span>
        <span className={isHere ? 'badge badge--info' : 'badge badge--muted'}>{origin}</span>
        {isHere && onReset !== null && (
          <button type="button" className="btn btn--quiet btn--small" onClick={onReset}>
            {resetText}
          </button>
        )}
      </legend>
      {children}
    </fieldset>
  );
}
