/**
 * Helpers the plan's row modules (*-rows.ts) share to map rows to the plan's JSON shape and
 * back: language columns, JSON columns, grouping by scenario. No SQL here.
 */

export type Row = Record<string, unknown>;

/** Texts in two languages (migration 0009): the columns of each, NULL when not written. */
export const DESCRIPTIONS = ['description_zh', 'description_en'] as const;
export const SOURCES = ['source_zh', 'source_en'] as const;

export function textColumns(e: Partial<Record<string, unknown>>, keys: readonly string[]): Row {
  return Object.fromEntries(keys.map((k) => [k, e[k] ?? null]));
}

/** The language texts of a row, as the plan holds them: absent when NULL. */
export function textsFromRow(r: Row, keys: readonly string[]): Row {
  return Object.fromEntries(keys.filter((k) => r[k] !== null && r[k] !== undefined).map((k) => [k, r[k]]));
}

/** The language name columns of an entity (NULL = no name in that language). */
export function nameColumns(e: { name_zh?: string | undefined; name_en?: string | undefined }): Row {
  return { name_zh: e.name_zh ?? null, name_en: e.name_en ?? null };
}

/** The language names of a row, as the plan holds them: absent when NULL. */
export function namesFromRow(r: Row): Row {
  return Object.fromEntries(
    (['name_zh', 'name_en'] as const).filter((k) => r[k] !== null && r[k] !== undefined).map((k) => [k, r[k]]),
  );
}

/** Columns carry json_valid CHECKs, but a hand-made file may still hold anything: parse safely. */
export function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** Rows by their scenario_id, each list in the order read. */
export function groupBy(rows: Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const key = r.scenario_id as string;
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}
