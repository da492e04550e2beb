import { useId } from 'react';

/** One labelled text or select input of a draft form (values live in the form's own state until saved). */
export function DraftField({
  label,
  value,
  onChange,
  testId,
  hint,
  options,
  invalid = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  hint?: string;
  options?: { value: string; label: string }[];
  invalid?: boolean;
}) {
  const id = useId();
  return (
    <div className="mfield">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {options === undefined ? (
          <input
            id={id}
            className="input"
            type="text"
            autoComplete="off"
            value={value}
            data-testid={testId}
            aria-invalid={invalid}
            aria-describedby={hint === undefined ? undefined : `${id}-hint`}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <select
            id={id}
            className="input"
            value={value}
            data-testid={testId}
            aria-invalid={invalid}
            onChange={(e) => onChange(e.target.value)}
          >
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
        {hint !== undefined && (
          <p className="muted small" id={`${id}-hint`}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
