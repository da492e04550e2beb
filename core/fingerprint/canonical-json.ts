/**
 * Canonical JSON in the manner of RFC 8785 (JSON Canonicalization Scheme), for values that are
 * already plain JSON data (what a parsed Plan is):
 *
 *  - object members sorted by key, compared as UTF-16 code units (JavaScript's default string
 *    order, which is what RFC 8785 specifies); members whose value is `undefined` are left out,
 *    as JSON.stringify does;
 *  - no whitespace anywhere;
 *  - strings escaped as JSON.stringify escapes them (RFC 8785 adopts exactly that rule);
 *  - numbers in ECMAScript's shortest round-trip form (JSON.stringify again: 1e21, 0.1, 5);
 *    -0 is written as 0; NaN and Infinity are not JSON and are refused;
 *  - arrays keep their order (order is content: consumers and measures are listed in order).
 *
 * Two values that mean the same JSON therefore give the same text whatever their key order or
 * the formatting of the file they came from. Anything that is not JSON data (functions, Dates,
 * Maps, bigint, symbols, cycles) throws, so a caller cannot hash something by accident.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, out, new Set());
  return out.join('');
}

function write(value: unknown, out: string[], seen: Set<object>): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON: ${String(value)} is not a JSON number`);
      // JSON.stringify(-0) is "0" and otherwise gives the shortest round-trip form.
      out.push(JSON.stringify(value));
      return;
    case 'object':
      break;
    default:
      throw new TypeError(`canonical JSON: a ${typeof value} is not JSON data`);
  }
  const obj = value as object;
  if (seen.has(obj)) throw new TypeError('canonical JSON: the value contains a cycle');
  seen.add(obj);
  if (Array.isArray(obj)) {
    out.push('[');
    obj.forEach((item: unknown, i) => {
      if (i > 0) out.push(',');
      // Arrays have no "missing" members in JSON: undefined becomes null, as in JSON.stringify.
      write(item === undefined ? null : item, out, seen);
    });
    out.push(']');
  } else {
    const proto = Object.getPrototypeOf(obj) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new TypeError('canonical JSON: only plain objects are JSON data');
    const record = obj as Record<string, unknown>;
    // Default sort compares UTF-16 code units, the order RFC 8785 prescribes.
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    out.push('{');
    keys.forEach((key, i) => {
      if (i > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      write(record[key], out, seen);
    });
    out.push('}');
  }
  seen.delete(obj);
}
