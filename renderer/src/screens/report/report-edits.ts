import type { Draft } from 'immer';
import type { Plan } from '../../../../core/model/plan.ts';
import type { NarrativeChapter, ReportLang, ReportSettings } from '../../../../core/model/report-text.ts';

/**
 * Edits of the report's cover and narrative (plan.report) as immer recipes for the store's
 * `commit`, so each is one undoable step sent to the host as plan patches.
 */

const EMPTY: ReportSettings = {
  organisation: '',
  client: '',
  version: '',
  status: 'draft',
  recommended_scenario_id: null,
  texts: [],
};

function ensure(draft: Draft<Plan>): Draft<ReportSettings> {
  if (draft.report === undefined) draft.report = structuredClone(EMPTY);
  return draft.report;
}

export type CoverField = 'organisation' | 'client' | 'version';

export const setCoverField = (field: CoverField, value: string) => (draft: Draft<Plan>) => {
  ensure(draft)[field] = value.trim();
};

export const setStatus = (status: ReportSettings['status']) => (draft: Draft<Plan>) => {
  ensure(draft).status = status;
};

export const setRecommended = (scenarioId: string | null) => (draft: Draft<Plan>) => {
  ensure(draft).recommended_scenario_id = scenarioId;
};

/** Sets one chapter's text in one language; an empty text removes it (the report then reminds). */
export const setNarrative = (chapter: NarrativeChapter, lang: ReportLang, body: string) => (draft: Draft<Plan>) => {
  const r = ensure(draft);
  const text = body.replace(/\r\n?/g, '\n').trim();
  const i = r.texts.findIndex((x) => x.chapter === chapter && x.lang === lang);
  if (text === '') {
    if (i >= 0) r.texts.splice(i, 1);
  } else if (i >= 0) r.texts[i]!.body = text;
  else r.texts.push({ chapter, lang, body: text });
};

/** Paragraphs as the report prints them: separated by blank lines. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
