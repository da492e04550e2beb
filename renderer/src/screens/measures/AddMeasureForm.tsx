import { useId, useState, type ReactNode } from 'react';
import { produce } from 'immer';
import type { MeasureKind } from '../../../../core/model/measures.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import type { Scenario } from '../../../../core/model/scenario.ts';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/context.tsx';
import { firstIssueLine } from '../../app/plan-issue-words.ts';
import { ACTS_ON_CONSUMERS, COMMON_FIELDS, KIND_ORDER, unitOf, type FieldSpec } from './measure-catalog.ts';
import { libraryCostHint } from './cost-hint.ts';
import { capacityUnits, type CapacityUnit } from '../../forms/capacity-units.ts';
import {
  draftSpec,
  draftToMeasure,
  newDraft,
  setDraftUnit,
  newMeasureId,
  updateDraft,
  visibleParamFields,
  NULL_CHOICE,
  type FieldProblem,
  type MeasureDraft,
} from './measure-draft.ts';
import { addMeasure, planProblems } from './measure-edits.ts';
import { ConsumerPicker } from './MeasureFields.tsx';
import { useMeasureText } from './measure-text.ts';
import { useLocalName } from '../../i18n/use-local-name.ts';

/**
 * A new measure: pick one of the twelve kinds, adjust the prefilled values (units in every
 * label), and add it to the scenario as one undoable edit. Nothing reaches the plan until Add,
 * so half-typed values never do; problems are shown next to their fields.
 */
