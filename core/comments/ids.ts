/**
 * A fresh comment id ("c-" + 12 hex digits, in the plan's Id alphabet) that none of `taken`
 * uses. Shared by the renderer (comments on an editable project), the host (comments in review
 * mode) and the review merge. Web Crypto's getRandomValues exists in Node and in the browser.
 */
export function newCommentId(taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(6));
    const id = `c-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    if (!taken.has(id)) return id;
  }
}
