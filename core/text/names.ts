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

/**
 * The mark a text gets when it is shown to a reader of one language but exists only in the
 * other (a name, a description, a place typed in the other language): the reader sees it is
 * untranslated rather than a slip. Reports and screens use the same words.
 */
export const FALLBACK_MARK: Record<Lang, (text: string) => string> = {
  zh: (text) => `${text}（未译）`,
  en: (text) => `${text} (untranslated)`,
};

const present = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/**
 * The name of `entity` for a reader of `lang`. Order: the name in that language; else the
 * primary name if it is written in that language (a hand-written plan, or code that set only
 * `name`); else the name in the other language, else the primary name, both marked as fallbacks.
 */
export function localName(entity: NamedEntity, lang: Lang): LocalName {
  const own = lang === 'zh' ? entity.name_zh : entity.name_en;
  if (present(own)) return { text: own.trim(), fallback: false };
  if (nameLanguage(entity.name) === lang) return { text: entity.name, fallback: false };
  const other = lang === 'zh' ? entity.name_en : entity.name_zh;
  if (present(other)) return { text: other.trim(), fallback: true };
  return { text: entity.name, fallback: true };
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

/** The name fields after an edit; null = no name in that language (the field is removed). */
export interface NameChanges {
  name: string;
  name_zh: string | null;
  name_en: string | null;
}

/**
 * The name fields after the user sets the name in one language (`lang`) or the primary name
 * (`'primary'`) to `value` (trimmed; empty = remove, not allowed for the primary). Fields that
 * repeated the edited name follow it, so a name given once (the primary copied into its
 * language by the upgrade) never goes stale in one place:
 * - editing the primary: a language name equal to the old primary is replaced by the new one
 *   when the new one is written in that language, else removed, and the new primary fills its
 *   own language if that is empty;
 * - editing a language name: the primary follows if it was the same text; removing it makes the
 *   primary the other language's name (a name is never empty).
 * Returns null when the edit would leave the entity without any name.
 */
export function renameChanges(entity: NamedEntity, lang: Lang | 'primary', raw: string): NameChanges | null {
  const value = raw.trim();
  const zh = present(entity.name_zh) ? entity.name_zh : null;
  const en = present(entity.name_en) ? entity.name_en : null;
  if (lang === 'primary') {
    if (value === '') return null;
    const own = nameLanguage(value);
    const follow = (current: string | null, l: Lang) => (current !== entity.name ? current : own === l ? value : null);
    const next = { name: value, name_zh: follow(zh, 'zh'), name_en: follow(en, 'en') };
    if (own === 'zh' && next.name_zh === null) next.name_zh = value;
    if (own === 'en' && next.name_en === null) next.name_en = value;
    return next;
  }
  const old = lang === 'zh' ? zh : en;
  const next = { name: entity.name, name_zh: zh, name_en: en };
  next[lang === 'zh' ? 'name_zh' : 'name_en'] = value === '' ? null : value;
  if (old !== null && entity.name === old) next.name = value !== '' ? value : (next.name_zh ?? next.name_en ?? '');
  if (next.name === '') return null;
  return next;
}

/** Write name changes into an entity (an immer draft or a copy): null removes the field. */
export function applyNameChanges(entity: NamedEntity, changes: NameChanges): void {
  entity.name = changes.name;
  if (changes.name_zh === null) delete entity.name_zh;
  else entity.name_zh = changes.name_zh;
  if (changes.name_en === null) delete entity.name_en;
  else entity.name_en = changes.name_en;
}

/**
 * Free text in two languages, as names (above): a description or a target's source has its
 * primary text and optional `_zh` / `_en` versions. `localText` picks the one for `lang` by
 * the same order as `localName`; an empty text stays empty (nothing to translate).
 */
export function localText(primary: string, zh: string | undefined, en: string | undefined, lang: Lang): LocalName {
  if (!present(primary) && !present(zh) && !present(en)) return { text: '', fallback: false };
  const own = lang === 'zh' ? zh : en;
  if (present(own)) return { text: own.trim(), fallback: false };
  if (present(primary) && nameLanguage(primary) === lang) return { text: primary.trim(), fallback: false };
  const other = lang === 'zh' ? en : zh;
  if (present(other)) return { text: other.trim(), fallback: true };
  return { text: primary.trim(), fallback: true };
}

const LATIN_WORD = /[A-Za-z]{2,}/g;
/** Where an English rendering may start: after closing Chinese punctuation or a " / ", before a capital. */
const BOUNDARY = /(?:[\u3002\uff1b\uff01\uff1f\uff09]\s*|\s+\/\s+)(?=[A-Z])/gu;

/**
 * The language versions of a text written before texts had two fields. A text without Chinese
 * is English; a Chinese text followed by an English rendering ("中文说明。 English text", or
 * "中文 / English", the samples' old style) is split where the rendering starts: the first
 * sentence boundary after which the rest has no Chinese and at least three English words. Any
 * other text with Chinese is Chinese as a whole.
 */
export function textsFromPrimary(text: string): { zh?: string; en?: string } {
  const t = text.trim();
  if (t === '') return {};
  if (!hasCjk(t)) return { en: t };
  for (const m of t.matchAll(BOUNDARY)) {
    const cut = m.index + m[0].length;
    const en = t.slice(cut).trim();
    if (hasCjk(en) || (en.match(LATIN_WORD) ?? []).length < 3) continue;
    const zh = t
      .slice(0, cut)
      .replace(/\s+\/\s*$/, '')
      .trim();
    if (hasCjk(zh)) return { zh, en };
  }
  return { zh: t };
}

/** A text's fields after an edit: the primary text and each language's (null = not written). */
export interface TextChanges {
  primary: string;
  zh: string | null;
  en: string | null;
}

/**
 * The text fields after the user writes the text of one language (`lang`), as a screen in that
 * language edits it: that language's field takes the value (trimmed; empty removes it), and the
 * primary text follows when it was the text shown in that language (or empty), so a text
 * written once never goes stale in one place; removing it leaves the other language's text as
 * the primary, else an empty one (descriptions and sources may be empty).
 */
export function retextChanges(
  t: { primary: string; zh?: string | undefined; en?: string | undefined },
  lang: Lang,
  raw: string,
): TextChanges {
  const value = raw.trim();
  const zh = present(t.zh) ? t.zh : null;
  const en = present(t.en) ? t.en : null;
  const shown = localText(t.primary, zh ?? undefined, en ?? undefined, lang);
  const next: TextChanges = { primary: t.primary, zh, en };
  next[lang] = value === '' ? null : value;
  const followed = t.primary.trim() === '' || (!shown.fallback && t.primary.trim() === shown.text);
  if (followed) next.primary = value !== '' ? value : (next.zh ?? next.en ?? '');
  return next;
}

/** Write text changes into an entity's `field` and its `field_zh` / `field_en` (null removes them). */
export function applyTextChanges<F extends 'description' | 'source'>(
  entity: Record<F, string> & Partial<Record<`${F}_zh` | `${F}_en`, string>>,
  field: F,
  changes: TextChanges,
): void {
  const e = entity as Record<string, string | undefined>;
  e[field] = changes.primary;
  for (const lang of ['zh', 'en'] as const) {
    const v = changes[lang];
    if (v === null) delete e[`${field}_${lang}`];
    else e[`${field}_${lang}`] = v;
  }
}
