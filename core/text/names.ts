/**
 * The one place a park, enterprise, scenario, measure or target name is chosen for a reader in
 * a language. Every report and screen goes through it, so that names in both languages (issue
 * 13, item 4) change this function and nothing else. Until then each entity has one name, which
 * serves both languages and is never a fallback.
 */
export function localName(entity: { name: string }, lang: 'zh' | 'en'): { text: string; fallback: boolean } {
  void lang;
  return { text: entity.name, fallback: false };
}
