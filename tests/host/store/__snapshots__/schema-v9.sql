-- index hourly_series_one_per_target
CREATE UNIQUE INDEX hourly_series_one_per_target ON hourly_series (kind, coalesce(consumer_id, measure_id, ''));

-- index measure_overrides_by_measure
CREATE INDEX measure_overrides_by_measure ON measure_overrides (measure_id);

-- index measures_by_scenario
CREATE INDEX measures_by_scenario ON measures (scenario_id, position);

-- index scenarios_by_parent
CREATE INDEX scenarios_by_parent ON scenarios (parent_id);

-- index sqlite_autoindex_carbon_market_coverage_1
(automatic);

-- index sqlite_autoindex_carbon_markets_1
(automatic);

-- index sqlite_autoindex_carbon_markets_2
(automatic);

-- index sqlite_autoindex_comments_1
(automatic);

-- index sqlite_autoindex_comments_2
(automatic);

-- index sqlite_autoindex_consumers_1
(automatic);

-- index sqlite_autoindex_consumers_2
(automatic);

-- index sqlite_autoindex_hourly_series_1
(automatic);

-- index sqlite_autoindex_hourly_series_2
(automatic);

-- index sqlite_autoindex_measure_overrides_1
(automatic);

-- index sqlite_autoindex_measures_1
(automatic);

-- index sqlite_autoindex_measures_2
(automatic);

-- index sqlite_autoindex_meta_1
(automatic);

-- index sqlite_autoindex_report_texts_1
(automatic);

-- index sqlite_autoindex_scenario_settings_1
(automatic);

-- index sqlite_autoindex_scenarios_1
(automatic);

-- index sqlite_autoindex_scenarios_2
(automatic);

-- index sqlite_autoindex_targets_1
(automatic);

-- index sqlite_autoindex_targets_2
(automatic);

-- index sqlite_autoindex_uncertain_inputs_1
(automatic);

-- index sqlite_autoindex_uncertain_inputs_2
(automatic);

-- table carbon_market_coverage
CREATE TABLE carbon_market_coverage (
  consumer_id TEXT PRIMARY KEY REFERENCES consumers (id) DEFERRABLE INITIALLY DEFERRED,
  market_id TEXT NOT NULL CHECK (length(market_id) BETWEEN 1 AND 64),
  from_year INTEGER CHECK (from_year IS NULL OR from_year BETWEEN 1990 AND 2100),
  scope TEXT NOT NULL CHECK (scope IN ('direct', 'direct_and_indirect')),
  allocation TEXT NOT NULL CHECK (allocation IN ('benchmark', 'fixed')),
  benchmark_tco2_per_unit TEXT CHECK (benchmark_tco2_per_unit IS NULL OR (json_valid(benchmark_tco2_per_unit) AND json_type(benchmark_tco2_per_unit) = 'array' AND json_array_length(benchmark_tco2_per_unit) BETWEEN 1 AND 200)),
  output_unit TEXT CHECK (output_unit IS NULL OR length(output_unit) BETWEEN 1 AND 200),
  output_base_year REAL CHECK (output_base_year IS NULL OR output_base_year >= 0),
  allowance_tco2 TEXT CHECK (allowance_tco2 IS NULL OR (json_valid(allowance_tco2) AND json_type(allowance_tco2) = 'array' AND json_array_length(allowance_tco2) BETWEEN 1 AND 200)),
  allocation_source TEXT NOT NULL CHECK (length(allocation_source) BETWEEN 1 AND 2000),
  offsets_available_tco2 TEXT CHECK (offsets_available_tco2 IS NULL OR (json_valid(offsets_available_tco2) AND json_type(offsets_available_tco2) = 'array' AND json_array_length(offsets_available_tco2) BETWEEN 1 AND 200)),
  CHECK (
    (allocation = 'benchmark' AND benchmark_tco2_per_unit IS NOT NULL AND output_unit IS NOT NULL
      AND output_base_year IS NOT NULL AND allowance_tco2 IS NULL)
    OR (allocation = 'fixed' AND allowance_tco2 IS NOT NULL AND benchmark_tco2_per_unit IS NULL
      AND output_unit IS NULL AND output_base_year IS NULL)
  )
) STRICT;

-- table carbon_markets
CREATE TABLE carbon_markets (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL UNIQUE CHECK (position >= 0),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_zh TEXT CHECK (name_zh IS NULL OR length(name_zh) BETWEEN 1 AND 200),
  name_en TEXT CHECK (name_en IS NULL OR length(name_en) BETWEEN 1 AND 200),
  kind TEXT NOT NULL CHECK (kind IN ('national', 'regional')),
  price_cny_per_t TEXT NOT NULL CHECK ((json_valid(price_cny_per_t) AND json_type(price_cny_per_t) = 'array' AND json_array_length(price_cny_per_t) BETWEEN 1 AND 200)),
  price_source TEXT NOT NULL CHECK (length(price_source) BETWEEN 1 AND 2000),
  offset_cap_share REAL NOT NULL CHECK (offset_cap_share BETWEEN 0 AND 1),
  offset_cap_source TEXT NOT NULL CHECK (length(offset_cap_source) BETWEEN 1 AND 2000),
  offset_price_cny_per_t TEXT NOT NULL CHECK ((json_valid(offset_price_cny_per_t) AND json_type(offset_price_cny_per_t) = 'array' AND json_array_length(offset_price_cny_per_t) BETWEEN 1 AND 200)),
  offset_price_source TEXT NOT NULL CHECK (length(offset_price_source) BETWEEN 1 AND 2000),
  notes TEXT NOT NULL
) STRICT;

