import { formatNumber, formatPercent, formatYear } from '../format/numbers.ts';

/**
 * Formatting for chart labels and tooltips, per locale. Tooltips are HTML strings (echarts
 * sets innerHTML), and series names can be user data (measure and target names), so every
 * piece of text that goes into one passes through escapeHtml.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const compactCache = new Map<string, Intl.NumberFormat>();

/** Short axis labels: "1.2M" / "120万". */
export function formatCompact(value: number, locale: string): string {
  let f = compactCache.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    compactCache.set(locale, f);
  }
  return f.format(value);
}

/** A figure with a sensible number of decimals for its size. */
export function formatValue(value: number, locale: string): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 1 : abs >= 0.01 ? 3 : 4;
  return formatNumber(value, locale, digits);
}

export function formatSigned(
  value: number,
  locale: string,
  format: (v: number) => string = (v) => formatValue(v, locale),
): string {
  if (value === 0) return format(0);
  return value > 0 ? `+${format(value)}` : `−${format(-value)}`;
}

export { formatNumber, formatPercent, formatYear };

export interface TooltipRow {
  marker?: string;
  name: string;
  value: string;
  strong?: boolean;
}

/** A tooltip body: a header line and name/value rows, all escaped. */
export function tooltipHtml(header: string, rows: readonly TooltipRow[]): string {
  const body = rows
    .map(
      (r) =>
        `<div class="chart-tip__row${r.strong === true ? ' chart-tip__row--strong' : ''}">${r.marker ?? ''}` +
        `<span class="chart-tip__name">${escapeHtml(r.name)}</span><span class="chart-tip__value">${escapeHtml(r.value)}</span></div>`,
    )
    .join('');
  return `<div class="chart-tip"><div class="chart-tip__head">${escapeHtml(header)}</div>${body}</div>`;
}

/** The coloured dot echarts passes as `marker` is its own HTML; recreate it from a colour instead. */
export function dot(color: unknown): string {
  const c = typeof color === 'string' && /^#[0-9a-fA-F]{3,8}$|^rgba?\([\d\s.,%]+\)$/.test(color) ? color : '#888';
  return `<span class="chart-tip__dot" style="background:${c}"></span>`;
}
