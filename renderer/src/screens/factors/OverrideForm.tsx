import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { useStore } from '../../app/context.tsx';
import { parseDecimal } from '../../forms/parse.ts';
import { factorName } from '../../../../core/text/factor-names.ts';
import { nameLang } from '../../i18n/use-local-name.ts';
import { firstIssueWhat, issueWhat } from '../../app/plan-issue-words.ts';
import { checkOverride, putOverride, removeOverride, type FactorRow } from './factor-groups.ts';

/**
 * Add, change or remove one project override of a factor. Value and source are required (a
 * replaced number must say where the new one comes from); the library value stays in view.
 * Saving is one undoable edit. With `row` null the key is typed (a year or province the
 * library lacks, e.g. a future grid factor).
 */
export function OverrideForm({
  plan,
  row,
  libraryText,
  unit,
  onDone,
  initialKey,
}: {
  plan: Plan;
  row: FactorRow | null;
  libraryText: string | null;
  unit: string;
  onDone: () => void;
  /** A new key to start from (a year series' next year), still editable. */
  initialKey?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = nameLang(i18n.language);
  const store = useStore();
  const fid = useId();
  const existing = row?.override ?? null;
  const [key, setKey] = useState(row?.key ?? initialKey ?? '');
  const [value, setValue] = useState(existing !== null ? String(existing.value) : '');
  const [source, setSource] = useState(existing?.source ?? '');
  const [note, setNote] = useState(existing?.note ?? '');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);

  const save = () => {
    const n = parseDecimal(value);
    if (n === null) return setError({ field: 'value', message: t('forms.notANumber') });
    const r = checkOverride(plan, { key: key.trim(), value: n, source, note }, row?.overrideIndex ?? -1);
    if (!r.ok) {
      const message =
        'issue' in r
          ? t('forms.notAllowed', { detail: issueWhat(r.issue, { t, language: i18n.language, plan }) })
          : r.message === 'required'
            ? t('factors.override.sourceRequired')
            : t('factors.override.duplicate');
      return setError({ field: r.field, message });
    }
    const outcome = store.commit(putOverride(r.override, row?.overrideIndex ?? -1), {
      label: t('factors.override.saveLabel', { name: factorName(r.override.key, lang) }),
    });
    if (outcome.ok) onDone();
    else if (outcome.reason === 'invalid')
      setError({
        field: 'value',
        message: t('forms.notAllowed', {
          detail: firstIssueWhat(outcome.issues, { t, language: i18n.language, plan: outcome.plan }),
        }),
      });
  };

  const err = (field: string) =>
    error?.field === field ? (
      <p className="field__error" id={`${fid}-${field}-error`} role="alert">
        {error.message}
      </p>
    ) : null;
  const described = (field: string) => (error?.field === field ? `${fid}-${field}-error` : undefined);

  return (
    <form
      className="override-form"
      noValidate
      data-testid="override-form"
      aria-label={t('factors.override.title', { name: row === null ? t('factors.override.newKey') : factorName(row.key, lang) })}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {row === null && (
        <div className="field override-form__key">
          <label className="field__label" htmlFor={`${fid}-key`}>
            {t('factors.override.newKey')}
          </label>
          <input
            id={`${fid}-key`}
            className="input input--mono"
            value={key}
            placeholder="grid.regional.southwest.2030"
            onChange={(e) => setKey(e.target.value)}
            aria-invalid={error?.field === 'key'}
            aria-describedby={described('key')}
            data-testid="override-key"
          />
          <p className="mfield__help">{t('factors.override.newKeyHint')}</p>
          {factorName(key.trim(), lang) !== key.trim() && (
            <p className="mfield__help" data-testid="override-key-name">
              {t('factors.override.keyMeans', { name: factorName(key.trim(), lang) })}
            </p>
          )}
          {err('key')}
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${fid}-value`}>
          {unit === '' ? t('factors.override.valueNoUnit') : t('factors.override.value', { unit })}
        </label>
        <input
          id={`${fid}-value`}
          className="input input--num"
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error?.field === 'value'}
          aria-describedby={described('value')}
          data-testid="override-value"
        />
        {libraryText !== null && <p className="mfield__help">{t('factors.libraryValue', { value: libraryText })}</p>}
        {err('value')}
      </div>
      <div className="field override-form__source">
        <label className="field__label" htmlFor={`${fid}-source`}>
          {t('factors.override.source')}
        </label>
        <input
          id={`${fid}-source`}
          className="input"
          value={source}
          placeholder={t('factors.override.sourceHint')}
          onChange={(e) => setSource(e.target.value)}
          aria-invalid={error?.field === 'source'}
          aria-describedby={described('source')}
          data-testid="override-source"
        />
        {err('source')}
      </div>
      <div className="field override-form__note">
        <label className="field__label" htmlFor={`${fid}-note`}>
          {t('factors.override.note')}
        </label>
        <input
          id={`${fid}-note`}
          className="input"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          data-testid="override-note"
        />
      </div>
      <div className="override-form__actions">
        <button type="submit" className="btn btn--primary" data-testid="override-save">
          {t('factors.override.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('factors.override.cancel')}
        </button>
        {existing !== null && (
          <button
            type="button"
            className="btn override-form__remove"
            data-testid="override-remove"
            onClick={() => {
              const outcome = store.commit(removeOverride(existing.key), {
                label: t('factors.override.removeLabel', { name: factorName(existing.key, lang) }),
              });
              if (outcome.ok) onDone();
            }}
          >
            {t('factors.override.remove')}
          </button>
        )}
      </div>
    </form>
  );
}
