import type { Db } from './connection.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { ENERGY_KEYS } from '../../../core/model/carriers.ts';
import { DESCRIPTIONS, nameColumns, namesFromRow, textColumns, textsFromRow, type Row } from './row-mapping.ts';

/**
 * SQL for the park (one row) and its consumers (enterprises). Reads return `unknown` parts that
 * core's `parsePlan` checks before anyone uses them. A consumer's carbon-market coverage is in
 * carbon-market-rows.ts.
 */

const CONSUMER_NUMBERS = [
  'output_value_10k_cny',
  'value_added_10k_cny',
  'process_emissions_tco2',
  'output_growth_rate',
  'efficiency_gain_rate',
  'roof_area_m2',
  'waste_heat_available_gj',
  'process_heat_share',
] as const;

const CONSUMER_COLUMNS = [
  'id',
  'position',
  'name',
  'name_zh',
  'name_en',
  'sector',
  'load_profile',
  ...CONSUMER_NUMBERS,
  ...ENERGY_KEYS,
  'notes',
];

export class ParkConsumerRows {
  private readonly s;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      parkGet: p('SELECT * FROM park WHERE id = 1'),
      parkDelete: p('DELETE FROM park'),
      parkInsert: p(
        `INSERT INTO park (id, name, province, city, grid_region, base_year, horizon_year, currency, discount_rate, illustrative, description,
           name_zh, name_en, description_zh, description_en)
         VALUES (1, @name, @province, @city, @grid_region, @base_year, @horizon_year, @currency, @discount_rate, @illustrative, @description,
           @name_zh, @name_en, @description_zh, @description_en)`,
      ),
      consumersAll: p('SELECT * FROM consumers ORDER BY position'),
      consumersDelete: p('DELETE FROM consumers'),
      consumerInsert: p(
        `INSERT INTO consumers (${CONSUMER_COLUMNS.join(', ')}) VALUES (${CONSUMER_COLUMNS.map((c) => `@${c}`).join(', ')})`,
      ),
    };
  }

  /** The park, or undefined when the file has no park row. */
  readPark(): unknown {
    const park = this.s.parkGet.get() as Row | undefined;
    return park === undefined ? undefined : parkFromRow(park);
  }

  /** The consumers in plan order, each with its id (for joining coverage) and without coverage. */
  readConsumers(): Row[] {
    return (this.s.consumersAll.all() as Row[]).map((r) => consumerFromRow(r));
  }

  writePark(plan: Plan): void {
    this.s.parkDelete.run();
    this.s.parkInsert.run({
      ...plan.park,
      ...nameColumns(plan.park),
      ...textColumns(plan.park, DESCRIPTIONS),
      illustrative: plan.park.illustrative ? 1 : 0,
    });
  }

  writeConsumers(plan: Plan): void {
    this.s.consumersDelete.run();
    plan.consumers.forEach((c, position) => {
      const { energy, carbon_market: _coverage, ...rest } = c;
      this.s.consumerInsert.run({ ...rest, ...nameColumns(c), ...energy, position });
    });
  }
}

function parkFromRow(r: Row): unknown {
  return {
    name: r.name,
    ...namesFromRow(r),
    province: r.province,
    city: r.city,
    grid_region: r.grid_region,
    base_year: r.base_year,
    horizon_year: r.horizon_year,
    currency: r.currency,
    discount_rate: r.discount_rate,
    illustrative: r.illustrative === 1,
    description: r.description,
    ...textsFromRow(r, DESCRIPTIONS),
  };
}

function consumerFromRow(r: Row): Row {
  return {
    id: r.id,
    name: r.name,
    ...namesFromRow(r),
    sector: r.sector,
    load_profile: r.load_profile,
    ...Object.fromEntries(CONSUMER_NUMBERS.map((k) => [k, r[k]])),
    energy: Object.fromEntries(ENERGY_KEYS.map((k) => [k, r[k]])),
    notes: r.notes,
  };
}
