import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../electron/host/store/index.ts';
import { runMigrations } from '../../../electron/host/store/migrate.ts';
import { checkPlanOrThrow } from '../../../core/engine/validate.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import type { Plan, PlanInput } from '../../../core/model/plan.ts';
import { smallPlan } from './fixtures/plans.ts';
import { tempDir } from './helpers.ts';

const MARKETS: NonNullable<PlanInput['carbon_markets']> = [
  {
    id: 'cn-ets',
    name: '全国碳市场',
    name_zh: '全国碳市场',
    name_en: 'National ETS',
    kind: 'national',
    price_cny_per_t: [
      { year: 2024, value: 95.5 },
      { year: 2030, value: 150 },
    ],
    price_source: 'plan assumption',
    offset_cap_share: 0.05,
    offset_cap_source: '碳排放权交易管理办法（试行）第二十九条',
    offset_price_cny_per_t: [{ year: 2024, value: 70 }],
    offset_price_source: 'CCER 2024 (secondary)',
  },
  {
    id: 'sz',
    name: 'Shenzhen ETS',
    kind: 'regional',
    price_cny_per_t: [{ year: 2024, value: 40 }],
    price_source: 'plan assumption',
    offset_cap_share: 0.2,
    offset_cap_source: 'user-read rule',
    offset_price_cny_per_t: [{ year: 2024, value: 30 }],
    offset_price_source: 'plan assumption',
    notes: 'regional',
  },
];

function withMarkets(): Plan {
  const input = smallPlan();
  input.carbon_markets = MARKETS;
  input.consumers[0]!.carbon_market = {
    market_id: 'cn-ets',
    from_year: 2025,
    scope: 'direct',
    allocation: {
      kind: 'benchmark',
      benchmark_tco2_per_unit: [{ year: 2024, value: 0.8 }],
      output_unit: 't',
      output_base_year: 1000,
      source: 'bench',
    },
  };
  input.consumers[1]!.carbon_market = {
    market_id: 'sz',
    scope: 'direct_and_indirect',
    allocation: { kind: 'fixed', allowance_tco2: [{ year: 2024, value: 5000 }], source: 'fixed' },
    offsets_available_tco2: [{ year: 2024, value: 100 }],
  };
  return checkPlanOrThrow(input);
}

function roundTrip(plan: Plan): Plan {
  const dir = tempDir();
  const store = new ProjectStore({ workDir: path.join(dir, 'working') });
  try {
    const file = path.join(dir, 'm.parkzero');
    store.create(file, plan, { overwrite: false }).close();
    const again = store.open(file, { mode: 'review' });
    const read = again.plan();
    again.close();
    return read;
  } finally {
    store.closeAll();
  }
}

describe('carbon markets in the project file', () => {
  it('round-trip losslessly with their fingerprint, and stay absent (or empty) as they were', () => {
    const plan = withMarkets();
    const read = roundTrip(plan);
    expect(read).toEqual(plan);
    expect(planFingerprint(read)).toBe(planFingerprint(plan));

    const empty = checkPlanOrThrow({ ...smallPlan(), carbon_markets: [] });
    expect(roundTrip(empty).carbon_markets).toEqual([]);

    const none = checkPlanOrThrow(smallPlan());
    const readNone = roundTrip(none);
    expect('carbon_markets' in readNone).toBe(false);
    expect(readNone.consumers.some((c) => 'carbon_market' in c)).toBe(false);
    expect(planFingerprint(readNone)).toBe(planFingerprint(none));
  });

  it('are edited like any plan section; a coverage of an unknown market is refused', () => {
    const dir = tempDir();
    const store = new ProjectStore({ workDir: path.join(dir, 'working') });
    try {
      const project = store.create(path.join(dir, 'e.parkzero'), checkPlanOrThrow(smallPlan()), { overwrite: false });
      project.edit([{ op: 'add', path: ['carbon_markets'], value: [MARKETS[0]] }], 'Add a market', 0);
      const cover = withMarkets().consumers[0]!.carbon_market;
      project.edit([{ op: 'add', path: ['consumers', 0, 'carbon_market'], value: cover }], 'Cover the plant', 1);
      expect(project.plan().consumers[0]!.carbon_market?.market_id).toBe('cn-ets');
      expect(() =>
        project.edit([{ op: 'replace', path: ['consumers', 0, 'carbon_market', 'market_id'], value: 'gone' }], 'Break it', 2),
      ).toThrow(/consumers\[0\]\.carbon_market\.market_id: unknown carbon market "gone"/);
      project.edit([{ op: 'remove', path: ['consumers', 0, 'carbon_market'] }], 'Uncover', 2);
      expect('carbon_market' in project.plan().consumers[0]!).toBe(false);
    } finally {
      store.closeAll();
    }
  });

  it('are guarded by CHECK constraints in the tables', () => {
    const db = new Database(':memory:');
    runMigrations(db);
    const insert = (table: string, row: Record<string, unknown>) => {
      const cols = Object.keys(row);
      db.prepare(`INSERT INTO ${table} (${cols.join(',')}) VALUES (${cols.map((c) => '@' + c).join(',')})`).run(row);
      db.exec(`DELETE FROM ${table}`);
    };
    const market = (over: Record<string, unknown>) =>
      insert('carbon_markets', {
        id: 'm',
        position: 0,
        name: 'n',
        kind: 'national',
        price_cny_per_t: '[{"year":2024,"value":1}]',
        price_source: 's',
        offset_cap_share: 0.05,
        offset_cap_source: 's',
        offset_price_cny_per_t: '[{"year":2024,"value":1}]',
        offset_price_source: 's',
        notes: '',
        ...over,
      });
    expect(() => market({})).not.toThrow();
    expect(() => market({ kind: 'global' })).toThrow(/CHECK/);
    expect(() => market({ offset_cap_share: 1.5 })).toThrow(/CHECK/);
    expect(() => market({ price_cny_per_t: '[]' })).toThrow(/CHECK/);
    expect(() => market({ price_cny_per_t: '{}' })).toThrow(/CHECK/);
    expect(() => market({ offset_cap_source: '' })).toThrow(/CHECK/);
    db.pragma('foreign_keys = OFF');
    const cover = (over: Record<string, unknown>) =>
      insert('carbon_market_coverage', {
        consumer_id: 'c',
        market_id: 'm',
        from_year: null,
        scope: 'direct',
        allocation: 'fixed',
        benchmark_tco2_per_unit: null,
        output_unit: null,
        output_base_year: null,
        allowance_tco2: '[{"year":2024,"value":1}]',
        allocation_source: 's',
        offsets_available_tco2: null,
        ...over,
      });
    expect(() => cover({})).not.toThrow();
    expect(() => cover({ scope: 'scope3' })).toThrow(/CHECK/);
    expect(() => cover({ allocation: 'benchmark' })).toThrow(/CHECK/);
    expect(() => cover({ output_unit: 't' })).toThrow(/CHECK/);
    expect(() => cover({ from_year: 1800 })).toThrow(/CHECK/);
    expect(() => cover({ offsets_available_tco2: 'x' })).toThrow(/CHECK/);
    db.close();
  });
});
