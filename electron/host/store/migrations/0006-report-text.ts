import type { Migration } from './types.ts';

/**
 * What people write for the plan report (core/model/report-text.ts, `plan.report`), and the
 * responsible party of a measure for the project list. FROZEN once shipped, like the others.
 *
 * - `report_settings`: one row when the plan has the field (absent otherwise, so older plans
 *   keep their content and fingerprints): the cover's organisation, client, version and draft
 *   status, and the recommended scenario (not a foreign key: a deleted scenario is reported by
 *   core's validation with its path, not silently dropped);
 * - `report_texts`: the narrative of one chapter in one language, one row each;
 * - `measures.responsible_party`: NULL = not given.
 *
 * Text a person wrote lives in these tables only; nothing the report generates is stored, so a
 * recalculation can never overwrite it.
 */
const SQL = `
CREATE TABLE report_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  organisation TEXT NOT NULL CHECK (length(organisation) <= 200),
  client TEXT NOT NULL CHECK (length(client) <= 200),
  version TEXT NOT NULL CHECK (length(version) <= 200),
  status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
  recommended_scenario_id TEXT CHECK (recommended_scenario_id IS NULL OR length(recommended_scenario_id) BETWEEN 1 AND 64)
) STRICT;

CREATE TABLE report_texts (
  position INTEGER PRIMARY KEY CHECK (position >= 0),
  chapter TEXT NOT NULL CHECK (chapter IN ('basis', 'overview', 'baseline', 'targets', 'tasks', 'projects', 'investment', 'benefits', 'safeguards', 'conclusions')),
  lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
  body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
  UNIQUE (chapter, lang)
) STRICT;

ALTER TABLE measures ADD COLUMN responsible_party TEXT CHECK (responsible_party IS NULL OR length(responsible_party) BETWEEN 1 AND 200);
`;

export const migration0006: Migration = {
  version: 6,
  name: 'report-text',
  up(db) {
    db.exec(SQL);
  },
};
