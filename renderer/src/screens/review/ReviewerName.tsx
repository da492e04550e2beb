import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { browserStorage, writeReviewerName } from './reviewer-name.ts';

/** Asks for the reviewer's name once; afterwards shows it with a way to change it. */
export function ReviewerName({ name, onChange }: { name: string; onChange: (name: string) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(name === '');
  const [draft, setDraft] = useState(name);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = draft.trim();
    if (clean === '') return;
    writeReviewerName(browserStorage(), clean);
    onChange(clean);
    setEditing(false);
  };
  if (!editing)
    return (
      <p className="review-who">
        <span data-testid="reviewer-name">{t('review.reviewer.as', { name })}</span>
        <button type="button" className="btn btn--quiet" onClick={() => setEditing(true)}>
          {t('review.reviewer.change')}
        </button>
      </p>
    );
  return (
    <form className="review-who" onSubmit={submit}>
      <label className="field" htmlFor={id}>
        <span className="field__label">{t('review.reviewer.label')}</span>
        <input
          id={id}
          className="input"
          type="text"
          maxLength={200}
          autoComplete="name"
          placeholder={t('review.reviewer.placeholder')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
      </label>
      <button type="submit" className="btn" disabled={draft.trim() === ''}>
        {t('review.reviewer.save')}
      </button>
    </form>
  );
}
