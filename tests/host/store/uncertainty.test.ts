import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../electron/host/store/index.ts';
import { runMigrations } from '../../../electron/host/store/migrate.ts';
import { checkPlanOrThrow } from '../../../core/engine/validate.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { smallPlan } from './fixtures/plans.ts';
import { tempDir } from './helpers.ts';

const INPUTS = [
  {
    id: 'coal',
    name: 'Coal price',
    address: 'settings.energy_prices.coal_cny_per_t',
    mode: 'scale',
    distribution: { kind: 'three_point', low: 0.8, central: 1, high: 1.3 },
    group: 'fuels',
    source: 'judgement',
  },
  {
    id: 'pv-late',
    name: 'PV delay',
    address: 'measures[pv-roofs].start_year',
    mode: 'shift',
    distribution: { kind: 'triangular', min: 0, mode: 0, max: 3 },
    group: null,
    source: '',
  },
  {
    id: 'decline',
    name: 'Grid decline',
    address: 'settings.grid_factor_decline_rate',
    mode: 'set',
    distribution: { kind: 'normal', mean: 0.02, sd: 0.01, min: 0, max: 0.05 },
    group: null,
    source: '',
  },
];

function roundTrip(plan: Plan): Plan {
  const dir = tempDir();
  const store = new ProjectStore({ workDir: path.join(dir, 'working') });
  try {
    const file = path.join(dir, 'u.parkzero');
    store.create(file, plan, { overwrite: false }).close();
    const again = store.open(file, { mode: 'review' });
    const read = again.plan();
    again.close();
    return read;
  } finally {
    store.closeAll();
  }
}

describe('uncertain inputs in the project file', () => {
  it('round-trip losslessly with their fingerprint, and stay absent (or empty) as they were', () => {
    const withInputs = checkPlanOrThrow({ ...smallPlan(), uncertainty: { inputs: INPUTS } });
    const read = roundTrip(withInputs);
    expect(read.uncertainty).toEqual(withInputs.uncertainty);
    expect(planFingerprint(read)).toBe(planFingerprint(withInputs));

    const empty = checkPlanOrThrow({ ...smallPlan(), uncertainty: { inputs: [] } });
    expect(roundTrip(empty).uncertainty).toEqual({ inputs: [] });

    const none = checkPlanOrThrow(smallPlan());
    const readNone = roundTrip(none);
    expect('uncertainty' in readNone).toBe(false);
    expect(planFingerprint(readNone)).toBe(planFingerprint(none));
  });

  it('are edited like any plan section (one patch, re-validated by the host)', () => {
    const dir = tempDir();
    const store = new ProjectStore({ workDir: path.join(dir, 'working') });
    try {
      const project = store.create(path.join(dir, 'e.parkzero'), checkPlanOrThrow(smallPlan()), { overwrite: false });
      project.edit([{ op: 'add', path: ['uncertainty'], value: { inputs: [INPUTS[1]] } }], 'Add an uncertain input', 0);
      expect(project.plan().uncertainty?.inputs.map((i) => i.id)).toEqual(['pv-late']);
      const bad = { ...INPUTS[1], address: 'measures[gone].start_year' };
      expect(() => project.edit([{ op: 'replace', path: ['uncertainty', 'inputs', 0], value: bad }], 'Break it', 1)).toThrow(
        /uncertainty.inputs\[0\].address: measures\[gone\].start_year: no measure "gone"/,
      );
      expect(project.plan().uncertainty?.inputs[0]!.address).toBe('measures[pv-roofs].start_year');
    } finally {
      store.closeAll();
    }
  });

  it('are guarded by CHECK constraints in the table', () => {
    const db = new Database(':memory:');
    runMigrations(db);
    const insert = (over: Record<string, unknown>) => {
      const row = {
        id: 'x',
        position: 0,
        name: 'n',
        address: 'settings.grid_factor_decline_rate',
        mode: 'set',
        distribution: JSON.stringify({ kind: 'uniform', min: 0, max: 1 }),
        group_id: null,
        source: '',
        ...over,
      };
      const cols = Object.keys(row);
      db.prepare(`INSERT INTO uncertain_inputs (${cols.join(',')}) VALUES (${cols.map((c) => '@' + c).join(',')})`).run(row);
      db.exec('DELETE FROM uncertain_inputs');
    };
    expect(() => insert({})).not.toThrow();
    expect(() => insert({ mode: 'multiply' })).toThrow(/CHECK/);
    expect(() => insert({ distribution: JSON.stringify({ kind: 'cauchy' }) })).toThrow(/CHECK/);
    expect(() => insert({ distribution: '[1,2]' })).toThrow(/CHECK/);
    expect(() => insert({ distribution: 'nope' })).toThrow(/CHECK/);
    expect(() => insert({ group_id: '' })).toThrow(/CHECK/);
    db.close();
  });
});
