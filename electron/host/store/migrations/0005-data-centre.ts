import type { Migration } from './types.ts';

/**
 * Data centres: the consumers table's CHECKs on `sector` and `load_profile` learn
 * 'data_centre' (core/model/park.ts SECTORS, LOAD_PROFILES). FROZEN once shipped.
 *
 * SQLite cannot alter a CHECK, so the table is rebuilt: a copy with the wider CHECKs, the rows
 * copied, the old table dropped and the copy renamed. The runner holds one transaction with
 * foreign keys ON (they cannot be switched off inside it), and dropping a parent table counts
 * a deferred violation for every hourly series pointing at it that re-creating the parent
 * does not cancel; so those series are set aside in a temporary table first and put back
 * after the rename, unchanged. Nothing else references consumers.
 */
const SQL = `
CREATE TEMP TABLE consumer_series_v3 AS SELECT * FROM hourly_series WHERE consumer_id IS NOT NULL;
DELETE FROM hourly_series WHERE consumer_id IS NOT NULL;

CREATE TABLE consumers_v3 (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL UNIQUE CHECK (position >= 0),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  sector TEXT NOT NULL CHECK (sector IN ('electronics', 'battery_materials', 'food_processing', 'machinery', 'metals', 'chemicals', 'building_materials', 'textiles', 'logistics', 'offices', 'utilities', 'data_centre', 'other')),
  load_profile TEXT NOT NULL CHECK (load_profile IN ('continuous', 'two_shift', 'office', 'logistics', 'cold_storage', 'data_centre')),
  output_value_10k_cny REAL NOT NULL CHECK (output_value_10k_cny >= 0),
  value_added_10k_cny REAL NOT NULL CHECK (value_added_10k_cny >= 0),
  coal_t REAL NOT NULL CHECK (coal_t >= 0),
  coke_t REAL NOT NULL CHECK (coke_t >= 0),
  natural_gas_10k_nm3 REAL NOT NULL CHECK (natural_gas_10k_nm3 >= 0),
  diesel_t REAL NOT NULL CHECK (diesel_t >= 0),
  gasoline_t REAL NOT NULL CHECK (gasoline_t >= 0),
  fuel_oil_t REAL NOT NULL CHECK (fuel_oil_t >= 0),
  lpg_t REAL NOT NULL CHECK (lpg_t >= 0),
  electricity_mwh REAL NOT NULL CHECK (electricity_mwh >= 0),
  heat_gj REAL NOT NULL CHECK (heat_gj >= 0),
  hydrogen_t REAL NOT NULL CHECK (hydrogen_t >= 0),
  process_emissions_tco2 REAL NOT NULL CHECK (process_emissions_tco2 >= 0),
  output_growth_rate REAL NOT NULL CHECK (output_growth_rate BETWEEN -1 AND 1),
  efficiency_gain_rate REAL NOT NULL CHECK (efficiency_gain_rate BETWEEN 0 AND 1),
  roof_area_m2 REAL NOT NULL CHECK (roof_area_m2 >= 0),
  waste_heat_available_gj REAL NOT NULL CHECK (waste_heat_available_gj >= 0),
  process_heat_share REAL NOT NULL CHECK (process_heat_share BETWEEN 0 AND 1),
  notes TEXT NOT NULL
) STRICT;

INSERT INTO consumers_v3 SELECT * FROM consumers;
DROP TABLE consumers;
ALTER TABLE consumers_v3 RENAME TO consumers;

INSERT INTO hourly_series SELECT * FROM temp.consumer_series_v3;
DROP TABLE temp.consumer_series_v3;
`;

export const migration0005: Migration = {
  version: 5,
  name: 'data-centre',
  up(db) {
    db.exec(SQL);
  },
};
