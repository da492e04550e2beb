/**
 * Bounds on what one edit may carry. The plan is re-validated after every edit, but a patch
 * that changes nothing (or is refused later) was still stored whole in change_log: a 30 MB
 * no-op patch once went in. So patch values are measured before anything is applied: JSON size
 * and nesting depth, walked iteratively with an early exit (a deeply nested value cannot
 * overflow the stack, a huge one is not serialised to be measured).
 */

/** A whole imported weather year (several 8760-hour arrays) is about 0.5 MB of JSON. */
export const MAX_PATCH_VALUE_CHARS = 4 * 1024 * 1024;
/** Plan content nests about 8 levels deep; 16 leaves room for any future field. */
export const MAX_PATCH_VALUE_DEPTH = 16;
/** All patches of one edit together. */
export const MAX_EDIT_CHARS = 8 * 1024 * 1024;

export type PatchSize = { ok: true; chars: number } | { ok: false; reason: 'too_deep' | 'too_large' };

/** Approximate JSON size of `value` (within a few percent), or why it is over the bounds. */
export function measurePatchValue(value: unknown, maxChars = MAX_PATCH_VALUE_CHARS, maxDepth = MAX_PATCH_VALUE_DEPTH): PatchSize {
  let chars = 0;
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (typeof v === 'string') chars += v.length + 2;
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) chars += String(v).length;
    else if (typeof v === 'object') {
      if (depth >= maxDepth) return { ok: false, reason: 'too_deep' };
      const entries = Array.isArray(v) ? v.map((x) => ['', x] as const) : Object.entries(v);
      chars += 2;
      for (const [key, child] of entries) {
        chars += key.length + 4;
        stack.push({ v: child, depth: depth + 1 });
      }
    }
    if (chars > maxChars) return { ok: false, reason: 'too_large' };
  }
  return { ok: true, chars };
}
