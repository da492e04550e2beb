import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { auditPage } from './support/a11y.ts';

/**
 * The dispatch settings of issue 10: the province's time-of-use table, a project's own copy
 * edited cell by cell, and a storage strategy whose rule the Results screen reports.
 */
describe('time-of-use table and storage strategy', () => {
  let s: E2eSession;
  let app: AppPage;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
    await app.navItem(/Scenarios/).click();
    await app.scenarioTree.waitFor();
    await app.scenarioInTree('Near-zero-carbon park').click();
    await app.waitForText(app.scenarioTitle, 'Near-zero-carbon park');
  });

  afterAll(async () => {
    await s?.close();
  });

  it("shows the park province's table, and edits a copy for the project", async () => {
    const group = app.settingGroup('tou_tariff');
    await group.scrollIntoViewIfNeeded();
    await expect.poll(() => group.getByTestId('tou-table-name').innerText()).toContain('Sichuan TOU 2022');
    await expect.poll(() => group.getByTestId('tou-table-name').innerText()).toContain('the table for Sichuan');
    await expect.poll(() => group.getByTestId('tou-source-text').innerText()).toContain('1093');
    await group.getByTestId('tou-edit-copy').click();
    await expect.poll(() => group.locator('legend .badge').innerText()).toBe('set in this scenario');
    // January, 03:00 is a valley hour; one click moves it to deep valley.
    const cell = group.getByRole('button', { name: /^Month 1, 3:00: Valley/ });
    await cell.click();
    await expect.poll(() => group.getByRole('button', { name: /^Month 1, 3:00: Deep valley/ }).count()).toBe(1);
    // Every cell is a named button; the screen passes the accessibility audit with the grid open.
    expect(await auditPage(s.page)).toEqual([]);
    const peak = group.getByTestId('tou-ratio-peak');
    await app.editField(peak, '0.2');
    await expect.poll(() => group.getByRole('alert').innerText()).toContain('Ratios must rise');
    await peak.press('Escape');
    await app.switchLanguage('中文');
    await expect.poll(() => group.getByTestId('tou-table-name').innerText()).toContain('Sichuan TOU 2022');
    await app.screenshot('scenario-tou-table-zh');
    await app.switchLanguage('English');
    await group.getByTestId('tou-use-province').click();
    await expect.poll(() => group.getByTestId('tou-table-name').innerText()).toContain('the table for Sichuan');
  });

  it('runs TOU arbitrage and the Results screen says which rule ran, with start and end energy', async () => {
    const strategy = app.settingGroup('storage_strategy');
    await strategy.scrollIntoViewIfNeeded();
    // The sample's near-zero scenario inherits arbitrage: set load following here first, then arbitrage.
    await strategy.getByTestId('storage-strategy-select').selectOption('load_following');
    await expect.poll(() => strategy.locator('legend .badge').innerText()).toBe('set in this scenario');
    await strategy.getByTestId('storage-strategy-select').selectOption('tou_arbitrage');
    await expect.poll(() => strategy.locator('legend .badge').innerText()).toBe('set in this scenario');
    await expect.poll(() => app.settingGroup('storage_grid_import_cap_kw').count()).toBe(1);
    await app.navItem(/^Results$/).click();
    await expect.poll(() => s.page.getByTestId('dispatch-note-storage-strategy').innerText()).toContain('time-of-use arbitrage');
    await s.page
      .getByRole('tablist')
      .getByRole('tab', { name: /^Energy mix$/ })
      .click();
    const table = s.page.getByTestId('dispatch-table');
    await table.waitFor();
    await expect.poll(() => table.getByTestId('dispatch-storage_rule').locator('td').last().innerText()).toBe('TOU arbitrage');
    await expect.poll(() => table.getByTestId('dispatch-storage_grid_charge').count()).toBe(1);
    await expect.poll(() => table.getByTestId('dispatch-storage_end').count()).toBe(1);
    const cycles = await table.getByTestId('dispatch-storage_cycles').locator('td').last().innerText();
    expect(Number(cycles.replace(/,/g, ''))).toBeGreaterThan(200);
    await app.switchLanguage('中文');
    await expect.poll(() => table.getByTestId('dispatch-storage_rule').locator('td').last().innerText()).toBe('峰谷套利');
    await s.page.getByTestId('dispatch-card').scrollIntoViewIfNeeded();
    await app.screenshot('results-storage-strategy-zh');
  });
});
