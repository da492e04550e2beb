import type { Migration } from './types.ts';

/**
 * PLACEHOLDER, not to ship: migration 8 is assigned to another branch, which was not merged when
 * this branch added migration 9 (texts in two languages). The runner requires versions 1..n
 * without gaps, so this no-op holds the number until that branch's real 0008 replaces it at the
 * merge (delete this file, keep theirs, and re-run tests/host/store/schema.test.ts to rewrite
 * the v8 and v9 snapshots). Migration 9 does not depend on anything 0008 adds.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'reserved',
  up() {},
};
