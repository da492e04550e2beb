import type { Migration } from './types.ts';

/**
 * Uncertain inputs of the Risk screen (core/uncertainty, `plan.uncertainty`). FROZEN once
 * shipped, like the others.
 *
 * One row per input, in order. The distribution is JSON (its parameters differ by kind); the
 * CHECKs pin the enumerations and the JSON's shape, and core's zod schema checks the numbers
 * on every read. `address` is not a foreign key: it names a setting, enterprises or measures
 * in a small path language that core checks against the plan (an input whose measure was
 * deleted is reported with its path, not silently dropped).
 */
const SQL = `
CREATE TABLE uncertain_inputs (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL UNIQUE CHECK (position >= 0),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  address TEXT NOT NULL CHECK (length(address) BETWEEN 3 AND 200),
  mode TEXT NOT NULL CHECK (mode IN ('set', 'scale', 'shift')),
  distribution TEXT NOT NULL CHECK (
    json_valid(distribution) AND json_type(distribution) = 'object'
    AND json_extract(distribution, '$.kind') IN ('three_point', 'triangular', 'uniform', 'normal', 'lognormal')
  ),
  group_id TEXT CHECK (group_id IS NULL OR length(group_id) BETWEEN 1 AND 64),
  source TEXT NOT NULL
) STRICT;
`;

export const migration0004: Migration = {
  version: 4,
  name: 'uncertainty',
  up(db) {
    db.exec(SQL);
  },
};
