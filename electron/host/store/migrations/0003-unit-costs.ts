import type { Migration } from './types.ts';
import { upgradePlanJson } from '../../../../core/model/upgrade-v1.ts';

/**
 * Schema v3: measures state unit costs (core/costs), and projects override the cost library.
 * FROZEN once shipped, like 0001 and 0002.
 *
 * - measures get four optional columns (NULL = the library's value): `technology`,
 *   `capex_cny_per_unit`, `capex_cny_per_kw` (storage power part), `fixed_opex_cny_per_unit_year`;
 *   `capex_cny` and `fixed_opex_cny_per_year` stay, now meaning the part that does not scale with
 *   size;
 * - `cost_overrides` holds the project's cost library values, like `factor_overrides`, with the
 *   source required;
 * - the stored plan goes from plan format 1 to 2 with the same upgrade as plan JSON
 *   (core/model/upgrade-v1.ts): each lump sum becomes the measure's own unit cost, also inside
 *   the children's overrides, so every year's costs stay what they were.
 */
const SQL = `
ALTER TABLE measures ADD COLUMN technology TEXT CHECK (technology IS NULL OR length(technology) BETWEEN 1 AND 64);
ALTER TABLE measures ADD COLUMN capex_cny_per_unit REAL CHECK (capex_cny_per_unit IS NULL OR capex_cny_per_unit >= 0);
ALTER TABLE measures ADD COLUMN capex_cny_per_kw REAL CHECK (capex_cny_per_kw IS NULL OR capex_cny_per_kw >= 0);
ALTER TABLE measures ADD COLUMN fixed_opex_cny_per_unit_year REAL CHECK (fixed_opex_cny_per_unit_year IS NULL OR fixed_opex_cny_per_unit_year >= 0);

CREATE TABLE cost_overrides (
  position INTEGER PRIMARY KEY CHECK (position >= 0),
  key TEXT NOT NULL CHECK (key GLOB 'cost.*' AND length(key) BETWEEN 6 AND 200),
  value REAL NOT NULL CHECK (value BETWEEN 0 AND 1e9),
  source TEXT NOT NULL CHECK (length(trim(source)) >= 1),
  note TEXT NOT NULL
) STRICT;
`;

type Row = Record<string, unknown>;

const json = (v: unknown): unknown => {
  try {
    return typeof v === 'string' ? JSON.parse(v) : v;
  } catch {
    return v;
  }
};

/** Converts the stored lump sums with the plan JSON upgrade, on a skeleton of the stored plan. */
function upgradeRows(db: Parameters<Migration['up']>[0]): void {
  const version = db.prepare("SELECT value FROM meta WHERE key = 'plan_format_version'").pluck().get();
  if (version !== '1') return; // an empty file (no plan yet) or already format 2
  const scenarios = db.prepare('SELECT id, parent_id FROM scenarios ORDER BY position').all() as Row[];
  const measures = db.prepare('SELECT * FROM measures ORDER BY scenario_id, position').all() as Row[];
  const overrides = db.prepare('SELECT * FROM measure_overrides ORDER BY scenario_id, position').all() as Row[];
  const skeleton = {
    format_version: 1,
    scenarios: scenarios.map((s) => ({
      id: s.id,
      parent_id: s.parent_id,
      measures: measures
        .filter((m) => m.scenario_id === s.id)
        .map((m) => ({
          id: m.id,
          name: m.name,
          kind: m.kind,
          start_year: m.start_year,
          ramp_years: m.ramp_years,
          lifetime_years: m.lifetime_years,
          capex_cny: m.capex_cny,
          fixed_opex_cny_per_year: m.fixed_opex_cny_per_year,
          consumer_ids: json(m.consumer_ids),
          notes: m.notes,
          params: json(m.params),
        })),
      measure_overrides: overrides
        .filter((o) => o.scenario_id === s.id)
        .map((o) => ({ position: o.position, measure_id: o.measure_id, set: json(o.fields) })),
    })),
  };
  const up = upgradePlanJson(skeleton) as typeof skeleton;
  const setMeasure = db.prepare(
    `UPDATE measures SET capex_cny = @capex_cny, fixed_opex_cny_per_year = @fixed_opex_cny_per_year,
       capex_cny_per_unit = @capex_cny_per_unit, capex_cny_per_kw = @capex_cny_per_kw,
       fixed_opex_cny_per_unit_year = @fixed_opex_cny_per_unit_year WHERE id = @id`,
  );
  const setOverride = db.prepare('UPDATE measure_overrides SET fields = ? WHERE scenario_id = ? AND position = ?');
  for (const s of up.scenarios) {
    for (const m of s.measures as Row[])
      setMeasure.run({
        id: m.id,
        capex_cny: m.capex_cny,
        fixed_opex_cny_per_year: m.fixed_opex_cny_per_year,
        capex_cny_per_unit: m.capex_cny_per_unit ?? null,
        capex_cny_per_kw: m.capex_cny_per_kw ?? null,
        fixed_opex_cny_per_unit_year: m.fixed_opex_cny_per_unit_year ?? null,
      });
    for (const o of s.measure_overrides) setOverride.run(JSON.stringify(o.set), s.id, o.position);
  }
  db.prepare("UPDATE meta SET value = '2' WHERE key = 'plan_format_version'").run();
}

export const migration0003: Migration = {
  version: 3,
  name: 'unit-costs',
  up(db) {
    db.exec(SQL);
    upgradeRows(db);
  },
};
