import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../core/model/plan.ts';
import { resolveScenario } from '../../../core/engine/resolve.ts';
import { localName, localText, type Lang, type NamedEntity } from '../../../core/text/names.ts';

/** The screen's language as names know it. */
export function nameLang(language: string): Lang {
  return language.startsWith('zh') ? 'zh' : 'en';
}

/**
 * A function naming park, enterprises, scenarios, measures and targets in the screen's language
 * (core/text/names.ts: the name in that language, else the other one). Editors still show the
 * primary name and both language names as fields (forms/NameFields.tsx).
 */
export function useLocalName(): (e: NamedEntity) => string {
  const { i18n } = useTranslation();
  const lang = nameLang(i18n.language);
  return useCallback((e: NamedEntity) => localName(e, lang).text, [lang]);
}

/**
 * The plan's target names in the screen's language, by target id: results carry a target's
 * primary name only, which may be in the other language.
 */
export function useTargetNames(targets: readonly (NamedEntity & { id: string })[]): ReadonlyMap<string, string> {
  const ln = useLocalName();
  return useMemo(() => new Map(targets.map((x) => [x.id, ln(x)])), [targets, ln]);
}

/** Names of a plan's scenarios and measures in the screen's language, looked up by id. */
export interface PlanNames {
  scenario(id: string, fallback: string): string;
  measure(id: string, fallback: string): string;
}

/**
 * The plan's scenario and measure names in the screen's language, by id: results (MAC entries,
 * scenario names) carry a primary name only, which may be in the other language. An id the plan
 * no longer has keeps the result's name (`fallback`). Measures are named as `scenarioId` resolves
 * them (a child's override may rename an inherited measure); without it, or for a measure that
 * scenario does not have, as the first scenario that defines the id.
 */
export function usePlanNames(plan: Plan, scenarioId?: string): PlanNames {
  const ln = useLocalName();
  let resolved: [string, string][] = [];
  if (scenarioId !== undefined) {
    try {
      resolved = resolveScenario(plan, scenarioId).measures.map((r) => [r.measure.id, ln(r.measure)]);
    } catch {
      // An unresolvable chain has no results to name either; the host reports the error.
    }
  }
  // Keyed by the names themselves, so an edit that leaves every name as it was (most edits)
  // keeps the same object and does not redraw what depends on it.
  const key = JSON.stringify([resolved, plan.scenarios.map((s) => [s.id, ln(s), s.measures.map((m) => [m.id, ln(m)])] as const)]);
  return useMemo(() => {
    const [own, list] = JSON.parse(key) as [[string, string][], [string, string, [string, string][]][]];
    const scenarios = new Map(list.map(([id, name]) => [id, name]));
    const measures = new Map<string, string>(own);
    for (const [, , ms] of list) for (const [id, name] of ms) if (!measures.has(id)) measures.set(id, name);
    return {
      scenario: (id, fallback) => scenarios.get(id) ?? fallback,
      measure: (id, fallback) => measures.get(id) ?? fallback,
    };
  }, [key]);
}

/**
 * Free texts (descriptions, a target's source) in the screen's language: `text` for showing
 * (the other language's when that is all there is), `own` for an editor (empty when this
 * language has none yet, so the user writes the translation rather than editing the other
 * language's text), and `lang` for retextChanges when the edit is committed.
 */
export function useLocalText(): {
  lang: Lang;
  text: (primary: string, zh: string | undefined, en: string | undefined) => string;
  own: (primary: string, zh: string | undefined, en: string | undefined) => string;
} {
  const { i18n } = useTranslation();
  const lang = nameLang(i18n.language);
  return useMemo(
    () => ({
      lang,
      text: (primary, zh, en) => localText(primary, zh, en, lang).text,
      own: (primary, zh, en) => {
        const t = localText(primary, zh, en, lang);
        return t.fallback ? '' : t.text;
      },
    }),
    [lang],
  );
}
