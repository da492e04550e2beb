import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { REPO_ROOT } from './support/build-renderer.ts';

const sample = JSON.parse(readFileSync(join(REPO_ROOT, 'resources/samples/suining.plan.json'), 'utf8')) as {
  park: { name: string; name_en: string };
  consumers: { name: string; name_zh?: string; name_en?: string }[];
  scenarios: {
    id: string;
    name: string;
    name_en?: string;
    parent_id: string | null;
    measures?: { id: string }[];
    measure_overrides?: { measure_id: string; set?: { name?: string; name_en?: string } }[];
  }[];
};

/**
 * The deepest scenario of the sample, with the measures it carries; derived, as the sample evolves.
 * Names as an English screen shows them: the English name where the sample has one.
 */
function deepestScenario() {
  const byId = new Map(sample.scenarios.map((s) => [s.id, s]));
  const chain = (id: string | null): typeof sample.scenarios => {
    const s = id === null ? undefined : byId.get(id);
    return s === undefined ? [] : [...chain(s.parent_id), s];
  };
  const leaf = sample.scenarios.reduce((a, b) => (chain(b.id).length > chain(a.id).length ? b : a));
  const measures = chain(leaf.id).reduce((n, s) => n + (s.measures?.length ?? 0), 0);
  const set = leaf.measure_overrides?.find((o) => o.set?.name_en !== undefined || o.set?.name !== undefined)?.set;
  const renamed = set?.name_en ?? set?.name ?? null;
  return { name: leaf.name_en ?? leaf.name, measures, renamed };
}

describe('start screen and Park screen in the browser host', () => {
  let s: E2eSession;
  let app: AppPage;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    await app.open(s.host.url);
  });

  afterAll(async () => {
    await s?.close();
  });

  it('takes the token out of the address bar and offers the start actions', async () => {
    expect(new URL(s.page.url()).searchParams.has('token')).toBe(false);
    await expect.poll(() => app.heading.innerText()).toBe('Start');
    // The browser host has no file dialog: a labelled path field replaces it.
    await app.pathField.waitFor();
    await app.screenshot('start-en');
  });

  it('opens the sample park and shows its name and every enterprise', async () => {
    await app.openSample();
    await expect.poll(() => app.parkNameInput.inputValue()).toBe(sample.park.name);
    // The title names the park in the screen's language; the name field edits the primary name.
    await expect.poll(() => app.projectTitle.innerText()).toBe(sample.park.name_en);
    await app.illustrativeBadge.waitFor();
    // The grid's name column names enterprises in the screen's language too.
    await expect.poll(() => app.consumerNames()).toEqual(sample.consumers.map((c) => c.name_en ?? c.name));
    const headers = await app.columnHeaders();
    expect(headers).toEqual(expect.arrayContaining(['Coal t', 'Natural gas 10⁴ Nm³', 'Electricity MWh', 'Process CO₂ tCO₂']));
    await app.screenshot('park-en');
  });

  it('switches to Chinese, translating labels and units, and remembers the choice', async () => {
    await app.switchLanguage('中文');
    await expect.poll(() => app.heading.innerText()).toBe('园区');
    const headers = await app.columnHeaders();
    expect(headers).toEqual(expect.arrayContaining(['原煤 吨', '天然气 万Nm³', '电力 MWh']));
    // The grid names enterprises in the screen's language: the Chinese names here.
    await expect.poll(() => app.consumerNames()).toEqual(sample.consumers.map((c) => c.name_zh ?? c.name));
    await app.screenshot('park-zh');
    await expect.poll(() => s.page.evaluate(() => localStorage.getItem('parkzero.language'))).toBe('zh-CN');
  });

  it('shows the scenario inheritance with inherited and overridden measures', async () => {
    await app.switchLanguage('English');
    await app.navItem(/Scenarios/).click();
    const leaf = deepestScenario();
    await app.scenarioInTree(leaf.name).click();
    await expect.poll(() => app.scenarioTitle.innerText()).toBe(leaf.name);
    const rows = await app.measuresTable.locator('tbody tr').count();
    expect(rows).toBe(leaf.measures);
    const renamed = leaf.renamed;
    if (renamed !== null) {
      await expect.poll(() => app.measuresTable.getByRole('row', { name: renamed }).innerText()).toContain('changed here');
    }
    await app.screenshot('scenarios-en');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