export function AddMeasureForm({
  plan,
  scenario,
  onAdded,
  onCancel,
}: {
  plan: Plan;
  scenario: Scenario;
  onAdded: (measureId: string) => void;
  onCancel: () => void;
}) {
  const text = useMeasureText();
  const { t } = text;
  const { i18n } = useTranslation();
  const ln = useLocalName();
  const store = useStore();
  const titleId = useId();
  const formId = useId();
  const [draft, setDraft] = useState<MeasureDraft | null>(null);
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [tried, setTried] = useState(false);
  const [planError, setPlanError] = useState<string | null>(null);

  const pick = (kind: MeasureKind) => {
    setDraft(newDraft(kind, plan, text.kind(kind)));
    setProblems({});
    setTried(false);
    setPlanError(null);
  };

  const change = (path: string, value: string) => {
    if (draft === null) return;
    const next =
      path === 'name'
        ? { ...draft, name: value }
        : path === 'notes'
          ? { ...draft, notes: value }
          : updateDraft(draft, path, value);
    setDraft(next);
    // After a first Add attempt, problems follow the typing so fixed fields clear at once.
    if (tried) {
      const r = draftToMeasure(next, 'draft', plan);
      setProblems(r.ok ? {} : r.problems);
    }
  };

  const submit = () => {
    if (draft === null) return;
    setTried(true);
    const id = newMeasureId(plan, draft.kind);
    const r = draftToMeasure(draft, id, plan);
    if (!r.ok) {
      setProblems(r.problems);
      const first = Object.keys(r.problems)[0];
      if (first !== undefined) document.getElementById(`${formId}-${first}`)?.focus();
      return;
    }
    const recipe = addMeasure(scenario.id, r.measure);
    const candidate = produce(plan, recipe);
    const issues = planProblems(candidate);
    if (issues.length > 0) {
      setPlanError(t('forms.notAllowed', { detail: firstIssueLine(issues, { t, language: i18n.language, plan: candidate }) }));
      return;
    }
    const outcome = store.commit(recipe, { label: t('measures.add.label', { name: r.measure.name, scenario: ln(scenario) }) });
    if (outcome.ok) onAdded(id);
    else if (outcome.reason === 'invalid')
      setPlanError(
        t('forms.notAllowed', { detail: firstIssueLine(outcome.issues, { t, language: i18n.language, plan: outcome.plan }) }),
      );
  };

  const input = (
    path: string,
    label: string,
    opts: { numeric?: boolean; help?: string | null; value?: string; beside?: ReactNode } = {},
  ) => {
    const id = `${formId}-${path}`;
    const problem = problems[path];
    const errorId = `${id}-error`;
    const helpId = `${id}-help`;
    const value = opts.value ?? (path === 'name' ? (draft?.name ?? '') : (draft?.values[path] ?? ''));
    return (
      <div className="mfield" key={path}>
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {label}
          </label>
          <input
            id={id}
            className={opts.numeric === true ? 'input input--num' : 'input'}
            type="text"
            inputMode={opts.numeric === true ? 'decimal' : undefined}
            autoComplete="off"
            value={value}
            data-testid={`add-field-${path}`}
            aria-invalid={problem !== undefined}
            aria-describedby={
              [problem !== undefined ? errorId : '', (opts.help ?? null) !== null ? helpId : ''].join(' ').trim() || undefined
            }
            onChange={(e) => change(path, e.target.value)}
          />
          {opts.beside}
          {problem !== undefined && (
            <p className="field__error" id={errorId}>
              {text.problem(problem)}
            </p>
          )}
        </div>
        {(opts.help ?? null) !== null && (
          <p className="mfield__help" id={helpId}>
            {opts.help}
          </p>
        )}
      </div>
    );
  };

  const params =
    draft === null
      ? {}
      : Object.fromEntries(
          Object.entries(draft.values)
            .filter(([k]) => k.startsWith('params.'))
            .map(([k, v]) => [k.slice(7), v]),
        );

  const paramField = (spec: FieldSpec) => {
    if (draft === null) return null;
    if (spec.type === 'number') {
      // Capacities may be typed in MW / MWh (converted back to kW / kWh on Add).
      const choices = capacityUnits(unitOf(spec, params));
      const shown = draftSpec(draft, spec);
      return input(spec.path, text.label(shown, params), {
        numeric: true,
        help: text.help(spec.path),
        beside: choices !== null && (
          <select
            className="input input--unit"
            aria-label={t('measures.editor.capacityUnit', { field: text.label({ path: spec.path }) })}
            value={draft.units?.[spec.path] ?? choices[0]}
            data-testid={`add-unit-${spec.path}`}
            onChange={(e) => setDraft(setDraftUnit(draft, spec.path, e.target.value as CapacityUnit))}
          >
            {choices.map((u) => (
              <option key={u} value={u}>
                {text.unit(u)}
              </option>
            ))}
          </select>
        ),
      });
    }
    const id = `${formId}-${spec.path}`;
    const help = text.help(spec.path);
    const problem = problems[spec.path];
    return (
      <div className="mfield" key={spec.path}>
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {text.label(spec)}
          </label>
          <select
            id={id}
            className="input"
            value={draft.values[spec.path] ?? NULL_CHOICE}
            data-testid={`add-field-${spec.path}`}
            aria-invalid={problem !== undefined}
            onChange={(e) => change(spec.path, e.target.value)}
          >
            {spec.options.map((o) => (
              <option key={o ?? NULL_CHOICE} value={o ?? NULL_CHOICE}>
                {text.option(spec, o)}
              </option>
            ))}
          </select>
          {problem !== undefined && <p className="field__error">{text.problem(problem)}</p>}
        </div>
        {help !== null && <p className="mfield__help">{help}</p>}
      </div>
    );
  };

  return (
    <section className="card add-measure" aria-labelledby={titleId} data-testid="add-measure">
      <div className="editor__head">
        <h2 id={titleId}>{t('measures.add.title', { scenario: ln(scenario) })}</h2>
        <button type="button" className="btn btn--quiet" onClick={onCancel}>
          {t('measures.add.cancel')}
        </button>
      </div>
      <fieldset className="kind-picker">
        <legend className="field__label">{t('measures.add.kind')}</legend>
        <div className="kind-picker__grid" role="radiogroup" aria-label={t('measures.add.kind')}>
          {KIND_ORDER.map((k) => (
            <label key={k} className={draft?.kind === k ? 'kind-option kind-option--on' : 'kind-option'}>
              <input type="radio" name={`${formId}-kind`} value={k} checked={draft?.kind === k} onChange={() => pick(k)} />
              <span className="kind-option__name">{text.kind(k)}</span>
              <span className="kind-option__desc">{text.tt(`measures.kindHelp.${k}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {draft !== null && (
        <form
          className="add-measure__form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <fieldset className="editor__group">
            <legend>{t('measures.editor.identity')}</legend>
            {input('name', t('measures.field.name'))}
          </fieldset>
          <fieldset className="editor__group">
            <legend>{t('measures.editor.parameters')}</legend>
            {visibleParamFields(draft).map(paramField)}
          </fieldset>
          <fieldset className="editor__group">
            <legend>{t('measures.editor.timingCost')}</legend>
            {COMMON_FIELDS.filter((spec) => spec.when === undefined || spec.when(params)).map((spec) => {
              const hint = libraryCostHint(plan, draft.kind, draft.consumer_ids.length, params, spec, text);
              const help = text.help(spec.path);
              return input(spec.path, text.label(spec, params), {
                numeric: true,
                help: hint === null ? help : help === null ? hint : `${hint} ${help}`,
              });
            })}
          </fieldset>
          {ACTS_ON_CONSUMERS.has(draft.kind) && (
            <ConsumerPicker
              consumers={plan.consumers}
              selected={draft.consumer_ids}
              text={text}
              onToggle={(next) => setDraft({ ...draft, consumer_ids: next })}
            />
          )}
          {planError !== null && (
            <p className="field__error" role="alert">
              {planError}
            </p>
          )}
          {Object.keys(problems).length > 0 && (
            <p className="field__error" role="alert">
              {t('measures.add.fixProblems', { count: Object.keys(problems).length })}
            </p>
          )}
          <div className="add-measure__actions">
            <button type="submit" className="btn btn--primary" data-testid="add-measure-submit">
              {t('measures.add.submit', { kind: text.kind(draft.kind) })}
            </button>
            <button type="button" className="btn" onClick={onCancel}>
              {t('measures.add.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
