import { useId, useState, type ReactNode } from 'react';
import { produce, type Draft } from 'immer';
import type { Plan } from '../../../../core/model/plan.ts';
import type { Scenario } from '../../../../core/model/scenario.ts';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/context.tsx';
import { firstIssueLine } from '../../app/plan-issue-words.ts';
import { CommitField, type ParseResult } from '../../forms/CommitField.tsx';
import { toDisplay } from '../../forms/number-field.ts';
import {
  ACTS_ON_CONSUMERS,
  COMMON_FIELDS,
  PARAM_FIELDS,
  unitOf,
  withCapacityUnit,
  type FieldSpec,
  type NumberSpec,
} from './measure-catalog.ts';
import { capacityUnits, type CapacityUnit } from '../../forms/capacity-units.ts';
import { parseFieldValue, problemFromIssue } from './measure-draft.ts';
import { libraryCostHint } from './cost-hint.ts';
import { KIND_TECHNOLOGIES, measureTechnology } from '../../../../core/costs/index.ts';
import {
  checkMeasure,
  deleteMeasure,
  editOwnMeasure,
  fieldValue,
  overridesNaming,
  planProblems,
  resetKeys,
  resetOverride,
  setDisabled,
  setOverride,
  withChanges,
  type Changes,
  type MeasureRow,
} from './measure-edits.ts';
import { ChoiceCommitField, ConsumerPicker, type Attempt } from './MeasureFields.tsx';
import { useMeasureText } from './measure-text.ts';
import { NameFields } from '../../forms/NameFields.tsx';
import { useLocalName } from '../../i18n/use-local-name.ts';

const SHARE_OR_AMOUNT: Record<string, string> = { 'params.share': 'params.amount', 'params.amount': 'params.share' };

/**
 * The fields of one measure in the selected scenario. An own measure is edited in place; an
 * inherited one through this scenario's override, with changed fields marked and a reset that
 * removes the override key. Every change is one undo step and is validated first against the
 * measure schema and the whole plan (so a refused value is explained next to its field).
 */
