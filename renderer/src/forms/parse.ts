/**
 * Parsing what people type into numbers. Accepts grouping separators ("1,234.5") and full-width
 * digits and punctuation from Chinese input methods ("１２３．５"); refuses anything else rather
 * than guessing.
 */
export function parseDecimal(raw: string): number | null {
  const halfWidth = raw
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E/g, '.')
    .replace(/\uFF0D/g, '-')
    .replace(/[,\uFF0C\s]/g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(halfWidth)) return null;
  const n = Number(halfWidth);
  return Number.isFinite(n) ? n : null;
}

export function parseInteger(raw: string): number | null {
  const n = parseDecimal(raw);
  return n !== null && Number.isInteger(n) ? n : null;
}
