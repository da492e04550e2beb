/**
 * Sentences with `{name}` placeholders, as the error and plan-issue texts write them
 * (error-text.ts, plan-issue-text.ts): what names a template uses, and the sentence with each
 * placeholder said by `say`, or null when one of them cannot be said exactly (a missing or
 * malformed param): a caller then falls back to its English message rather than show a gap.
 */
const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a template uses, each once. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** `template` with every placeholder said by `say`; null when `say` returns null for any. */
export function fillTemplate(template: string, say: (name: string) => string | null): string | null {
  let complete = true;
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const said = say(name);
    if (said === null) complete = false;
    return said ?? whole;
  });
  return complete ? text : null;
}
