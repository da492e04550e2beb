import type { Migration } from './types.ts';

/**
 * Schema v2: the user's own hourly series (core/model/hourly-series.ts). FROZEN once shipped,
 * like 0001: change the schema with a new file.
 *
 * One row per series. `data` holds the numbers as JSON: an array of 8760 values for a load, PV
 * or wind series; for weather, an object with the site (lat_deg, lon_deg, time_zone_h,
 * elevation_m) and one 8760-value array per EPW column (ghi_w_per_m2, dni_w_per_m2,
 * dhi_w_per_m2, temp_c, wind_m_per_s). The CHECKs pin the shape a file can hold without
 * parsing every number (core's zod schema checks the values' ranges on every read):
 * the kind, the target that kind needs, valid JSON of the right type and length.
 * The references to consumers and measures are deferred like the others, so sections can be
 * rewritten in any order inside one transaction.
 */
const SQL = `
CREATE TABLE hourly_series (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL UNIQUE CHECK (position >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('load', 'pv', 'wind', 'weather')),
  consumer_id TEXT REFERENCES consumers (id) DEFERRABLE INITIALLY DEFERRED,
  measure_id TEXT REFERENCES measures (id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 260),
  imported_at TEXT NOT NULL CHECK (imported_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
  data TEXT NOT NULL CHECK (
    json_valid(data)
    AND (
      (kind = 'weather' AND json_type(data) = 'object' AND json_array_length(data, '$.ghi_w_per_m2') = 8760
        AND json_array_length(data, '$.dni_w_per_m2') = 8760 AND json_array_length(data, '$.dhi_w_per_m2') = 8760
        AND json_array_length(data, '$.temp_c') = 8760 AND json_array_length(data, '$.wind_m_per_s') = 8760)
      OR (kind <> 'weather' AND json_type(data) = 'array' AND json_array_length(data) = 8760)
    )
  ),
  CHECK (
    (kind = 'load' AND consumer_id IS NOT NULL AND measure_id IS NULL)
    OR (kind IN ('pv', 'wind') AND measure_id IS NOT NULL AND consumer_id IS NULL)
    OR (kind = 'weather' AND consumer_id IS NULL AND measure_id IS NULL)
  )
) STRICT;

CREATE UNIQUE INDEX hourly_series_one_per_target ON hourly_series (kind, coalesce(consumer_id, measure_id, ''));
`;

export const migration0002: Migration = {
  version: 2,
  name: 'hourly-series',
  up(db) {
    db.exec(SQL);
  },
};