export function MeasureEditor({
  plan,
  scenario,
  row,
  ownerName,
  onClose,
}: {
  plan: Plan;
  scenario: Scenario;
  row: MeasureRow;
  ownerName: string;
  onClose: () => void;
}) {
  const ln = useLocalName();
  const text = useMeasureText();
  const { t } = text;
  const { i18n } = useTranslation();
  const store = useStore();
  const titleId = useId();
  const [consumerError, setConsumerError] = useState<string | null>(null);
  const [capacityUnit, setCapacityUnit] = useState<Record<string, CapacityUnit>>({});
  const m = row.measure;
  const params = m.params as Record<string, unknown>;
  const editLabel = (field: string) => t('measures.editor.editLabel', { name: ln(m), field, scenario: ln(scenario) });

  const recipeFor = (changes: Changes) =>
    row.own || row.parent === null
      ? editOwnMeasure(scenario.id, m.id, changes)
      : setOverride(scenario.id, m.id, changes, row.parent);

  /** Validate a change against the schema and the whole plan; the message is for the field. */
  const attempt = (changes: Changes, field: string): Attempt => {
    const checked = checkMeasure(withChanges(m, changes));
    if (!checked.ok) {
      const first = checked.issues[0]!;
      return { ok: false, message: text.problem(problemFromIssue(first.path.split('.'), first.message).problem) };
    }
    const start = changes['start_year'];
    if (typeof start === 'number' && start > plan.park.horizon_year)
      return { ok: false, message: text.problem({ code: 'after_horizon', horizon: plan.park.horizon_year }) };
    const recipe = recipeFor(changes);
    const candidate = produce(plan, recipe);
    const problems = planProblems(candidate);
    if (problems.length > 0)
      return {
        ok: false,
        message: t('forms.notAllowed', { detail: firstIssueLine(problems, { t, language: i18n.language, plan: candidate }) }),
      };
    return { ok: true, apply: recipe, label: editLabel(field) };
  };

  const asParse = (a: Attempt): ParseResult => (a.ok ? { ok: true, apply: a.apply } : { ok: false, message: a.message });

  const overridden = (path: string) => row.overriddenKeys.includes(path);

  /** The "changed here" mark and reset action of an inherited measure's field. */
  const overrideMark = (path: string, spec?: NumberSpec): ReactNode => {
    if (!overridden(path) || row.parent === null) return null;
    const before = fieldValue(row.parent, path);
    const shown =
      before === null
        ? t('measures.editor.blank')
        : typeof before === 'number'
          ? text.num(Number(toDisplay(before, spec?.scale ?? 1)), 6)
          : Array.isArray(before)
            ? String(before.length)
            : String(before);
    return (
      <div className="override-mark">
        <span className="badge badge--info">{t('measures.editor.changedHere')}</span>
        <button
          type="button"
          className="btn btn--quiet btn--small"
          data-testid={`reset-${path}`}
          onClick={() =>
            store.commit(resetOverride(scenario.id, m.id, resetKeys(m, path, row.overriddenKeys)), {
              label: t('measures.editor.resetLabel', { name: ln(m), field: path, scenario: ln(scenario) }),
            })
          }
        >
          {t('measures.editor.reset', { value: shown })}
        </button>
      </div>
    );
  };

  const fieldBox = (path: string, control: ReactNode, spec?: NumberSpec, beside?: ReactNode) => {
    const help = text.help(path);
    const own = (m as unknown as Record<string, unknown>)[path];
    const library =
      spec === undefined
        ? null
        : libraryCostHint(plan, m.kind, m.consumer_ids.length, m.params, spec, text, {
            value: typeof own === 'number' ? own : undefined,
            technology: m.technology,
            start_year: m.start_year,
          });
    return (
      <div key={path} className={overridden(path) ? 'mfield mfield--overridden' : 'mfield'} data-field={path}>
        {beside ? (
          <div className="mfield__with-unit">
            {control}
            {beside}
          </div>
        ) : (
          control
        )}
        {library !== null && (
          <p className="mfield__help" data-testid={`library-hint-${path}`}>
            {library}
          </p>
        )}
        {help !== null && <p className="mfield__help">{help}</p>}
        {overrideMark(path, spec)}
      </div>
    );
  };

  const numberField = (stored: NumberSpec) => {
    const value = fieldValue(m, stored.path);
    // Capacities may be shown in MW / MWh (a view choice, never stored: the plan keeps kW).
    const choices = capacityUnits(unitOf(stored, params));
    const chosen = capacityUnit[stored.path];
    const spec = chosen === undefined || choices === null ? stored : withCapacityUnit(stored, chosen);
    const label = text.label(spec, params);
    // Grouped for reading ("60,000"), years never; the parser accepts the grouping back.
    const shown =
      value === null || value === undefined
        ? ''
        : spec.path === 'start_year'
          ? String(value)
          : text.num(Number(toDisplay(value as number, spec.scale ?? 1)), 10);
    return fieldBox(
      spec.path,
      <CommitField
        label={label}
        value={shown}
        numeric
        commitLabel={editLabel(label)}
        testId={`measure-field-${spec.path}`}
        parse={(raw) => {
          const r = parseFieldValue(m.kind, spec, raw);
          if (!r.ok) return { ok: false, message: text.problem(r.problem) };
          // Once set, an optional field keeps a number (type its default to go back to it).
          if (r.value === null && spec.optional === true) return { ok: false, message: text.problem({ code: 'required' }) };
          const changes: Changes = { [spec.path]: r.value };
          // A fuel switch gives a share OR an amount: typing one clears the other in the same step.
          const other = SHARE_OR_AMOUNT[spec.path];
          if (m.kind === 'fuel_switch' && other !== undefined && r.value !== null) changes[other] = null;
          return asParse(attempt(changes, label));
        }}
      />,
      spec,
      choices !== null && (
        <select
          className="input input--unit"
          aria-label={t('measures.editor.capacityUnit', { field: text.label({ path: stored.path }) })}
          value={chosen ?? choices[0]}
          data-testid={`measure-unit-${stored.path}`}
          onChange={(e) => setCapacityUnit((u) => ({ ...u, [stored.path]: e.target.value as CapacityUnit }))}
        >
          {choices.map((u) => (
            <option key={u} value={u}>
              {text.unit(u)}
            </option>
          ))}
        </select>
      ),
    );
  };

  /** PV: rooftop or ground, whose library costs apply; shown as the technology in effect. */
  const technologyField = () => {
    const options = KIND_TECHNOLOGIES[m.kind];
    if (m.kind !== 'pv' || options.length < 2) return null;
    const spec = { type: 'choice' as const, path: 'technology', options, labels: 'option' as const };
    const label = text.label(spec);
    return fieldBox(
      'technology',
      <ChoiceCommitField
        label={label}
        spec={spec}
        value={measureTechnology(m)}
        text={text}
        testId="measure-field-technology"
        attempt={(next) => attempt({ technology: next }, label)}
      />,
    );
  };

  const choiceField = (spec: Extract<FieldSpec, { type: 'choice' }>) => {
    const label = text.label(spec);
    const value = fieldValue(m, spec.path) as string | null;
    return fieldBox(
      spec.path,
      <ChoiceCommitField
        label={label}
        spec={spec}
        value={value}
        text={text}
        testId={`measure-field-${spec.path}`}
        attempt={(next) => {
          const changes: Changes = { [spec.path]: next };
          // Switching green power mode brings the new mode's field with a starting value.
          if (m.kind === 'green_power' && spec.path === 'params.mode' && next !== value)
            Object.assign(changes, next === 'share' ? { 'params.share_of_grid': 0.2 } : { 'params.amount_mwh': 10_000 });
          return attempt(changes, label);
        }}
      />,
    );
  };

  /**
   * Shared waste heat: the enterprise whose heat is recovered (none: the targeted enterprises
   * themselves). Edited on the measure's own scenario; a child sees it (an override cannot
   * remove a field).
   */
  const sourceField = (current: string) => {
    const label = t('measures.field.source_consumer_id');
    const choose = (next: string) => {
      const recipe = (d: Draft<Plan>) => {
        const own = d.scenarios.find((s) => s.id === scenario.id)?.measures.find((k) => k.id === m.id);
        if (own === undefined || own.kind !== 'waste_heat') return;
        if (next === '') delete own.params.source_consumer_id;
        else own.params.source_consumer_id = next;
      };
      const problems = planProblems(produce(plan, recipe));
      if (problems.length > 0) {
        setConsumerError(t('forms.notAllowed', { detail: problems[0]!.message }));
        return;
      }
      setConsumerError(null);
      store.commit(recipe, { label: editLabel(label) });
    };
    return fieldBox(
      'params.source_consumer_id',
      <div className="field">
        <label className="field__label" htmlFor={`${titleId}-source`}>
          {label}
        </label>
        <select
          id={`${titleId}-source`}
          className="input"
          value={current}
          disabled={!row.own}
          data-testid="measure-field-params.source_consumer_id"
          onChange={(e) => choose(e.target.value)}
        >
          <option value="">{t('measures.option.source_self')}</option>
          {plan.consumers.map((c) => (
            <option key={c.id} value={c.id}>
              {ln(c)}
            </option>
          ))}
        </select>
      </div>,
    );
  };

  const paramSpecs = PARAM_FIELDS[m.kind].filter((s) => s.when === undefined || s.when(params));
  const refs = row.own ? overridesNaming(plan, m.id) : [];
  const names = new Map(plan.scenarios.map((s) => [s.id, ln(s)]));

  const remove = () => {
    const outcome = store.commit(deleteMeasure(scenario.id, m.id), {
      label: t('measures.editor.deleteLabel', { name: ln(m), scenario: ln(scenario) }),
    });
    if (outcome.ok) onClose();
  };

  const toggleDisabled = (disabled: boolean) =>
    store.commit(setDisabled(scenario.id, m.id, disabled) as (d: Draft<Plan>) => void, {
      label: t(disabled ? 'measures.editor.disableLabel' : 'measures.editor.enableLabel', {
        name: ln(m),
        scenario: ln(scenario),
      }),
    });

  return (
    <section className="card editor measure-editor" aria-labelledby={titleId} data-testid="measure-editor">
      <div className="editor__head">
        <div>
          <h2 id={titleId}>{ln(m)}</h2>
          <p className="muted small">
            {text.kind(m.kind)} ·{' '}
            {row.own
              ? t('measures.editor.ownHere', { scenario: ln(scenario) })
              : t('measures.editor.inheritedFrom', { scenario: ownerName })}
          </p>
        </div>
        <button type="button" className="btn btn--quiet" onClick={onClose}>
          {t('measures.editor.close')}
        </button>
      </div>

      {!row.own && (
        <div className="measure-editor__inherit">
          <p className="small">{t('measures.editor.inheritedHint', { scenario: ln(scenario) })}</p>
          <label className="check">
            <input
              type="checkbox"
              checked={row.disabled}
              data-testid="measure-disable"
              onChange={(e) => toggleDisabled(e.target.checked)}
            />
            {t('measures.editor.disable', { scenario: ln(scenario) })}
          </label>
        </div>
      )}

      {row.disabled ? (
        <p className="muted">{t('measures.editor.disabledHint')}</p>
      ) : (
        <>
          <fieldset className="editor__group">
            <legend>{t('measures.editor.identity')}</legend>
            {fieldBox(
              'name',
              <NameFields
                entity={m}
                primaryLabel={t('measures.field.name')}
                apply={(changes) => recipeFor({ ...changes })}
                commitLabel={editLabel}
                testId="measure-field-name"
              />,
            )}
          </fieldset>

          <fieldset className="editor__group">
            <legend>{t('measures.editor.parameters')}</legend>
            {paramSpecs.map((spec) => (spec.type === 'number' ? numberField(spec) : choiceField(spec)))}
            {m.kind === 'waste_heat' && sourceField(m.params.source_consumer_id ?? '')}
          </fieldset>

          <fieldset className="editor__group">
            <legend>{t('measures.editor.timingCost')}</legend>
            {technologyField()}
            {COMMON_FIELDS.filter((spec) => spec.when === undefined || spec.when(params)).map((spec) => numberField(spec))}
          </fieldset>

          {ACTS_ON_CONSUMERS.has(m.kind) &&
            fieldBox(
              'consumer_ids',
              <ConsumerPicker
                consumers={plan.consumers}
                selected={m.consumer_ids}
                text={text}
                onToggle={(next) => {
                  const a = attempt({ consumer_ids: next }, t('measures.consumers.legend'));
                  setConsumerError(a.ok ? null : a.message);
                  if (a.ok) store.commit(a.apply, { label: a.label });
                }}
                extra={
                  consumerError !== null && (
                    <p className="field__error" role="alert">
                      {consumerError}
                    </p>
                  )
                }
              />,
            )}

          {row.own &&
            fieldBox(
              'responsible_party',
              <CommitField
                label={t('measures.field.responsibleParty')}
                value={m.responsible_party ?? ''}
                commitLabel={editLabel(t('measures.field.responsibleParty'))}
                parse={(raw) => {
                  const value = raw.trim();
                  if (value.length > 200) return { ok: false, message: t('forms.tooLong', { max: 200 }) };
                  // Own measures only: an empty field removes the party (the project list leaves it blank).
                  return {
                    ok: true,
                    apply: (draft) => {
                      const target = draft.scenarios.find((x) => x.id === row.ownerId)?.measures.find((x) => x.id === m.id);
                      if (target === undefined) return;
                      if (value === '') delete target.responsible_party;
                      else target.responsible_party = value;
                    },
                  };
                }}
              />,
            )}

          {fieldBox(
            'notes',
            <CommitField
              label={t('measures.field.notes')}
              value={m.notes}
              multiline
              commitLabel={editLabel(t('measures.field.notes'))}
              parse={(raw) =>
                raw.length > 20_000
                  ? { ok: false, message: t('forms.tooLong', { max: 20_000 }) }
                  : asParse(attempt({ notes: raw }, t('measures.field.notes')))
              }
            />,
          )}
        </>
      )}

      {row.own && (
        <div className="editor__danger">
          <button type="button" className="btn" onClick={remove} data-testid="measure-delete">
            {t('measures.editor.delete')}
          </button>
          <p className="muted small">
            {refs.length > 0
              ? t('measures.editor.deleteWithOverrides', { list: text.list(refs.map((id) => names.get(id) ?? id)) })
              : t('measures.editor.deleteHint')}
          </p>
        </div>
      )}
    </section>
  );
}
