import { z } from 'zod';
import { isCleanName, isCleanText } from '../text/control-chars.ts';
import { planIssueReason } from '../text/plan-issue-text.ts';
import { reasonParams } from './issue-reasons.ts';

/**
 * Shared field schemas with bounds. Every number crossing a boundary is finite and bounded:
 * zod 4 numbers already reject NaN and Infinity; the maxima below stop typos like an extra
 * three zeros from becoming a silently wrong result.
 */

/**
 * Patterns of identifiers and keys, named so that a refusal can say which rule it broke
 * (core/model/issue-reasons.ts compares a regex issue's pattern with them).
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const FACTOR_KEY_PATTERN = /^[a-z0-9_]+(\.[a-z0-9_]+){1,5}$/;
export const COST_KEY_PATTERN = /^cost\.[a-z0-9_]+\.[a-z0-9_]+(\.[0-9]{4})?$/;

/** Identifiers are chosen by people writing plan JSON, so they are readable but constrained. */
export const Id = z.string().regex(ID_PATTERN, 'must be 1-64 letters, digits, "_", "-" or ".", starting with a letter or digit');

export const Year = z.int().min(1990).max(2100);

/** Refused in every name: no control character at all (see core/text/control-chars.ts). */
export const NO_CONTROL_IN_NAME = 'must not contain control characters (tab, carriage return, escape codes, direction overrides)';
/** Refused in multi-line text: control characters other than newline and tab. */
export const NO_CONTROL_IN_TEXT = 'must not contain control characters other than newline and tab';
/** The refine options of those rules: the English message and the reason a reader is told (plan-issue-text.ts). */
export const NO_CONTROL_NAME_CHECK = { message: NO_CONTROL_IN_NAME, ...reasonParams(planIssueReason('control_chars_name')) };
export const NO_CONTROL_TEXT_CHECK = { message: NO_CONTROL_IN_TEXT, ...reasonParams(planIssueReason('control_chars_text')) };

/** A one-line string from a person: no control characters (they can spoof terminal output). */
export function lineString() {
  return z.string().refine(isCleanName, NO_CONTROL_NAME_CHECK);
}
/** Multi-line text from a person: newline and tab allowed, other control characters refused. */
export function textString() {
  return z.string().refine(isCleanText, NO_CONTROL_TEXT_CHECK);
}

export const Name = z.string().trim().min(1).max(200).refine(isCleanName, NO_CONTROL_NAME_CHECK);
export const Text = textString().max(20_000);

/**
 * The name for a reader of one language (`name_zh`, `name_en`); absent when not given, and then
 * reports fall back to the other language with a mark (core/text/names.ts).
 */
export const LangName = Name.optional();

/** The two language names every named plan entity carries beside its primary `name`. */
export const langNames = { name_zh: LangName, name_en: LangName };

/**
 * Free text (a description, a target's source) for a reader of one language, beside the primary
 * text; absent when not written, and then reports fall back to the other language with a mark
 * (core/text/names.ts `localText`).
 */
export const LangText = Text.optional();

/** The park's and a scenario's description in each language. */
export const langDescriptions = { description_zh: LangText, description_en: LangText };

/** A non-negative quantity with an explicit upper bound (its unit is in the field name). */
export function quantity(max: number) {
  return z.number().min(0).max(max);
}

/** A share between 0 and 1 (not a percentage). */
export const Share = z.number().min(0).max(1);

/** A yearly rate such as growth; -50%..+100% per year covers every plausible planning case. */
export const Rate = z.number().min(-0.5).max(1);

/**
 * A value that changes over time, as points (year, value) with strictly increasing years, whose
 * values `value` bounds. Readers interpolate linearly between points and hold the value flat
 * before the first and after the last (core/factors/factor-set.ts, pathValue).
 */
export function yearPathOf(value: z.ZodNumber) {
  return z
    .array(z.strictObject({ year: Year, value }))
    .min(1)
    .max(200)
    .refine((points) => points.every((p, i) => i === 0 || p.year > points[i - 1]!.year), {
      message: 'years must be strictly increasing',
      ...reasonParams(planIssueReason('years_not_increasing')),
    });
}

/** A path of any quantity (its unit is in the field name); the generic bound only stops typos. */
export const YearPath = yearPathOf(z.number().min(-1e12).max(1e12));
export type YearPath = z.infer<typeof YearPath>;

/** A path of yearly rates (fraction per year), each point bounded like `Rate`. */
export const RatePath = yearPathOf(Rate);
