import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/host/store/migrations/index.ts';
import { runMigrations } from '../../../electron/host/store/migrate.ts';
import { SCHEMA_VERSION } from '../../../electron/host/store/constants.ts';

const consumerRow = (id: string, position: number, sector: string, profile: string) =>
  `INSERT INTO consumers (id, position, name, sector, load_profile, output_value_10k_cny, value_added_10k_cny, coal_t, coke_t, natural_gas_10k_nm3, diesel_t, gasoline_t, fuel_oil_t, lpg_t, electricity_mwh, heat_gj, hydrogen_t, process_emissions_tco2, output_growth_rate, efficiency_gain_rate, roof_area_m2, waste_heat_available_gj, process_heat_share, notes) VALUES ('${id}', ${position}, 'n', '${sector}', '${profile}', 1, 1, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 1, 'kept')`;

describe('the data-centre migration (consumers table rebuilt with wider CHECKs)', () => {
  it('keeps every consumer and the hourly series that point at them, and accepts data centres', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const before = MIGRATIONS.filter((m) => m.version < 5);
    runMigrations(db, { migrations: before });
    db.exec(consumerRow('plant', 0, 'metals', 'continuous'));
    db.exec(consumerRow('store', 1, 'logistics', 'cold_storage'));
    const values = JSON.stringify(Array.from({ length: 8760 }, (_, h) => h % 7));
    db.prepare(
      "INSERT INTO hourly_series (id, position, kind, consumer_id, measure_id, name, file_name, imported_at, data) VALUES ('s1', 0, 'load', 'plant', NULL, 'metered', 'a.csv', '2025-01-01T00:00:00Z', ?)",
    ).run(values);
    // Before: a data centre is refused by the CHECK.
    expect(() => db.exec(consumerRow('dc', 2, 'data_centre', 'data_centre'))).toThrow(/CHECK/);

    const consumersBefore = db.prepare('SELECT * FROM consumers ORDER BY position').all();
    expect(runMigrations(db)).toEqual({ from: before.length, to: SCHEMA_VERSION });
    expect(db.prepare('SELECT * FROM consumers ORDER BY position').all()).toEqual(consumersBefore);
    const series = db.prepare('SELECT id, consumer_id, data FROM hourly_series').all();
    expect(series).toEqual([{ id: 's1', consumer_id: 'plant', data: values }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.exec(consumerRow('dc', 2, 'data_centre', 'data_centre'));
    expect(() => db.exec(consumerRow('x', 3, 'casino', 'continuous'))).toThrow(/CHECK/);
    // The series still needs its consumer: deleting it is refused at commit.
    expect(() => db.transaction(() => db.exec("DELETE FROM consumers WHERE id = 'plant'"))()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
