import { describe, expect, it } from 'vitest';
import {
  PLAN_ISSUE_KEYS,
  PLAN_ISSUE_REASONS,
  PLAN_ISSUE_TEXT,
  intlPlanIssueLocale,
  planIssueParamNames,
  planIssueReason,
  planIssueText,
  type PlanIssueKey,
  type PlanIssueParamSpec,
} from '../../../core/text/plan-issue-text.ts';
import type { ErrorReason } from '../../../core/api/result.ts';
import { ApiErrorSchema } from '../../../core/api/result.ts';
import { placeholdersOf } from '../../../core/text/fill-template.ts';

const LANGS = ['zh', 'en'] as const;
const LATIN = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;
const PLACEHOLDER = /\{(\w+)\}/g;

/** A value of the right type for every param of `key`; ids and names with Latin letters. */
function sampleParams(key: keyof typeof PLAN_ISSUE_REASONS): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(PLAN_ISSUE_REASONS[key]) as [string, PlanIssueParamSpec][]) {
    if (spec.kind === 'number') out[name] = 1234.5;
    else if (spec.kind === 'year') out[name] = 2060;
    else if (spec.kind === 'count') out[name] = 3;
    else if (spec.kind === 'text') out[name] = 'pv-roof-1';
    else if (spec.kind === 'values') out[name] = ['alpha', 'beta'];
    else out[name] = spec.values[0]!;
  }
  return out;
}

/** planIssueReason for a key chosen at run time (the compiler checks each call with a literal key). */
const anyReason = planIssueReason as unknown as (key: PlanIssueKey, params: Record<string, unknown>) => ErrorReason;

describe('plan issue templates', () => {
  it('has one template per key in both languages, whose placeholders are exactly the key’s params', () => {
    for (const lang of LANGS) {
      const templates = PLAN_ISSUE_TEXT[lang].templates;
      expect(Object.keys(templates).sort()).toEqual([...PLAN_ISSUE_KEYS].sort());
      for (const key of PLAN_ISSUE_KEYS) {
        expect(templates[key].trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholdersOf(templates[key]).sort(), `${lang} ${key}`).toEqual(planIssueParamNames(key).sort());
      }
    }
  });

  it('writes Chinese templates and words without Latin letters, and English ones without Chinese', () => {
    for (const key of PLAN_ISSUE_KEYS) {
      const zh = PLAN_ISSUE_TEXT.zh.templates[key].replace(PLACEHOLDER, '');
      expect(zh, key).not.toMatch(LATIN);
      expect(zh, key).toMatch(HAN);
      expect(PLAN_ISSUE_TEXT.en.templates[key], key).not.toMatch(HAN);
    }
    for (const words of Object.values(PLAN_ISSUE_TEXT.zh.words))
      for (const [value, word] of Object.entries(words)) expect(word, value).not.toMatch(LATIN);
  });

  it('has a word in both languages for every value of every choice param', () => {
    for (const key of PLAN_ISSUE_KEYS)
      for (const [name, spec] of Object.entries(PLAN_ISSUE_REASONS[key]) as [string, PlanIssueParamSpec][]) {
        if (spec.kind !== 'choice') continue;
        for (const lang of LANGS)
          for (const value of spec.values)
            expect(PLAN_ISSUE_TEXT[lang].words[name]?.[value], `${lang} ${key}.${name}=${value}`).toBeTruthy();
      }
  });

  it('says every reason in both languages; in Chinese the only Latin letters are those of the ids and values given', () => {
    for (const key of PLAN_ISSUE_KEYS) {
      const r = anyReason(key, sampleParams(key));
      const zh = planIssueText(r, intlPlanIssueLocale('zh'));
      const en = planIssueText(r, intlPlanIssueLocale('en'));
      expect(zh, key).not.toBeNull();
      expect(en, key).not.toBeNull();
      expect(zh, key).not.toMatch(/\{\w+\}/);
      expect(zh!.replace(/pv-roof-1|alpha|beta/g, ''), key).not.toMatch(LATIN);
    }
  });

  it('fills bounds, years and lists in the reader’s form', () => {
    const zh = intlPlanIssueLocale('zh');
    const en = intlPlanIssueLocale('en');
    expect(planIssueText(planIssueReason('number_too_big', { maximum: 100_000_000 }), zh)).toBe(
      '此值不能大于 100,000,000。请填写更小的值；若数字本身无误，请检查单位是否用错。',
    );
    expect(planIssueText(planIssueReason('start_after_horizon', { horizon_year: 2060 }), en)).toBe(
      'The measure starts after the horizon year 2060, so it never takes effect. Choose a start year up to 2060.',
    );
    expect(planIssueText(planIssueReason('value_not_allowed', { values: ['a', 'b'] }), zh)).toBe(
      '此值不在可选范围内（可选：“a”、“b”）。请从中选择一项。',
    );
    expect(planIssueText(planIssueReason('wrong_type', { expected: 'number' }), zh)).toBe(
      '此处应为数字，但填入的是其他类型的内容。请填写数字。',
    );
  });

  it('gives null, never a half sentence, for an unknown key or a missing or ill-typed param', () => {
    const zh = intlPlanIssueLocale('zh');
    expect(planIssueText(undefined, zh)).toBeNull();
    expect(planIssueText({ key: 'no_such_issue', params: {} }, zh)).toBeNull();
    expect(planIssueText({ key: 'toString', params: {} }, zh)).toBeNull();
    expect(planIssueText({ key: 'duplicate_id', params: {} }, zh)).toBeNull();
    expect(planIssueText({ key: 'number_too_small', params: { minimum: 'zero' } }, zh)).toBeNull();
    expect(planIssueText({ key: 'year_too_late', params: { maximum: 2100.5 } }, zh)).toBeNull();
    expect(planIssueText({ key: 'wrong_type', params: { expected: 'banana' } }, zh)).toBeNull();
  });

  it('crosses the API on each issue of the error envelope, and issues without one still parse', () => {
    const reason = planIssueReason('negative_number');
    const error = {
      code: 'PLAN_INVALID',
      message: 'x',
      details: [{ path: 'consumers[0].energy.coal_t', message: 'Too small', reason }],
    };
    expect(ApiErrorSchema.parse(error)).toEqual(error);
    expect(ApiErrorSchema.safeParse({ code: 'PLAN_INVALID', message: 'x', details: [{ path: 'a', message: 'b' }] }).success).toBe(
      true,
    );
  });
});
