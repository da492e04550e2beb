import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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
