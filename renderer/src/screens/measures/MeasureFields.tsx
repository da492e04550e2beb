import { useId, useState, type ReactNode } from 'react';
import type { Draft } from 'immer';
import type { Plan } from '../../../../core/model/plan.ts';
import type { Consumer } from '../../../../core/model/park.ts';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/context.tsx';
import { firstIssueWhat } from '../../app/plan-issue-words.ts';
import type { ChoiceSpec } from './measure-catalog.ts';
import { NULL_CHOICE } from './measure-draft.ts';
import type { MeasureText } from './measure-text.ts';
import { useLocalName } from '../../i18n/use-local-name.ts';

/**
 * Small controls of the measure forms that CommitField does not cover: a choice that validates
 * before it commits (and shows why it cannot), and the enterprise multi-select.
 */

export type Attempt = { ok: true; apply: (d: Draft<Plan>) => void; label: string } | { ok: false; message: string };

/** A select whose every change is one edit; a refused change shows its reason under it. */
export function ChoiceCommitField({
  label,
  spec,
  value,
  text,
  attempt,
  disabled = false,
  testId,
}: {
  label: string;
  spec: ChoiceSpec;
  value: string | null;
  text: MeasureText;
  attempt: (value: string | null) => Attempt;
  disabled?: boolean;
  testId?: string;
}) {
  const store = useStore();
  const { i18n } = useTranslation();
  const id = useId();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={value ?? NULL_CHOICE}
        disabled={disabled}
        data-testid={testId}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(e) => {
          const next = e.target.value === NULL_CHOICE ? null : e.target.value;
          const a = attempt(next);
          if (!a.ok) {
            setError(a.message);
            return;
          }
          const outcome = store.commit(a.apply, { label: a.label });
          if (outcome.ok) setError(null);
          else if (outcome.reason === 'invalid')
            setError(
              text.t('forms.notAllowed', {
                detail: firstIssueWhat(outcome.issues, { t: text.t, language: i18n.language, plan: outcome.plan }),
              }),
            );
        }}
      >
        {spec.options.map((o) => (
          <option key={o ?? NULL_CHOICE} value={o ?? NULL_CHOICE}>
            {text.option(spec, o)}
          </option>
        ))}
      </select>
      {error !== null && (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Which enterprises a measure acts on; none ticked means park-wide. */
export function ConsumerPicker({
  consumers,
  selected,
  onToggle,
  text,
  extra,
}: {
  consumers: readonly Consumer[];
  selected: readonly string[];
  onToggle: (next: string[]) => void;
  text: MeasureText;
  extra?: ReactNode;
}) {
  const ln = useLocalName();
  const hintId = useId();
  const set = new Set(selected);
  return (
    <fieldset className="consumer-picker" aria-describedby={hintId}>
      <legend className="field__label">{text.t('measures.consumers.legend')}</legend>
      <p className="muted small" id={hintId}>
        {selected.length === 0
          ? text.t('measures.consumers.parkWide')
          : text.t('measures.consumers.count', { count: selected.length })}
      </p>
      <div className="consumer-picker__list">
        {consumers.map((c) => (
          <label key={c.id} className="check">
            <input
              type="checkbox"
              checked={set.has(c.id)}
              onChange={(e) => {
                // Keep the plan's order so the stored list does not depend on click order.
                const want = new Set(set);
                if (e.target.checked) want.add(c.id);
                else want.delete(c.id);
                onToggle(consumers.filter((k) => want.has(k.id)).map((k) => k.id));
              }}
            />
            {ln(c)}
          </label>
        ))}
      </div>
      {extra}
    </fieldset>
  );
}
