import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from 'immer';
import type { Plan } from '../../../core/model/plan.ts';
import { useStore } from '../app/context.tsx';
import { firstIssueWhat } from '../app/plan-issue-words.ts';

/**
 * A field that edits one value of the plan. Typing changes only a local draft; Enter or
 * leaving the field commits it as one undoable edit (so typing "0.075" is one step, not five).
 * Escape puts the current value back. When the value changes from elsewhere (undo, redo), the
 * field follows unless the person is in the middle of typing.
 */

export type ParseResult = { ok: true; apply: (draft: Draft<Plan>) => void } | { ok: false; message: string };

interface Props {
  label: string;
  /** The current value as the field shows it for editing. */
  value: string;
  parse: (raw: string) => ParseResult;
  /** Undo label for the edit, e.g. "Change discount rate". */
  commitLabel: string;
  multiline?: boolean;
  numeric?: boolean;
  suffix?: ReactNode;
  testId?: string;
  /** Keep the label for assistive tech only (the surrounding legend or column says it). */
  hideLabel?: boolean;
}

export function CommitField({
  label,
  value,
  parse,
  commitLabel,
  multiline = false,
  numeric = false,
  suffix,
  testId,
  hideLabel = false,
}: Props) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const errorId = useId();

  useEffect(() => {
    if (!editing) {
      setDraft(value);
      setError(null);
    }
  }, [value, editing]);

  const commit = () => {
    setEditing(false);
    if (draft === value) {
      setError(null);
      return;
    }
    const parsed = parse(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      setEditing(true); // keep the person's text so they can fix it
      return;
    }
    const outcome = store.commit(parsed.apply, { label: commitLabel });
    if (outcome.ok) setError(null);
    else if (outcome.reason === 'invalid') {
      setError(
        t('forms.notAllowed', { detail: firstIssueWhat(outcome.issues, { t, language: i18n.language, plan: outcome.plan }) }),
      );
      setEditing(true);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !(multiline && !e.ctrlKey && !e.metaKey)) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setDraft(value);
      setError(null);
      setEditing(false);
    }
  };

  const common = {
    id,
    value: draft,
    'aria-invalid': error !== null,
    'aria-describedby': error !== null ? errorId : undefined,
    'data-testid': testId,
    onChange: (e: { target: { value: string } }) => {
      setEditing(true);
      setDraft(e.target.value);
    },
    onBlur: commit,
    onKeyDown,
  };

  return (
    <div className={multiline ? 'field field--wide' : 'field'}>
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        {multiline ? (
          <textarea className="input input--area" rows={3} maxLength={20000} {...common} />
        ) : (
          <input
            className={numeric ? 'input input--num' : 'input'}
            type="text"
            inputMode={numeric ? 'decimal' : undefined}
            autoComplete="off"
            {...common}
          />
        )}
        {suffix !== undefined && <span className="field__suffix">{suffix}</span>}
      </div>
      {error !== null && (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A choice among fixed options; every change is one edit. */
export function SelectCommitField<V extends string>({
  label,
  value,
  options,
  commitLabel,
  apply,
  testId,
  hideLabel = false,
}: {
  hideLabel?: boolean;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  commitLabel: string;
  apply: (draft: Draft<Plan>, value: V) => void;
  testId?: string;
}) {
  const store = useStore();
  const id = useId();
  return (
    <div className="field">
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={value}
        data-testid={testId}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (next !== undefined) store.commit((d) => apply(d, next.value), { label: commitLabel });
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
