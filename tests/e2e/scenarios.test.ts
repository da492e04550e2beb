import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/** Scenario tree edits through the real host: add a variant, rename it, switch a measure off, delete. */
describe('editing scenarios', () => {
  let s: E2eSession;
  let app: AppPage;
  let parentName: string;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
    await app.navItem(/Scenarios/).click();
    await app.scenarioTree.waitFor();
    // The deepest scenario is the last entry of the nested tree.
    const last = app.scenarioTree.getByRole('button').last();
    parentName = (await last.locator('.tree__name').innerText()).trim();
    await last.click();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('adds a variant below the selected scenario and selects it', async () => {
    await app.scenarioButton(/^New scenario based on this one$/).click();
    await app.waitForText(app.scenarioTitle, `Variant of ${parentName}`);
    await expect.poll(() => app.main.getByText(`Inherits from ${parentName}`).count()).toBe(1);
  });

  it('renames it, and the tree follows', async () => {
    await app.editField(app.scenarioNameInput, 'Without the first inherited measure');
    await app.waitForText(app.scenarioTitle, 'Without the first inherited measure');
    await expect.poll(() => app.scenarioTree.getByText('Without the first inherited measure').count()).toBe(1);
  });

  it('takes a Chinese and an English name, and says which name a report falls back to', async () => {
    const zh = s.page.getByTestId('scenario-name-input-zh');
    const en = s.page.getByTestId('scenario-name-input-en');
    // Renamed in English above: the English name followed, the Chinese one is missing.
    await expect.poll(() => en.inputValue()).toBe('Without the first inherited measure');
    await expect.poll(() => zh.inputValue()).toBe('');
    const hint = s.page.getByTestId('scenario-name-input-zh-fallback');
    await expect.poll(() => hint.innerText()).toContain('Chinese reports show “Without the first inherited measure”');
    await app.editField(zh, '去掉首项继承措施');
    await expect.poll(() => hint.count()).toBe(0);
    // The primary name stays the one the app lists; both language names are kept.
    await app.waitForText(app.scenarioTitle, 'Without the first inherited measure');
    await expect.poll(() => en.inputValue()).toBe('Without the first inherited measure');
  });

  it('switches an inherited measure off in the variant, and undo switches it back on', async () => {
    const firstRow = app.measuresTable.locator('tbody tr').first();
    const measureName = (await firstRow.locator('th').innerText()).trim();
    const toggle = app.measureSwitch(measureName);
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => firstRow.innerText()).toContain('switched off here');
    await expect.poll(() => app.main.getByText('1 override').count()).toBe(1);
    await app.screenshot('scenarios-variant-en');
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await app.topButton(/^Redo$/).click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
  });

  it('sets assumptions in the variant, shows where each comes from, and resets one', async () => {
    const decline = app.settingGroup('grid_factor_decline_rate');
    await expect.poll(() => decline.locator('legend').innerText()).toContain('from ');
    await app.editField(decline.getByTestId('grid-decline-input'), '3.5');
    await expect.poll(() => decline.locator('legend').innerText()).toContain('set in this scenario');

    const prices = app.settingGroup('energy_prices');
    await app.editField(prices.getByTestId('price-electricity_cny_per_mwh'), '650');
    await expect.poll(() => prices.locator('legend').innerText()).toContain('set in this scenario');

    const carbon = app.settingGroup('carbon_price_cny_per_t');
    const before = await carbon.locator('tbody tr').count();
    await carbon.getByRole('button', { name: 'Add a year' }).click();
    await expect.poll(() => carbon.locator('tbody tr').count()).toBe(before + 1);
    await app.screenshot('scenario-settings-en');

    await decline.getByRole('button', { name: 'Use inherited' }).click();
    await expect.poll(() => decline.locator('legend').innerText()).toContain('from ');
    await expect.poll(() => decline.getByTestId('grid-decline-input').inputValue()).not.toBe('3.5');
  });

  it('pins the published grid-factor year here, refuses an impossible year, and resets to the latest', async () => {
    const vintage = app.settingGroup('grid_factor_vintage_year');
    const input = vintage.getByTestId('grid-vintage-input');
    await expect.poll(() => input.inputValue()).toBe('');
    await app.editField(input, '2022');
    await expect.poll(() => vintage.locator('legend').innerText()).toContain('set in this scenario');
    await expect.poll(() => input.inputValue()).toBe('2022');
    await app.editField(input, '1800');
    await expect.poll(() => vintage.getByRole('alert').innerText()).toContain('1990');
    await input.press('Escape');
    await vintage.getByRole('button', { name: 'Use inherited' }).click();
    await expect.poll(() => input.inputValue()).toBe('');
  });

  it('sets the export limit here, and undo brings back the inherited limit', async () => {
    const limit = app.settingGroup('export_limit_kw');
    const badge = limit.locator('legend .badge');
    const input = limit.getByTestId('export-limit-input');
    await expect.poll(() => badge.innerText()).toMatch(/^(from |default)/);
    const inherited = await badge.innerText();
    await expect.poll(() => input.inputValue()).toBe('20,000');
    await expect.poll(() => limit.innerText()).toContain('0 kW = no export to the grid');

    await app.editField(input, '5000');
    await expect.poll(() => badge.innerText()).toBe('set in this scenario');
    await expect.poll(() => input.inputValue()).toBe('5,000');
    await app.settingGroup('demand_charge_cny_per_kw_month').scrollIntoViewIfNeeded();
    await app.screenshot('scenario-dispatch-settings-en');

    await app.topButton(/^Undo$/).click();
    await expect.poll(() => badge.innerText()).toBe(inherited);
    await expect.poll(() => input.inputValue()).toBe('20,000');

    // "No limit" is one step too, stored as null.
    await limit.getByTestId('export-no-limit').check();
    await expect.poll(() => badge.innerText()).toBe('set in this scenario');
    await expect.poll(() => limit.getByTestId('export-limit-value').innerText()).toContain('No limit');
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => badge.innerText()).toBe(inherited);
    await expect.poll(() => limit.getByTestId('export-no-limit').isChecked()).toBe(false);

    // Tariff and demand charge: labelled choices, and the schema's bounds inline.
    const tariff = app.settingGroup('electricity_tariff');
    await tariff.getByTestId('tariff-select').selectOption('flat');
    await expect.poll(() => tariff.locator('legend .badge').innerText()).toBe('set in this scenario');
    const demand = app.settingGroup('demand_charge_cny_per_kw_month');
    const demandInput = demand.getByTestId('demand-charge-input');
    await app.editField(demandInput, '5000');
    await expect.poll(() => demand.getByRole('alert').innerText()).toContain('1000');
    await demandInput.press('Escape');
    await app.editField(demandInput, '38');
    await expect.poll(() => demand.locator('legend .badge').innerText()).toBe('set in this scenario');

    await app.switchLanguage('中文');
    await app.settingGroup('demand_charge_cny_per_kw_month').scrollIntoViewIfNeeded();
    await expect.poll(() => limit.innerText()).toContain('防逆流');
    await app.screenshot('scenario-dispatch-settings-zh');
    await app.switchLanguage('English');
    await tariff.getByRole('button', { name: 'Use inherited' }).click();
    await demand.getByRole('button', { name: 'Use inherited' }).click();
    await expect.poll(() => tariff.locator('legend .badge').innerText()).not.toBe('set in this scenario');
  });

  it('sets a park-wide growth path in the variant, and the results follow it', async () => {
    const variant = 'Without the first inherited measure';
    await app.navItem(/^Results$/).click();
    // The Results screen opens on the last scenario of the plan: the new variant.
    await expect.poll(() => app.resultFigure('net-horizon').innerText()).toMatch(/\d/);
    const before = await app.resultFigure('net-horizon').innerText();

    await app.navItem(/Scenarios/).click();
    await app.scenarioInTree(variant).click();
    await app.waitForText(app.scenarioTitle, variant);
    const growth = app.settingGroup('output_growth_path');
    const badge = growth.locator('legend .badge');
    await expect.poll(() => app.growthMode('own').isChecked()).toBe(true);
    await expect.poll(() => badge.innerText()).toMatch(/^(from |default)/);
    await expect.poll(() => growth.getByTestId('growth-own-help').innerText()).toContain('11 of 12 enterprises');

    await app.growthMode('path').check();
    await expect.poll(() => badge.innerText()).toBe('set in this scenario');
    await expect.poll(() => app.growthPathTable.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => app.growthPathTable.locator('thead').innerText()).toContain('Growth (%/yr)');
    await app.editField(app.growthRateInput(0), '8');
    await expect.poll(() => app.growthRateInput(0).inputValue()).toBe('8');
    await growth.getByRole('button', { name: 'Add a year' }).click();
    await expect.poll(() => app.growthPathTable.locator('tbody tr').count()).toBe(2);
    await app.editField(app.growthRateInput(1), '2');
    await expect.poll(() => app.growthRateInput(1).inputValue()).toBe('2');
    // Bounds come from the schema: -50..100 %/yr.
    await app.editField(app.growthRateInput(1), '150');
    await expect.poll(() => growth.getByRole('alert').innerText()).toContain('100');
    await app.growthRateInput(1).press('Escape');
    await growth.scrollIntoViewIfNeeded();
    await app.screenshot('scenario-growth-path-en');

    await app.switchLanguage('中文');
    await expect.poll(() => growth.locator('legend').innerText()).toContain('产值增速');
    await expect.poll(() => app.growthPathTable.locator('thead').innerText()).toContain('%/年');
    await growth.scrollIntoViewIfNeeded();
    await app.screenshot('scenario-growth-path-zh');
    await app.switchLanguage('English');

    await app.navItem(/^Results$/).click();
    await expect.poll(() => app.resultFigure('net-horizon').innerText()).not.toBe(before);
    await app.resultsTab(/^Warnings/).click();
    await expect.poll(() => app.main.getByText(/park-wide output growth path replaces/).count()).toBe(1);

    // Back to the inherited own rates: one click, and the radio follows.
    await app.navItem(/Scenarios/).click();
    await app.scenarioInTree(variant).click();
    await app.waitForText(app.scenarioTitle, variant);
    await growth.getByRole('button', { name: 'Use inherited' }).click();
    await expect.poll(() => app.growthMode('own').isChecked()).toBe(true);
    await expect.poll(() => badge.innerText()).not.toBe('set in this scenario');
  });

  it('refuses a carbon-price year out of order, with the allowed range', async () => {
    const carbon = app.settingGroup('carbon_price_cny_per_t');
    const firstYear = carbon.locator('tbody tr').first().getByRole('textbox').first();
    await app.editField(firstYear, '2100');
    await expect.poll(() => carbon.getByRole('alert').innerText()).toContain('Years must increase');
    await firstYear.press('Escape');
  });

  it('deletes the variant and returns to its parent; a scenario with children cannot be deleted', async () => {
    await app.scenarioButton(/^Delete scenario$/).click();
    await app.waitForText(app.scenarioTitle, parentName);
    await expect.poll(() => app.scenarioTree.getByText('Without the first inherited measure').count()).toBe(0);
    await app.scenarioTree.getByRole('button').first().click();
    await expect.poll(() => app.scenarioButton(/^Delete scenario$/).isDisabled()).toBe(true);
  });

  it('saves the variant through the host: the edit chain was accepted', async () => {
    await app.waitForText(app.saveState, 'Not saved to a file yet');
    expect(s.apiLog.filter((l) => l.startsWith('project.edit')).every((l) => l.endsWith('-> ok'))).toBe(true);
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
