import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { LeversPage } from './pages/levers-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { readPlanFile } from '../../electron/host/store/index.ts';
import type { Plan } from '../../core/model/plan.ts';

/**
 * The planner's core loop, as the workspace issue states it: open the sample, add a PV measure
 * to a scenario, see the results change, undo to exactly the earlier results, redo, save,
 * reopen, and find exactly the saved plan.
 */
describe('plan workflow: measure -> results -> undo/redo -> save -> reopen', () => {
  let s: E2eSession;
  let app: LeversPage;
  // The scenario as the English screen names it, and its id in the plan (whose primary names are Chinese).
  const scenario = 'Clean energy transition';
  const scenarioId = 'clean-transition';

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new LeversPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
  });
  afterAll(async () => {
    await s?.close();
  });

  const chart = () => s.page.getByTestId('chart-pathway');
  /** All key figures of the Results screen, once the pathway chart shows revision >= min. */
  async function resultsAt(minRevision: number): Promise<{ revision: number; figures: string[] }> {
    await s.page.waitForFunction(
      (min) => Number(document.querySelector('[data-testid="chart-pathway"]')?.getAttribute('data-revision') ?? -1) >= min,
      minRevision,
      { timeout: 20_000 },
    );
    const revision = Number(await chart().getAttribute('data-revision'));
    const figures = await s.page.getByTestId('results-figures').locator('dd').allInnerTexts();
    return { revision, figures };
  }
  async function showResultsOf(name: string): Promise<void> {
    await app.navItem(/^Results$/).click();
    await s.page.getByTestId('results-scenario').selectOption({ label: name });
  }
  const currentPlan = (): Plan => {
    const [project] = s.host.host.store.list();
    if (!project) throw new Error('no open project');
    return project.plan();
  };

  /** The engine's full results for the scenario, straight from the host (every number). */
  async function engineResults(): Promise<unknown> {
    const [project] = s.host.host.store.list();
    expect(currentPlan().scenarios.find((x) => x.id === scenarioId)?.name_en).toBe(scenario);
    const result = await s.host.host.call('scenario.run', { project_id: project!.id, scenario_ids: [scenarioId], mac: true });
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { results: unknown[] }).results[0];
  }

  let before: { revision: number; figures: string[] };
  let beforeResults: unknown;
  let after: { revision: number; figures: string[] };

  it('adding a PV measure changes the results of its scenario', async () => {
    await showResultsOf(scenario);
    before = await resultsAt(0);
    expect(before.figures.length).toBeGreaterThan(3);
    beforeResults = await engineResults();

    await app.navItem(/^Measures$/).click();
    await app.chooseScenario(scenario);
    await app.addMeasureButton.click();
    await app.pickKind(/Solar PV/);
    await app.addField('name').fill('Logistics yard PV');
    await app.addField('params.capacity_kw').fill('40,000');
    await app.addMeasureSubmit.click();
    await app.measureRow('Logistics yard PV').waitFor();

    await showResultsOf(scenario);
    after = await resultsAt(before.revision + 1);
    expect(after.figures).not.toEqual(before.figures);
  });

  it('undo restores exactly the earlier results, redo re-applies the change', async () => {
    await s.page.keyboard.press('Control+z');
    const undone = await resultsAt(after.revision + 1);
    expect(undone.figures).toEqual(before.figures);
    await expect.poll(() => engineResults()).toEqual(beforeResults);
    expect(currentPlan().scenarios.flatMap((x) => x.measures.map((m) => m.name))).not.toContain('Logistics yard PV');

    await s.page.keyboard.press('Control+Shift+z');
    const redone = await resultsAt(undone.revision + 1);
    expect(redone.figures).toEqual(after.figures);
  });

  it('saves, reopens, and the plan equals what was saved', async () => {
    const file = join(s.workDir, 'workflow.parkzero');
    const saved = structuredClone(currentPlan());
    expect(saved.scenarios.flatMap((x) => x.measures.map((m) => m.name))).toContain('Logistics yard PV');
    await app.saveAsTyped(file);
    await app.waitForText(app.saveState, 'All changes saved');
    expect(readPlanFile(file)).toEqual(saved);

    await app.topButton(/^Close project$/).click();
    await app.openPath(file);
    await app.consumersTable.waitFor();
    expect(currentPlan()).toEqual(saved);
    expect(s.problems).toEqual([]);
  });
});
