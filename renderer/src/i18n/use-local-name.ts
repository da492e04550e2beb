import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localName, type Lang, type NamedEntity } from '../../../core/text/names.ts';

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
