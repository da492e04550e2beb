import { useId, type FormEvent, type ReactNode } from 'react';
import { useClient } from '../../app/context.tsx';

/**
 * The Review screen's "which file?" form: a path field (the browser host has no file dialog),
 * a native-dialog button in the desktop shell when `onBrowse` is given, extra fields as
 * children, and a submit button that is off while busy or the path is empty. Used by Compare
 * versions, the review memo and the signature check.
 */
export function PathForm({
  label,
  path,
  onPathChange,
  onSubmit,
  submitLabel,
  busy,
  browseLabel,
  onBrowse,
  describedBy,
  canSubmit = true,
  children,
}: {
  label: string;
  path: string;
  onPathChange: (path: string) => void;
  /** Called with the trimmed path. */
  onSubmit: (path: string) => void;
  submitLabel: string;
  busy: boolean;
  browseLabel?: string;
  onBrowse?: () => void;
  describedBy?: string;
  /** Further conditions for submitting besides a non-empty path. */
  canSubmit?: boolean;
  children?: ReactNode;
}) {
  const client = useClient();
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (path.trim() !== '' && canSubmit) onSubmit(path.trim());
  };
  return (
    <form className="review-compare__form" onSubmit={submit}>
      {client.shell === 'electron' && onBrowse !== undefined && (
        <button type="button" className="btn" disabled={busy} onClick={onBrowse}>
          {browseLabel}
        </button>
      )}
      <label className="field review-compare__path" htmlFor={id}>
        <span className="field__label">{label}</span>
        <input
          id={id}
          className="input input--mono"
          type="text"
          spellCheck={false}
          autoComplete="off"
          maxLength={4096}
          aria-describedby={describedBy}
          value={path}
          onChange={(e) => onPathChange(e.target.value)}
        />
      </label>
      {children}
      <button type="submit" className="btn btn--primary" disabled={busy || path.trim() === '' || !canSubmit}>
        {submitLabel}
      </button>
    </form>
  );
}
