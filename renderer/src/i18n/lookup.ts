import { en } from './en.ts';

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
