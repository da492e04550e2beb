import { z } from 'zod';
import { Id, Name, NO_CONTROL_TEXT_CHECK, textString } from './primitives.ts';
import { isCleanText } from '../text/control-chars.ts';
import { planIssueReason } from '../text/plan-issue-text.ts';
import { reasonParams } from './issue-reasons.ts';

/**
 * What a person writes for the plan report (issue 13): the cover's details and the narrative
 * text of each chapter, per language. Kept apart from everything the report generates, so a
 * recalculation rebuilds the figures and generated paragraphs and never touches these.
 */

/** Chapters that take the user's text, in report order; `conclusions` closes the executive summary. */
export const NARRATIVE_CHAPTERS = [
  'basis',
  'overview',
  'baseline',
  'targets',
  'tasks',
  'projects',
  'investment',
  'benefits',
  'safeguards',
  'conclusions',
] as const;
export type NarrativeChapter = (typeof NARRATIVE_CHAPTERS)[number];

export const REPORT_LANGS = ['zh', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

export const NarrativeText = z.strictObject({
  chapter: z.enum(NARRATIVE_CHAPTERS),
  lang: z.enum(REPORT_LANGS),
  /** Paragraphs separated by blank lines. */
  body: textString().min(1).max(100_000).refine(isCleanText, NO_CONTROL_TEXT_CHECK),
});
export type NarrativeText = z.infer<typeof NarrativeText>;

const Line = z
  .string()
  .trim()
  .max(200)
  .refine((s) => !/[\u0000-\u001f]/.test(s), { message: 'must be one line', ...reasonParams(planIssueReason('text_one_line')) });

export const ReportSettings = z.strictObject({
  /** Submitting organisation (编制单位). */
  organisation: Line.default(''),
  /** Client (委托单位), usually the park's administration. */
  client: Line.default(''),
  /** Version as printed ("V1.2"). */
  version: Line.default(''),
  /** A draft carries "征求意见稿" / "Draft for comment" on its cover. */
  status: z.enum(['draft', 'final']).default('draft'),
  /** The scenario the plan recommends; null: chosen by the rule the report states. */
  recommended_scenario_id: Id.nullable().default(null),
  texts: z
    .array(NarrativeText)
    .max(REPORT_LANGS.length * NARRATIVE_CHAPTERS.length)
    .default([]),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

/** The narrative of one chapter in one language, or '' when none was written. */
export function narrativeText(report: ReportSettings | undefined, chapter: NarrativeChapter, lang: ReportLang): string {
  return report?.texts.find((x) => x.chapter === chapter && x.lang === lang)?.body ?? '';
}

/** A responsible party printed in the project list (an enterprise, a department). */
export const ResponsibleParty = Name;
