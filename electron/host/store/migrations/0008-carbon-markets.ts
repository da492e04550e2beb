import type { Migration } from './types.ts';

/**
 * Schema v8: carbon markets (core/carbon-market). FROZEN once shipped, like the others.
 *
 * - `carbon_markets`: one row per market of `plan.carbon_markets`, in order; price paths are
 *   JSON arrays of {year, value} (the CHECKs pin a non-empty array, core's zod schema checks
 *   the points on every read); every number a user set carries its source (non-empty).
 * - `carbon_market_coverage`: at most one row per enterprise (`consumers[i].carbon_market`);
 *   the allocation rule's columns are filled for its kind and NULL for the other, which a CHECK
 *   enforces. `market_id` is not a foreign key: a coverage naming a deleted market is reported
 *   by core's validation with its path, not silently dropped.
 * - The plan's `carbon_markets` field is optional: meta `carbon_markets` says present or absent,
 *   so an emptied list stays an empty list and plans without it keep their fingerprints.
 */
const PATH = (col: string, nullable: boolean) =>
  `${col} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${nullable ? `${col} IS NULL OR ` : ''}(json_valid(${col}) AND json_type(${col}) = 'array' AND json_array_length(${col}) BETWEEN 1 AND 200))`;

const SQL = `
CREATE TABLE carbon_markets (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL UNIQUE CHECK (position >= 0),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_zh TEXT CHECK (name_zh IS NULL OR length(name_zh) BETWEEN 1 AND 200),
  name_en TEXT CHECK (name_en IS NULL OR length(name_en) BETWEEN 1 AND 200),
  kind TEXT NOT NULL CHECK (kind IN ('national', 'regional')),
  ${PATH('price_cny_per_t', false)},
  price_source TEXT NOT NULL CHECK (length(price_source) BETWEEN 1 AND 2000),
  offset_cap_share REAL NOT NULL CHECK (offset_cap_share BETWEEN 0 AND 1),
  offset_cap_source TEXT NOT NULL CHECK (length(offset_cap_source) BETWEEN 1 AND 2000),
  ${PATH('offset_price_cny_per_t', false)},
  offset_price_source TEXT NOT NULL CHECK (length(offset_price_source) BETWEEN 1 AND 2000),
  notes TEXT NOT NULL
) STRICT;

CREATE TABLE carbon_market_coverage (
  consumer_id TEXT PRIMARY KEY REFERENCES consumers (id) DEFERRABLE INITIALLY DEFERRED,
  market_id TEXT NOT NULL CHECK (length(market_id) BETWEEN 1 AND 64),
  from_year INTEGER CHECK (from_year IS NULL OR from_year BETWEEN 1990 AND 2100),
  scope TEXT NOT NULL CHECK (scope IN ('direct', 'direct_and_indirect')),
  allocation TEXT NOT NULL CHECK (allocation IN ('benchmark', 'fixed')),
  ${PATH('benchmark_tco2_per_unit', true)},
  output_unit TEXT CHECK (output_unit IS NULL OR length(output_unit) BETWEEN 1 AND 200),
  output_base_year REAL CHECK (output_base_year IS NULL OR output_base_year >= 0),
  ${PATH('allowance_tco2', true)},
  allocation_source TEXT NOT NULL CHECK (length(allocation_source) BETWEEN 1 AND 2000),
  ${PATH('offsets_available_tco2', true)},
  CHECK (
    (allocation = 'benchmark' AND benchmark_tco2_per_unit IS NOT NULL AND output_unit IS NOT NULL
      AND output_base_year IS NOT NULL AND allowance_tco2 IS NULL)
    OR (allocation = 'fixed' AND allowance_tco2 IS NOT NULL AND benchmark_tco2_per_unit IS NULL
      AND output_unit IS NULL AND output_base_year IS NULL)
  )
) STRICT;
`;

export const migration0008: Migration = {
  version: 8,
  name: 'carbon-markets',
  up(db) {
    db.exec(SQL);
  },
};
