import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../core/model/plan.ts';
import { NARRATIVE_CHAPTERS, narrativeText, type NarrativeChapter, type ReportLang } from '../../../../core/model/report-text.ts';
import { useStore } from '../../app/context.tsx';
import { paragraphs, setCoverField, setNarrative, setRecommended, setStatus, type CoverField } from './report-edits.ts';
import './report-text.css';
import { useLocalName } from '../../i18n/use-local-name.ts';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * Report text: what a person writes for the plan report (cover details, each chapter's text in
 * Chinese and English) beside a preview of how it reads. The report adds its generated
 * paragraphs (facts from the model) around this text and never changes it; a recalculation
 * only rebuilds those.
 */
export function ReportTextScreen({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const ln = useLocalName();
  const { t: tt } = useTranslation();
  const t = tt as unknown as LooseT;
  const store = useStore();
  const [lang, setLang] = useState<ReportLang>('zh');
  const [chapter, setChapter] = useState<NarrativeChapter>('basis');
  const report = plan.report;
  const id = useId();

  const coverField = (field: CoverField) => (
    <label className="field" key={field}>
      <span className="field__label">{t(`reportText.cover.${field}`)}</span>
      <input
        type="text"
        className="input"
        maxLength={200}
        readOnly={readOnly}
        defaultValue={report?.[field] ?? ''}
        key={`${field}:${report?.[field] ?? ''}`}
        onBlur={(e) => {
          if (e.target.value.trim() !== (report?.[field] ?? ''))
            store.commit(setCoverField(field, e.target.value), {
              label: t('reportText.editLabel', { what: t(`reportText.cover.${field}`) }),
            });
        }}
      />
    </label>
  );

  const body = narrativeText(report, chapter, lang);
  const chapterName = t(`reportText.chapters.${chapter}`);
  return (
    <section className="page report-text" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} tabIndex={-1}>
        {t('reportText.title')}
      </h1>
      <p className="muted">{t('reportText.intro')}</p>

      <fieldset className="report-text__cover" disabled={readOnly}>
        <legend>{t('reportText.cover.title')}</legend>
        {(['organisation', 'client', 'version'] as const).map(coverField)}
        <label className="field">
          <span className="field__label">{t('reportText.cover.status')}</span>
          <select
            className="input"
            value={report?.status ?? 'draft'}
            onChange={(e) =>
              store.commit(setStatus(e.target.value as 'draft' | 'final'), {
                label: t('reportText.editLabel', { what: t('reportText.cover.status') }),
              })
            }
          >
            <option value="draft">{t('reportText.cover.draft')}</option>
            <option value="final">{t('reportText.cover.final')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('reportText.cover.recommended')}</span>
          <select
            className="input"
            value={report?.recommended_scenario_id ?? ''}
            onChange={(e) =>
              store.commit(setRecommended(e.target.value === '' ? null : e.target.value), {
                label: t('reportText.editLabel', { what: t('reportText.cover.recommended') }),
              })
            }
          >
            <option value="">{t('reportText.cover.recommendedAuto')}</option>
            {plan.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {ln(s)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <div className="report-text__tabs" role="group" aria-label={t('reportText.language')}>
        {(['zh', 'en'] as const).map((l) => (
          <button key={l} type="button" className="btn btn--small" aria-pressed={lang === l} onClick={() => setLang(l)}>
            {t(`reportText.languages.${l}`)}
          </button>
        ))}
      </div>

      <div className="report-text__layout">
        <nav className="report-text__chapters" aria-label={t('reportText.chaptersLabel')}>
          <ul>
            {NARRATIVE_CHAPTERS.map((c) => (
              <li key={c}>
                <button
                  type="button"
                  className="report-text__chapter"
                  aria-current={c === chapter ? 'true' : undefined}
                  onClick={() => setChapter(c)}
                >
                  {t(`reportText.chapters.${c}`)}
                  {narrativeText(report, c, lang) === '' ? <span className="muted"> · {t('reportText.empty')}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <label className="field report-text__editor">
          <span className="field__label">{t('reportText.textOf', { chapter: chapterName })}</span>
          <textarea
            className="input"
            rows={16}
            lang={lang === 'zh' ? 'zh-CN' : 'en'}
            readOnly={readOnly}
            key={`${chapter}:${lang}:${body}`}
            defaultValue={body}
            aria-describedby={`${id}-hint`}
            onBlur={(e) => {
              if (e.target.value.trim() !== body)
                store.commit(setNarrative(chapter, lang, e.target.value), {
                  label: t('reportText.editLabel', { what: chapterName }),
                });
            }}
          />
          <span id={`${id}-hint`} className="muted small">
            {t('reportText.hint')}
          </span>
        </label>
        <article className="report-text__preview" aria-label={t('reportText.preview')} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
          <h2>{t('reportText.preview')}</h2>
          <h3>{chapterName}</h3>
          {body === '' ? (
            <p className="muted">{t('reportText.placeholder')}</p>
          ) : (
            paragraphs(body).map((p, i) => <p key={i}>{p}</p>)
          )}
          <p className="muted small">{t('reportText.generatedNote')}</p>
        </article>
      </div>
    </section>
  );
}
