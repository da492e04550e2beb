import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LeversPage } from './pages/levers-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { auditPage } from './support/a11y.ts';

/** The Risk screen against the real host: add offered inputs, tornado, Monte Carlo, Chinese. */
describe('risk screen', () => {
  let s: E2eSession;
  let app: LeversPage;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new LeversPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
    await app.goTo(/^Risk$/);
  });

  afterAll(async () => {
    await s?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error('API calls so far:\n' + s.apiLog.join('\n'));
  });

  const offers = () => s.page.getByTestId('risk-offers');
  const inputs = () => s.page.getByTestId('risk-inputs');

  it('offers inputs with their reasons and adds them to the plan as one undoable edit each', async () => {
    await offers().waitFor();
    await expect.poll(() => offers().innerText()).toContain('Carbon price path');
    await s.page.getByRole('button', { name: 'Add uncertain input Carbon price path' }).click();
    await s.page.getByRole('button', { name: 'Add uncertain input Energy price: coal' }).click();
    await expect.poll(() => inputs().locator('tbody tr').count()).toBe(2);
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => inputs().locator('tbody tr').count()).toBe(1);
    await app.topButton(/^Redo$/).click();
    await expect.poll(() => inputs().locator('tbody tr').count()).toBe(2);
    expect(await auditPage(s.page)).toEqual([]);
  });

  it('edits a range in place', async () => {
    const high = s.page.getByRole('textbox', { name: 'Change the range of Carbon price path: High' });
    await high.fill('3');
    await high.press('Enter');
    await expect
      .poll(() => inputs().locator('tr[data-input-id="carbon-price"]').getByRole('textbox').nth(2).inputValue())
      .toBe('3');
  });

  it('ranks the inputs in a tornado', async () => {
    await s.page.getByRole('button', { name: 'Run sensitivity' }).click();
    const chart = s.page.getByTestId('risk-tornado-chart');
    await chart.waitFor({ timeout: 60_000 });
    await expect.poll(() => chart.getAttribute('data-bars'), { timeout: 60_000 }).toBe('2');
  });

  it('sweeps one input across its range', async () => {
    await s.page.getByRole('button', { name: 'Run sweep' }).click();
    const chart = s.page.getByTestId('risk-sweep-chart');
    await chart.waitFor({ timeout: 60_000 });
    await expect.poll(() => chart.getAttribute('data-points'), { timeout: 60_000 }).toBe('11');
  });

  it('runs a Monte Carlo with progress and shows bands, histograms, probabilities and rank correlations', async () => {
    const runs = s.page.getByRole('textbox', { name: 'Runs' });
    await runs.fill('12');
    await s.page.getByRole('button', { name: 'Run Monte Carlo' }).click();
    const result = s.page.getByTestId('risk-mc-result');
    await result.waitFor({ timeout: 120_000 });
    expect(await result.getAttribute('data-runs')).toBe('12');
    await expect.poll(() => s.page.getByTestId('risk-target-probability').locator('tbody tr').count()).toBe(4);
    await expect.poll(() => s.page.getByTestId('risk-rank').locator('tbody tr').count()).toBe(2);
    await s.page.getByTestId('risk-bands').waitFor();
    expect(await auditPage(s.page)).toEqual([]);
    await app.screenshot('risk-en');
  });

  it("adds a technology's unit cost and names the measures it moves", async () => {
    await s.page.getByRole('button', { name: 'Add uncertain input Rooftop PV: unit cost' }).click();
    const row = inputs().locator('tr[data-input-id="cost-pv-rooftop"]');
    await row.waitFor();
    // The sample's rooftop PV has no unit cost of its own: it follows the (moved) library path,
    // and the measure is named in the screen's language.
    await expect.poll(() => row.innerText()).toContain('Moves: Rooftop PV on factory roofs (library path)');
  });

  it('works on any scenario: results belong to the scenario they were run for', async () => {
    await s.page.getByRole('combobox', { name: 'Scenario' }).selectOption('clean-transition');
    await expect.poll(() => s.page.getByTestId('risk-mc-result').count()).toBe(0);
    await expect.poll(() => s.page.getByTestId('risk-tornado-chart').count()).toBe(0);
    await s.page.getByRole('button', { name: 'Run Monte Carlo' }).click();
    const result = s.page.getByTestId('risk-mc-result');
    await result.waitFor({ timeout: 120_000 });
    await expect.poll(() => s.page.getByTestId('risk-target-probability').locator('tbody tr').count()).toBe(4);
    expect(await s.page.getByTestId('risk-least-cost').count()).toBe(0); // an ordinary scenario: no hint
  });

  it('reads in Chinese without English words from the plan paths', async () => {
    await app.switchLanguage('中文');
    await expect.poll(() => inputs().innerText()).toContain('碳价路径');
    const text = await inputs().innerText();
    expect(text).not.toMatch(/settings\.|measures\[|consumers\[|costs\[/);
    expect(text).toContain('屋顶光伏单位造价');
    expect(text).toContain('影响措施：厂房屋顶光伏（采用成本库路径）');
    expect(await auditPage(s.page)).toEqual([]);
    await app.switchLanguage('English');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
