/**
 * Locale-aware number formatting. Formatters are cached per (locale, digits) because tables
 * format thousands of cells and Intl.NumberFormat construction is the expensive part.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** A quantity with grouping and at most `maxDigits` decimals (trailing zeros dropped). */
export function formatNumber(value: number, locale: string, maxDigits = 1): string {
  return formatter(locale, { maximumFractionDigits: maxDigits, minimumFractionDigits: 0 }).format(value);
}

/** A fraction shown as a percentage: 0.06 -> "6%" / "6.5%". */
export function formatPercent(fraction: number, locale: string, maxDigits = 1): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: maxDigits }).format(fraction);
}

/** A calendar year, never grouped ("2024", not "2,024"). */
export function formatYear(year: number, locale: string): string {
  return formatter(locale, { useGrouping: false, maximumFractionDigits: 0 }).format(year);
}

export function formatDateTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
