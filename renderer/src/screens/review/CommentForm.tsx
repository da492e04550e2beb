import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_ANCHORS, type Plan } from '../../../../core/model/plan.ts';
import { anchorOptions, makeAnchor, pathwayYears, type Anchor, type AnchorKind } from './anchors.ts';

/** Anchor picker (what the comment is about) and the comment text. */
export function CommentForm({
  plan,
  author,
  busy,
  onAdd,
}: {
  plan: Plan;
  author: string;
  busy: boolean;
  onAdd: (anchor: Anchor, body: string) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<AnchorKind>('park');
  const [ref, setRef] = useState('');
  const [year, setYear] = useState(Math.min(Math.max(2030, plan.park.base_year), plan.park.horizon_year));
  const [body, setBody] = useState('');
  const ids = { kind: useId(), ref: useId(), body: useId(), title: useId() };
  const options = anchorOptions(plan, kind, i18n.language === 'zh-CN' ? 'zh' : 'en');
  const chosenRef = options.some((o) => o.id === ref) ? ref : (options[0]?.id ?? '');
  const needsRef = kind !== 'park' && kind !== 'year';
  const ready = author !== '' && body.trim() !== '' && (!needsRef || chosenRef !== '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    if (await onAdd(makeAnchor(kind, chosenRef, year), body.trim())) setBody('');
  };

  return (
    <form className="review-form card" aria-labelledby={ids.title} onSubmit={(e) => void submit(e)}>
      <h2 id={ids.title}>{t('review.form.title')}</h2>
      <div className="review-form__row">
        <label className="field" htmlFor={ids.kind}>
          <span className="field__label">{t('review.form.anchorKind')}</span>
          <select id={ids.kind} className="input" value={kind} onChange={(e) => setKind(e.target.value as AnchorKind)}>
            {COMMENT_ANCHORS.map((k) => (
              <option key={k} value={k}>
                {t(`review.anchor.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {needsRef && (
          <label className="field review-form__ref" htmlFor={ids.ref}>
            <span className="field__label">{t('review.form.anchorRef')}</span>
            <select id={ids.ref} className="input" value={chosenRef} onChange={(e) => setRef(e.target.value)}>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'year' && (
          <label className="field" htmlFor={ids.ref}>
            <span className="field__label">{t('review.form.year')}</span>
            <select id={ids.ref} className="input" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {pathwayYears(plan).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <label className="field" htmlFor={ids.body}>
        <span className="field__label">{t('review.form.body')}</span>
        <textarea
          id={ids.body}
          className="input input--area"
          rows={3}
          maxLength={20_000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </label>
      <div className="review-form__actions">
        {author === '' && <span className="field__hint">{t('review.form.needName')}</span>}
        <button type="submit" className="btn btn--primary" disabled={!ready || busy}>
          {t('review.form.add')}
        </button>
      </div>
    </form>
  );
}
