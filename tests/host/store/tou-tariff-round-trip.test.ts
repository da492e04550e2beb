import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../electron/host/cli/main.ts';
import { ProjectStore } from '../../../electron/host/store/index.ts';
import { parsePlan } from '../../../core/model/plan.ts';
import { runPlan } from '../../../core/engine/index.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A project's own time-of-use table and storage strategy, as a user would leave them after editing. */
const OWN_TARIFF = {
  name: '园区售电合同分时电价',
  source: 'Supply contract 2025, annex 2 (periods and ratios)',
  year: 2025,
  secondary: false,
  months: Array.from({ length: 12 }, (_, m) => (m === 6 || m === 7 ? 'vvvvvvvvffpppcccppffffvv' : 'vvvvvvvvffppppppppffffvv')),
  ratios: { critical: 2.1, peak: 1.7, flat: 1, valley: 0.38, deep_valley: 0.3 },
};

describe('a user-edited TOU table through save, export and import', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parkzero-tou-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('survives the project file, JSON export and re-import unchanged, and prices the run', async () => {
    const plan = JSON.parse(readFileSync('tests/fixtures/sample-park-2024.plan.json', 'utf8'));
    const ct = plan.scenarios.find((s: { id: string }) => s.id === 'clean-transition');
    ct.settings = {
      ...(ct.settings ?? {}),
      tou_tariff: OWN_TARIFF,
      storage_strategy: 'best_bill',
      storage_grid_import_cap_kw: 150_000,
    };
    const json = join(dir, 'own.json');
    writeFileSync(json, JSON.stringify(plan));
    const project = join(dir, 'own.parkzero');
    expect((await run('import', json, '-o', project)).code).toBe(0);

    // Saved in the project file (scenario settings rows) and read back by the store.
    let t = Date.parse('2025-03-01T10:00:00Z');
    const store = new ProjectStore({ workDir: join(dir, 'work'), now: () => new Date((t += 1000)) });
    const opened = store.open(project, { mode: 'review' }).plan();
    const back = opened.scenarios.find((s) => s.id === 'clean-transition')!.settings;
    expect(back.tou_tariff).toEqual(OWN_TARIFF);
    expect(back.storage_strategy).toBe('best_bill');
    store.closeAll();

    const exported = join(dir, 'exported.json');
    expect((await run('export', project, '-o', exported)).code).toBe(0);
    const again = join(dir, 'again.parkzero');
    expect((await run('import', exported, '-o', again)).code).toBe(0);
    const exportedAgain = join(dir, 'exported-again.json');
    expect((await run('export', again, '-o', exportedAgain)).code).toBe(0);
    expect(readFileSync(exportedAgain, 'utf8')).toBe(readFileSync(exported, 'utf8'));
    const parsed = parsePlan(JSON.parse(readFileSync(exported, 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.plan.scenarios.find((s) => s.id === 'clean-transition')!.settings.tou_tariff).toEqual(OWN_TARIFF);
    const r = runPlan(parsed.plan, { mac: false }).scenarios.find((s) => s.scenario_id === 'clean-transition')!;
    expect(r.dispatch.tariff).toMatch(/^园区售电合同分时电价/);
  });
});
