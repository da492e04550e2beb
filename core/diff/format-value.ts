/**
 * Deterministic, locale-free formatting of plan values for diff text and memos (core must give
 * the same text on every machine, so no Intl or toLocaleString here).
 */

/** 12000 -> "12,000"; 0.075 -> "0.075"; -1234.5 -> "-1,234.5". Full precision, grouped. */
export function formatNumber(n: number, maxDecimals?: number): string {
  let text = maxDecimals === undefined ? String(n) : n.toFixed(maxDecimals);
  if (/e/i.test(text)) return text;
  if (maxDecimals !== undefined && text.includes('.')) text = text.replace(/\.?0+$/, '');
  if (text === '-0') text = '0';
  const negative = text.startsWith('-');
  const [int, frac] = (negative ? text.slice(1) : text).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** A signed difference: "+1,200" / "-34,567" / "±0". */
export function formatDelta(n: number, maxDecimals = 0): string {
  const text = formatNumber(n, maxDecimals);
  if (text === '0') return '±0';
  return n > 0 ? `+${text}` : text;
}

const MAX_TEXT = 80;

function isPathPoint(v: unknown): v is { year: number; value: number } {
  return v !== null && typeof v === 'object' && 'year' in v && 'value' in v && Object.keys(v).length === 2;
}

/** One value of a plan field, short enough for one line. */
export function formatValue(v: unknown, unit: string | null = null): string {
  const suffix = unit === null ? '' : ` ${unit}`;
  if (v === null || v === undefined) return '(none)';
  if (typeof v === 'number') return `${formatNumber(v)}${suffix}`;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string') return JSON.stringify(v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT - 1)}…` : v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '(empty)';
    // Year paths read as "2024: 90, 2030: 150 CNY/t".
    if (v.every(isPathPoint)) return `${v.map((p) => `${p.year}: ${formatNumber(p.value)}`).join(', ')}${suffix}`;
    return clip(`[${v.map((x) => formatValue(x)).join(', ')}]`);
  }
  return clip(JSON.stringify(v));
}

function clip(text: string): string {
  return text.length > 2 * MAX_TEXT ? `${text.slice(0, 2 * MAX_TEXT - 1)}…` : text;
}
