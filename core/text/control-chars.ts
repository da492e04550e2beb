/**
 * Control characters in untrusted text. A name carrying `\r` and ANSI escape sequences once made
 * a terminal print "signature valid: signed by Li Wei" over a failed check. Two defences:
 *  - input: names refuse every control character, multi-line text allows only newline and tab
 *    (core/model/primitives.ts), so a plan, a comment or a signer never carries one;
 *  - output: everything printed to a terminal or a log passes through `escapeControlChars`,
 *    which shows such characters as visible `\u001b`-style escapes, for files written before
 *    the input check and for sidecars nobody has validated.
 * Covered: C0 (U+0000-U+001F), DEL and C1 (U+007F-U+009F), the Unicode bidirectional overrides
 * and isolates (U+202A-U+202E, U+2066-U+2069; "Trojan Source", CVE-2021-42574) and the line and
 * paragraph separators (U+2028, U+2029), which terminals and log viewers treat as line breaks.
 */

const NAME_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const TEXT_FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const OUTPUT_ESCAPED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** True when a one-line name has no control character at all. */
export function isCleanName(value: string): boolean {
  return !NAME_FORBIDDEN.test(value);
}

/** True when multi-line text has no control character other than newline and tab. */
export function isCleanText(value: string): boolean {
  return !TEXT_FORBIDDEN.test(value);
}

/**
 * The text with every control character but newline and tab shown as `\uXXXX`, for terminal
 * and log output. The result stays valid inside a JSON string, so JSON output can pass too.
 */
export function escapeControlChars(value: string): string {
  return value.replace(OUTPUT_ESCAPED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
