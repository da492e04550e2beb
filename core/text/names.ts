/**
 * Names in two languages (issue 13, item 4). A park, enterprise, scenario, measure and target has
 * `name`, its primary name (required; what logs, diffs and the command line show), and optional
 * `name_zh` / `name_en`, its names for a Chinese and an English reader. Every report and screen
 * that writes for one language picks the name through `localName`, which says when it had to
 * fall back to the other language, so the reader can be told (a mark in a report, a hint in the
 * app) instead of silently getting a foreign word.
 *
 * Plans written before the two fields existed are upgraded by putting the one name into the
 * language it is written in (`nameLanguage`: any CJK ideograph makes it Chinese), in plan JSON
 * (core/model/upgrade-v2.ts) and in project files (migration 0007).
 */

export type Lang = 'zh' | 'en';

export interface NamedEntity {
  name: string;
  name_zh?: string | undefined;
  name_en?: string | undefined;
}

export interface LocalName {
  text: string;
  /** True when the entity has no name in the asked language and `text` is in the other one. */
  fallback: boolean;
}

// CJK Unified Ideographs with extension A, compatibility ideographs, and the ideographs of the
// supplementary planes (extensions B-G); kana and hangul are not Chinese names.
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/** True when the text holds at least one Chinese character. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** The language a single name is written in: Chinese as soon as it has one Chinese character. */
export function nameLanguage(text: string): Lang {
  return hasCjk(text) ? 'zh' : 'en';
}

const present = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/**
 * The name of `entity` for a reader of `lang`. Order: the name in that language; else the name
 * in the other language (a fallback); else the primary name, a fallback unless it is written in
 * `lang` (a hand-written plan may give only `name`).
 */
export function localName(entity: NamedEntity, lang: Lang): LocalName {
  const own = lang === 'zh' ? entity.name_zh : entity.name_en;
  if (present(own)) return { text: own.trim(), fallback: false };
  const other = lang === 'zh' ? entity.name_en : entity.name_zh;
  if (present(other)) return { text: other.trim(), fallback: true };
  return { text: entity.name, fallback: nameLanguage(entity.name) !== lang };
}

/**
 * The language fields for an entity that has only `name`: the name goes to the language it is
 * written in. Used by the plan upgrade and the file migration, so both decide alike.
 */
export function namesFromPrimary(name: string): { name_zh?: string; name_en?: string } {
  return nameLanguage(name) === 'zh' ? { name_zh: name } : { name_en: name };
}

/**
 * The primary name after the user edits the language names: the Chinese name when there is one
 * (Chinese first), else the English one, else the old primary (a name is never empty).
 */
export function primaryName(names: { name_zh?: string | undefined; name_en?: string | undefined }, previous: string): string {
  if (present(names.name_zh)) return names.name_zh.trim();
  if (present(names.name_en)) return names.name_en.trim();
  return previous;
}
