import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkDraft, ParkField } from './candidate-drafts.ts';

const FIELDS: readonly { field: ParkField; unit: 'unit_mw' | 'unit_pct' | 'unit_t' | 'unit_wan' }[] = [
  { field: 'import_mw', unit: 'unit_mw' },
  { field: 'export_mw', unit: 'unit_mw' },
  { field: 'green_pct', unit: 'unit_pct' },
  { field: 'offset_t', unit: 'unit_t' },
  { field: 'budget_wan', unit: 'unit_wan' },
];

/**
 * The park's own limits for a run (grid connection, export limit, green-power share, offsets,
 * a yearly budget): what holds whatever the plan builds. Empty fields add nothing; the run
 * sends the others as `optimise.start`'s `bounds`, and the planner's record keeps them.
 */
export function ParkBoundsForm({
  draft,
  problems,
  disabled,
  onChange,
}: {
  draft: ParkDraft;
  problems: readonly ParkField[];
  disabled: boolean;
  onChange: (d: ParkDraft) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="optimise-park-bounds">
      <h2 id={`${id}-title`}>{t('optimise.park.title')}</h2>
      <p className="muted">{t('optimise.park.intro')}</p>
      <div className="optimise-park">
        {FIELDS.map(({ field, unit }) => (
          <div className="field" key={field}>
            <label className="field__label" htmlFor={`${id}-${field}`}>
              {t(`optimise.park.${field}`)}
            </label>
            <span className="optimise-field">
              <input
                id={`${id}-${field}`}
                className="input input--number"
                inputMode="decimal"
                size={9}
                data-field={field}
                disabled={disabled}
                aria-invalid={problems.includes(field) || undefined}
                value={draft[field]}
                onChange={(e) => onChange({ ...draft, [field]: e.target.value })}
              />
              <span className="optimise-field__unit">{t(`optimise.park.${unit}`)}</span>
            </span>
          </div>
        ))}
      </div>
      {problems.length > 0 && (
        <ul className="notice notice--error" role="alert">
          {problems.map((f) => (
            <li key={f}>{t('optimise.park.invalid', { field: t(`optimise.park.${f}`) })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
