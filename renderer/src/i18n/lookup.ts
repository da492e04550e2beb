import type { Lang } from '../../../core/text/names.ts';
import { en } from './en.ts';

/** The language of texts (core/text, names) for the screen's language: 'zh' for Chinese, else 'en'. */
export function textLang(language: string): Lang {
  return language.startsWith('zh') ? 'zh' : 'en';
}

/**
 * Whether `key` names a string in the language files. For keys built from data (a field, a
 * choice's value): a key that names nothing would show the key itself.
 */
export function hasMessage(key: string): boolean {
  let node: unknown = en;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}
