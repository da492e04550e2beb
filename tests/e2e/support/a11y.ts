import type { Page } from 'playwright-core';

/**
 * A small accessibility audit run in the page: every visible control has an accessible name,
 * ids are unique, and there is exactly one main landmark. Not a replacement for a full audit
 * (no axe-core here), but it catches the common regressions: unlabelled inputs, icon-only
 * buttons, duplicated ids that break label/aria references.
 */
export async function auditPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element) => {
      const r = (el as HTMLElement).getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const textOf = (ids: string) =>
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const nameOf = (el: Element): string => {
      const aria = el.getAttribute('aria-label');
      if (aria) return aria.trim();
      const by = el.getAttribute('aria-labelledby');
      if (by) return textOf(by);
      if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
        const labels = [...(el.labels ?? [])]
          .map((l) => l.textContent ?? '')
          .join(' ')
          .trim();
        if (labels) return labels;
      }
      const own = (el.textContent ?? '').trim();
      if (own && !(el instanceof HTMLInputElement)) return own;
      return (el.getAttribute('title') ?? '').trim();
    };
    for (const el of document.querySelectorAll('button, input, select, textarea, a[href], [role="button"]')) {
      if (!visible(el)) continue;
      if (nameOf(el) === '') problems.push(`no accessible name: ${el.outerHTML.slice(0, 120)}`);
    }
    const ids = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
    for (const [id, n] of ids) if (n > 1) problems.push(`duplicate id "${id}" (${n}x)`);
    const mains = document.querySelectorAll('main, [role="main"]').length;
    if (mains !== 1) problems.push(`${mains} main landmarks`);
    if (!document.documentElement.lang) problems.push('no lang on <html>');
    return problems;
  });
}
