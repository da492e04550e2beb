import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from 'immer';
import { CARRIERS } from '../../../../core/model/carriers.ts';
import { Consumer, LOAD_PROFILES, SECTORS } from '../../../../core/model/park.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { useStore } from '../../app/context.tsx';
import { CommitField, SelectCommitField } from '../../forms/CommitField.tsx';
import { boundsOf } from '../../forms/bounds.ts';
import { numberParser, toDisplay } from '../../forms/number-field.ts';
import { carrierUnitKey } from '../../format/units.ts';
import { formatNumber } from '../../format/numbers.ts';
import { currentLocale } from '../../i18n/index.ts';
import { measuresActingOn } from './consumer-edits.ts';
import { NameFields } from '../../forms/NameFields.tsx';
import { applyNameChanges } from '../../../../core/text/names.ts';
import { CarbonCoverageFields } from './CarbonCoverageFields.tsx';
import { useLocalName } from '../../i18n/use-local-name.ts';

type NumberKey =
  | 'output_value_10k_cny'
  | 'value_added_10k_cny'
  | 'process_emissions_tco2'
  | 'output_growth_rate'
  | 'efficiency_gain_rate'
  | 'roof_area_m2'
  | 'waste_heat_available_gj'
  | 'process_heat_share';

/** Apply a change to the enterprise with this id, wherever it sits in the list now. */
function onConsumer(id: string, change: (c: Draft<Consumer>) => void) {
  return (d: Draft<Plan>) => {
    const c = d.consumers.find((k) => k.id === id);
    if (c !== undefined) change(c);
  };
}

/** Every field of one enterprise; each change is one undoable edit. */
export function ConsumerEditor({ plan, consumer, onClose }: { plan: Plan; consumer: Consumer; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const titleId = useId();
  const locale = currentLocale(i18n.language);
  // Grouped for reading ("620,000"); the parser accepts the grouping back.
  const shown = (value: number, scale = 1) => formatNumber(Number(toDisplay(value, scale)), locale, 10);
  const id = consumer.id;
  const ln = useLocalName();
  const label = (field: string) => t('park.editor.editLabel', { name: ln(consumer), field });

  const numberField = (key: NumberKey, fieldLabel: string, unit: string, scale = 1, testId?: string) => (
    <CommitField
      key={key}
      label={fieldLabel}
      value={shown(consumer[key], scale)}
      numeric
      suffix={unit}
      commitLabel={label(fieldLabel)}
      testId={testId}
      parse={numberParser({
        bounds: boundsOf(Consumer.shape[key]),
        scale,
        notANumber: t('forms.notANumber'),
        outOfRange: (min, max) => t('park.editor.numberRange', { min, max }),
        apply: (d, v) => onConsumer(id, (c) => void (c[key] = v))(d),
      })}
    />
  );

  const refs = measuresActingOn(plan, id, ln);
  const remove = () => {
    const outcome = store.commit(
      (d) => {
        const i = d.consumers.findIndex((k) => k.id === id);
        if (i >= 0) d.consumers.splice(i, 1);
      },
      { label: t('park.editor.removeLabel', { name: ln(consumer) }) },
    );
    if (outcome.ok) onClose();
  };

  return (
    <section className="card editor" aria-labelledby={titleId} data-testid="consumer-editor">
      <div className="editor__head">
        <h2 id={titleId}>{t('park.editor.title')}</h2>
        <button type="button" className="btn btn--quiet" onClick={onClose}>
          {t('park.editor.close')}
        </button>
      </div>

      <fieldset className="editor__group">
        <legend>{t('park.editor.identity')}</legend>
        <NameFields
          entity={consumer}
          primaryLabel={t('park.fields.name')}
          apply={(changes) => onConsumer(id, (c) => applyNameChanges(c, changes))}
          commitLabel={label}
          testId="consumer-name-input"
        />
        <SelectCommitField
          label={t('park.consumers.sector')}
          value={consumer.sector}
          options={SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))}
          commitLabel={label(t('park.consumers.sector'))}
          apply={(d, v) => onConsumer(id, (c) => void (c.sector = v))(d)}
        />
        <SelectCommitField
          label={t('park.consumers.loadProfile')}
          value={consumer.load_profile}
          options={LOAD_PROFILES.map((p) => ({ value: p, label: t(`loadProfile.${p}`) }))}
          commitLabel={label(t('park.consumers.loadProfile'))}
          apply={(d, v) => onConsumer(id, (c) => void (c.load_profile = v))(d)}
        />
      </fieldset>

      <fieldset className="editor__group">
        <legend>{t('park.editor.economy')}</legend>
        {numberField('output_value_10k_cny', t('park.consumers.outputValue'), t('units.cny_10k'))}
        {numberField('value_added_10k_cny', t('park.consumers.valueAdded'), t('units.cny_10k'))}
      </fieldset>

      <fieldset className="editor__group">
        <legend>{t('park.editor.energy')}</legend>
        {CARRIERS.map((carrier) => {
          const fieldLabel = t(`carrier.${carrier.id}`);
          return (
            <CommitField
              key={carrier.id}
              label={fieldLabel}
              value={shown(consumer.energy[carrier.energyKey])}
              numeric
              suffix={t(`units.${carrierUnitKey(carrier.id)}`)}
              commitLabel={label(fieldLabel)}
              testId={`energy-${carrier.id}-input`}
              parse={numberParser({
                bounds: boundsOf(Consumer.shape.energy.shape[carrier.energyKey]),
                notANumber: t('forms.notANumber'),
                outOfRange: (min, max) => t('park.editor.numberRange', { min, max }),
                apply: (d, v) => onConsumer(id, (c) => void (c.energy[carrier.energyKey] = v))(d),
              })}
            />
          );
        })}
        {numberField('process_emissions_tco2', t('park.consumers.processEmissions'), t('units.tco2'))}
      </fieldset>

      <fieldset className="editor__group">
        <legend>{t('park.editor.trends')}</legend>
        {numberField('output_growth_rate', t('park.editor.outputGrowth'), t('units.percentPerYear'), 100)}
        {numberField('efficiency_gain_rate', t('park.editor.efficiencyGain'), t('units.percentPerYear'), 100)}
      </fieldset>

      <fieldset className="editor__group">
        <legend>{t('park.editor.site')}</legend>
        {numberField('roof_area_m2', t('park.editor.roofArea'), t('units.m2'))}
        {numberField('waste_heat_available_gj', t('park.editor.wasteHeat'), t('units.gj'))}
        {numberField('process_heat_share', t('park.editor.processHeatShare'), t('units.percent'), 100)}
      </fieldset>

      <CarbonCoverageFields plan={plan} consumer={consumer} />

      <CommitField
        label={t('park.editor.notes')}
        value={consumer.notes}
        multiline
        commitLabel={label(t('park.editor.notes'))}
        parse={(raw) =>
          raw.length > 20_000
            ? { ok: false, message: t('forms.tooLong', { max: 20_000 }) }
            : { ok: true, apply: onConsumer(id, (c) => void (c.notes = raw)) }
        }
      />

      <div className="editor__danger">
        <button
          type="button"
          className="btn"
          disabled={refs.length > 0}
          aria-describedby={refs.length > 0 ? `${titleId}-blocked` : undefined}
          onClick={remove}
        >
          {t('park.editor.remove')}
        </button>
        {refs.length > 0 && (
          <p className="muted small" id={`${titleId}-blocked`}>
            {t('park.editor.removeBlocked', { list: refs.map((r) => `${r.measureName} (${r.scenarioName})`).join('; ') })}
          </p>
        )}
      </div>
    </section>
  );
}