-- table change_log
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
  label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  patches TEXT NOT NULL CHECK (json_valid(patches) AND json_type(patches) = 'array')
) STRICT;

-- table comments
CREATE TABLE comments (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL UNIQUE CHECK (position >= 0),
  anchor_kind TEXT NOT NULL CHECK (anchor_kind IN ('park', 'consumer', 'scenario', 'measure', 'target', 'year')),
  anchor_ref TEXT CHECK (anchor_ref IS NULL OR length(anchor_ref) BETWEEN 1 AND 64),
  anchor_year INTEGER CHECK (anchor_year BETWEEN 1990 AND 2100),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
  resolved_at TEXT CHECK (resolved_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*')
) STRICT;

-- table consumers
CREATE TABLE "consumers" (
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
, name_zh TEXT CHECK (name_zh IS NULL OR length(name_zh) BETWEEN 1 AND 200), name_en TEXT CHECK (name_en IS NULL OR length(name_en) BETWEEN 1 AND 200)) STRICT;

-- table cost_overrides
CREATE TABLE cost_overrides (
  position INTEGER PRIMARY KEY CHECK (position >= 0),
  key TEXT NOT NULL CHECK (key GLOB 'cost.*' AND length(key) BETWEEN 6 AND 200),
  value REAL NOT NULL CHECK (value BETWEEN 0 AND 1e9),
  source TEXT NOT NULL CHECK (length(trim(source)) >= 1),
  note TEXT NOT NULL
) STRICT;

-- table factor_overrides
CREATE TABLE factor_overrides (
  position INTEGER PRIMARY KEY CHECK (position >= 0),
  key TEXT NOT NULL CHECK (length(key) BETWEEN 3 AND 200),
  value REAL NOT NULL CHECK (value BETWEEN -1e9 AND 1e9),
  source TEXT NOT NULL,
  note TEXT NOT NULL
) STRICT;

-- table hourly_series
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

-- table measure_overrides
CREATE TABLE measure_overrides (
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL CHECK (position >= 0),
  measure_id TEXT NOT NULL REFERENCES measures (id) DEFERRABLE INITIALLY DEFERRED,
  disabled INTEGER NOT NULL CHECK (disabled IN (0, 1)),
  fields TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'object'),
  PRIMARY KEY (scenario_id, position)
) STRICT;

