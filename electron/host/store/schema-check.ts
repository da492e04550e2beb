import type { SchemaRow } from './connection.ts';

/**
 * Compares a file's sqlite_schema with the expected one. A file from someone else may carry
 * views, triggers or virtual tables that run code when we read or write; and a changed table
 * (looser CHECKs, a table swapped for a view) would let bad data past the store. Only an
 * exact match is accepted.
 */
export type SchemaVerdict = { ok: true } | { ok: false; kind: 'mismatch' | 'unexpected'; problems: string[] };

export function compareSchema(actual: readonly SchemaRow[], expected: readonly SchemaRow[]): SchemaVerdict {
  const key = (r: SchemaRow) => `${r.type}\u0000${r.name}`;
  const actualByKey = new Map(actual.map((r) => [key(r), r]));
  const expectedKeys = new Set(expected.map(key));

  // Missing or changed tables and indexes come first: "a table replaced by a view" is a
  // mismatch, even though the view is also an extra object.
  const mismatches: string[] = [];
  for (const want of expected) {
    const got = actualByKey.get(key(want));
    if (!got) mismatches.push(`${want.type} "${want.name}" is missing`);
    else if (got.tbl_name !== want.tbl_name || got.sql !== want.sql) mismatches.push(`${want.type} "${want.name}" differs`);
  }
  if (mismatches.length > 0) return { ok: false, kind: 'mismatch', problems: mismatches };

  const extras = actual.filter((r) => !expectedKeys.has(key(r))).map((r) => `${describe(r)} "${r.name}"`);
  if (extras.length > 0) return { ok: false, kind: 'unexpected', problems: extras };
  return { ok: true };
}

function describe(row: SchemaRow): string {
  if (row.type === 'table' && row.sql !== null && /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(row.sql)) return 'virtual table';
  return row.type;
}
