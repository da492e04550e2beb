/**
 * Reading what people paste or type into grid cells. Spreadsheets in China hand over numbers
 * with grouping ("1,234.5"), full-width digits and punctuation from input methods ("１２３，４５６．７"),
 * percent signs on share columns ("35%"), accounting negatives ("(1,200)") and the translated
 * names of choices in either language. Anything that is not clearly one of these is refused
 * rather than guessed: a wrong number in an emissions inventory is worse than a refusal.
 */

/** Full-width forms to ASCII (NFKC), the Unicode minus to '-', any spaces removed. */
export function normaliseNumberText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\uFE63]/g, '-')
    .replace(/\s+/g, '');
}

export type NumberRead = { ok: true; value: number } | { ok: false; reason: 'empty' | 'not_a_number' | 'percent_not_allowed' };

// Grouping must be real thousands groups: "12,34" is refused (a decimal comma from another
// locale would otherwise silently become 1234).
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;
const PLAIN = /^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * A number as shown in the cell (for a share column, percent points: "35%" and "35" both read
 * as 35). `percent` says whether the column is a share or rate shown in percent; a percent sign
 * anywhere else is refused, since "5%" of a tonnage means nothing.
 */
export function readNumber(raw: string, percent: boolean): NumberRead {
  let s = normaliseNumberText(raw);
  if (s === '') return { ok: false, reason: 'empty' };
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.endsWith('%')) {
    if (!percent) return { ok: false, reason: 'percent_not_allowed' };
    s = s.slice(0, -1);
  }
  if (s.startsWith('-') || s.startsWith('+')) {
    if (negative) return { ok: false, reason: 'not_a_number' };
    negative = s.startsWith('-');
    s = s.slice(1);
  }
  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  else if (!PLAIN.test(s)) return { ok: false, reason: 'not_a_number' };
  const n = Number(s);
  if (!Number.isFinite(n)) return { ok: false, reason: 'not_a_number' };
  return { ok: true, value: negative ? -n : n };
}

/** One choice of an enum column: its stored value and every name it may be pasted as. */
export interface EnumChoice {
  value: string;
  /** Shown label first (current language), then other names (other languages). */
  names: readonly string[];
}

function choiceKey(s: string): string {
  return s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The choice a pasted or typed text names: its stored value ("battery_materials", also with
 * spaces or dashes), or any of its names in any language, ignoring case and full-width forms.
 * Null when nothing matches, or when the text names two different choices.
 */
export function matchChoice(raw: string, choices: readonly EnumChoice[]): string | null {
  const key = choiceKey(raw);
  if (key === '') return null;
  const hits = new Set<string>();
  for (const c of choices) {
    const candidates = [c.value, c.value.replace(/_/g, ' '), c.value.replace(/_/g, '-'), ...c.names];
    if (candidates.some((n) => choiceKey(n) === key)) hits.add(c.value);
  }
  return hits.size === 1 ? [...hits][0]! : null;
}

/** Choices whose names contain the typed text (for the picker's filter), in their order. */
export function filterChoices(text: string, choices: readonly EnumChoice[]): EnumChoice[] {
  const key = choiceKey(text);
  if (key === '') return [...choices];
  return choices.filter((c) => [c.value, ...c.names].some((n) => choiceKey(n).includes(key)));
}