-- table measures
CREATE TABLE measures (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL CHECK (position >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('pv', 'wind', 'storage', 'green_power', 'fuel_switch', 'efficiency', 'waste_heat', 'green_hydrogen', 'transport', 'carbon_sink', 'ccus', 'offset')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  start_year INTEGER NOT NULL CHECK (start_year BETWEEN 1990 AND 2100),
  ramp_years INTEGER NOT NULL CHECK (ramp_years BETWEEN 0 AND 100),
  lifetime_years INTEGER NOT NULL CHECK (lifetime_years BETWEEN 1 AND 100),
  capex_cny REAL NOT NULL CHECK (capex_cny >= 0),
  fixed_opex_cny_per_year REAL NOT NULL CHECK (fixed_opex_cny_per_year >= 0),
  consumer_ids TEXT NOT NULL CHECK (json_valid(consumer_ids) AND json_type(consumer_ids) = 'array'),
  notes TEXT NOT NULL,
  params TEXT NOT NULL CHECK (json_valid(params) AND json_type(params) = 'object'), technology TEXT CHECK (technology IS NULL OR length(technology) BETWEEN 1 AND 64), capex_cny_per_unit REAL CHECK (capex_cny_per_unit IS NULL OR capex_cny_per_unit >= 0), capex_cny_per_kw REAL CHECK (capex_cny_per_kw IS NULL OR capex_cny_per_kw >= 0), fixed_opex_cny_per_unit_year REAL CHECK (fixed_opex_cny_per_unit_year IS NULL OR fixed_opex_cny_per_unit_year >= 0), responsible_party TEXT CHECK (responsible_party IS NULL OR length(responsible_party) BETWEEN 1 AND 200), name_zh TEXT CHECK (name_zh IS NULL OR length(name_zh) BETWEEN 1 AND 200), name_en TEXT CHECK (name_en IS NULL OR length(name_en) BETWEEN 1 AND 200),
  UNIQUE (scenario_id, position)
) STRICT;

-- table meta
CREATE TABLE meta (
  key TEXT PRIMARY KEY CHECK (key GLOB '[a-z]*' AND length(key) <= 64),
  value TEXT NOT NULL CHECK (length(value) <= 10000)
) STRICT;

-- table migrations
CREATE TABLE migrations (
  version INTEGER PRIMARY KEY CHECK (version >= 1),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  applied_at TEXT NOT NULL CHECK (applied_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*')
) STRICT;

-- table park
CREATE TABLE park (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  province TEXT NOT NULL CHECK (length(province) BETWEEN 1 AND 200),
  city TEXT NOT NULL CHECK (length(city) BETWEEN 1 AND 200),
  grid_region TEXT NOT NULL CHECK (grid_region IN ('north', 'northeast', 'east', 'central', 'northwest', 'south', 'southwest')),
  base_year INTEGER NOT NULL CHECK (base_year BETWEEN 1990 AND 2100),
  horizon_year INTEGER NOT NULL CHECK (horizon_year BETWEEN 1990 AND 2100),
  currency TEXT NOT NULL CHECK (currency = 'CNY'),
  discount_rate REAL NOT NULL CHECK (discount_rate BETWEEN 0 AND 1),
  illustrative INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
  description TEXT NOT NULL, name_zh TEXT CHECK (name_zh IS NULL OR length(name_zh) BETWEEN 1 AND 200), name_en TEXT CHECK (name_en IS NULL OR length(name_en) BETWEEN 1 AND 200), description_zh TEXT CHECK (description_zh IS NULL OR length(description_zh) <= 20000), description_en TEXT CHECK (description_en IS NULL OR length(description_en) <= 20000),
  CHECK (horizon_year >= base_year)
) STRICT;

-- table report_settings
CREATE TABLE report_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  organisation TEXT NOT NULL CHECK (length(organisation) <= 200),
  client TEXT NOT NULL CHECK (length(client) <= 200),
  version TEXT NOT NULL CHECK (length(version) <= 200),
  status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
  recommended_scenario_id TEXT CHECK (recommended_scenario_id IS NULL OR length(recommended_scenario_id) BETWEEN 1 AND 64)
) STRICT;

-- table report_texts
CREATE TABLE report_texts (
  position INTEGER PRIMARY KEY CHECK (position >= 0),
  chapter TEXT NOT NULL CHECK (chapter IN ('basis', 'overview', 'baseline', 'targets', 'tasks', 'projects', 'investment', 'benefits', 'safeguards', 'conclusions')),
  lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
  body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
  UNIQUE (chapter, lang)
) STRICT;

-- table scenario_settings
CREATE TABLE scenario_settings (
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) DEFERRABLE INITIALLY DEFERRED,
  key TEXT NOT NULL CHECK (key GLOB '[a-z]*' AND length(key) <= 64),
  value TEXT NOT NULL CHECK (json_valid(value)),
  PRIMARY KEY (scenario_id, key)
) STRICT;

-- table scenarios
CREATE TABLE scenarios (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL UNIQUE CHECK (position >= 0),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  parent_id TEXT REFERENCES scenarios (id) DEFERRABLE INITIALLY DEFERRED CHECK (parent_id IS NULL OR parent_id <> id),
  description TEXT NOT NULL
, name_zh TEXT CHECK (name_zh IS NULL OR length(name_zh) BETWEEN 1 AND 200), name_en TEXT CHECK (name_en IS NULL OR length(name_en) BETWEEN 1 AND 200), description_zh TEXT CHECK (description_zh IS NULL OR length(description_zh) <= 20000), description_en TEXT CHECK (description_en IS NULL OR length(description_en) <= 20000)) STRICT;

-- table targets
CREATE TABLE targets (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL UNIQUE CHECK (position >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('limit', 'peak')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  source TEXT NOT NULL,
  template TEXT CHECK (template IS NULL OR length(template) <= 100),
  indicator TEXT NOT NULL CHECK (indicator IN ('coal_t', 'total_tce', 'gross_emissions_tco2', 'net_emissions_tco2', 'co2_per_tce', 'tco2_per_10k_cny_va', 'tce_per_10k_cny_va', 'non_fossil_share', 'clean_energy_share', 'renewable_electricity_share', 'electrification_rate', 'waste_heat_utilisation')),
  bound TEXT CHECK (bound IN ('max', 'min')),
  path TEXT CHECK (json_valid(path) AND json_type(path) = 'array'),
  energy_method TEXT CHECK (energy_method IN ('equivalent', 'coal_method')),
  peak_by_year INTEGER CHECK (peak_by_year BETWEEN 1990 AND 2100), name_zh TEXT CHECK (name_zh IS NULL OR length(name_zh) BETWEEN 1 AND 200), name_en TEXT CHECK (name_en IS NULL OR length(name_en) BETWEEN 1 AND 200), source_zh TEXT CHECK (source_zh IS NULL OR length(source_zh) <= 20000), source_en TEXT CHECK (source_en IS NULL OR length(source_en) <= 20000),
  CHECK (
    (kind = 'limit' AND bound IS NOT NULL AND path IS NOT NULL AND energy_method IS NOT NULL AND peak_by_year IS NULL)
    OR (kind = 'peak' AND peak_by_year IS NOT NULL AND bound IS NULL AND path IS NULL AND energy_method IS NULL)
  )
) STRICT;

-- table uncertain_inputs
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
