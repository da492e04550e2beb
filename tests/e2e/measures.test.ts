import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LeversPage } from './pages/levers-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/** The Measures screen against the real host: add through the form, undo/redo, override and reset. */
describe('measures screen', () => {
  let s: E2eSession;
  let app: LeversPage;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new LeversPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
    await app.goTo(/^Measures$/);
  });

  afterAll(async () => {
    await s?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error('API calls so far:\n' + s.apiLog.join('\n'));
  });

  it('adds a PV measure to "Clean energy transition" through the form', async () => {
    await app.chooseScenario('Clean energy transition');
    await app.measureRow('Rooftop PV on factory roofs').waitFor();
    await app.addMeasureButton.click();
    await app.pickKind(/Solar PV/);
    await expect.poll(() => app.kindOption(/Solar PV/).isChecked()).toBe(true);
    await expect.poll(() => app.addField('params.capacity_kw').inputValue()).toBe('1000');
    // Unit costs start blank: the cost library's value, which the help line states.
    await expect.poll(() => app.addField('capex_cny_per_unit').inputValue()).toBe('');
    await expect.poll(() => app.addField('capex_cny').inputValue()).toBe('0');
    await app.addField('name').fill('Carport PV');
    await app.addField('params.capacity_kw').fill('2,500');
    await app.addField('capex_cny_per_unit').fill('3,600');
    await app.screenshot('measures-add-en');
    await app.addMeasureSubmit.click();
    await app.measureRow('Carport PV').waitFor();
    await app.measureEditor.waitFor();
    // Park-wide PV defaults to ground-mounted; its typed unit cost is marked as overriding the library.
    await expect.poll(() => app.measureEditor.getByTestId('measure-field-technology').inputValue()).toBe('pv_ground');
    await expect
      .poll(() => app.measureEditor.getByTestId('library-hint-capex_cny_per_unit').innerText())
      .toMatch(/^Own value; the cost library has 3,[\d,.]+ CNY\/kW \(\d{4}\)/);
    await expect.poll(() => app.timelineNames()).toContain('Carport PV');
    await app.timeline.scrollIntoViewIfNeeded();
    await app.screenshot('measures-timeline-en');
  });

  it('undo removes the new measure and redo brings it back', async () => {
    await app.topButton(/^Undo$/).click();
    await app.measureRow('Carport PV').waitFor({ state: 'detached' });
    await expect.poll(() => app.timelineNames()).not.toContain('Carport PV');
    await app.topButton(/^Redo$/).click();
    await app.measureRow('Carport PV').waitFor();
    await expect.poll(() => app.timelineNames()).toContain('Carport PV');
  });

  it('overrides an inherited field in "Near-zero-carbon park" and resets it to the parent', async () => {
    await app.chooseScenario('Near-zero-carbon park');
    await app.measureRow('Rooftop PV on factory roofs').getByRole('button').click();
    const capacity = app.measureField('params.capacity_kw');
    await expect.poll(() => capacity.inputValue()).toBe('80,000');
    await app.editField(capacity, '75000');
    await app.resetButton('params.capacity_kw').waitFor();
    await app.waitForText(app.measureRow('Rooftop PV').locator('td').last(), '1 field changed here');
    await app.screenshot('measures-override-en');
    await app.resetButton('params.capacity_kw').click();
    await app.resetButton('params.capacity_kw').waitFor({ state: 'detached' });
    await expect.poll(() => capacity.inputValue()).toBe('80,000');
  });

  it('refuses an out-of-range value next to the field', async () => {
    const tilt = app.measureField('params.tilt_deg');
    await app.editField(tilt, '120');
    await expect.poll(() => tilt.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => app.measureEditor.getByRole('alert').first().innerText()).toContain('0 to 90');
    await tilt.press('Escape');
  });

  it('switches a fuel switch from a share to an amount in one step', async () => {
    await app.measureRow('Coal boilers to gas at the electrolyte plant').getByRole('button').click();
    await app.editField(app.measureField('params.amount'), '1,200');
    await expect.poll(() => app.measureField('params.share').inputValue()).toBe('');
    await expect.poll(() => app.measureField('params.amount').inputValue()).toBe('1,200');
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => app.measureField('params.share').inputValue()).toBe('100');
  });

  it('opens a measure by a click anywhere on its row', async () => {
    const row = app.measureRow('Coal boilers to gas at the electrolyte plant');
    await row.locator('td').first().click(); // the kind column, not the name
    await expect.poll(() => row.getByRole('button').getAttribute('aria-pressed')).toBe('false');
    await row.locator('td').nth(2).click();
    await expect.poll(() => row.getByRole('button').getAttribute('aria-pressed')).toBe('true');
    await app.measureField('params.amount').waitFor();
  });

  it('takes a capacity in MW and stores it in kW', async () => {
    await app.chooseScenario('Near-zero-carbon park');
    await app.measureRow('Rooftop PV on factory roofs').getByRole('button').click();
    const capacity = app.measureField('params.capacity_kw');
    await expect.poll(() => capacity.inputValue()).toBe('80,000');
    await app.measureEditor.getByTestId('measure-unit-params.capacity_kw').selectOption('mw');
    await expect.poll(() => capacity.inputValue()).toBe('80');
    await app.editField(capacity, '75');
    await app.resetButton('params.capacity_kw').waitFor();
    // Back in kW: the plan holds 75,000 kW.
    await app.measureEditor.getByTestId('measure-unit-params.capacity_kw').selectOption('kw');
    await expect.poll(() => capacity.inputValue()).toBe('75,000');
    await app.resetButton('params.capacity_kw').click();
    await expect.poll(() => capacity.inputValue()).toBe('80,000');
  });

  it('switches an electrolyser to follow the renewable surplus, showing its minimum load', async () => {
    await app.measureRow('Green hydrogen for heavy freight').getByRole('button').click();
    await app.measureField('params.operating_mode').selectOption('renewable_surplus');
    await app.measureField('params.min_load_share').waitFor();
    await app.measureField('params.below_min_load').waitFor();
    // Its own measure in this scenario: one undo step takes it back to fixed hours.
    await app.topButton(/^Undo$/).click();
    await app.measureField('params.min_load_share').waitFor({ state: 'detached' });
  });

  it('reads in Chinese', async () => {
    await app.switchLanguage('中文');
    await app.waitForText(app.heading, '减碳措施');
    await app.screenshot('measures-zh');
    await app.addMeasureButton.click();
    await app.pickKind(/燃料替代/);
    await app.addField('params.to_efficiency').waitFor();
    await app.screenshot('measures-add-zh');
    await app.addMeasureForm.getByRole('button', { name: '取消' }).first().click();
    await app.timeline.getByRole('button', { name: '表格' }).click();
    await app.timeline.getByTestId('timeline-table').waitFor();
    await app.screenshot('measures-timeline-table-zh');
    await app.switchLanguage('English');
  });

  it('ran without console errors', () => {
    expect(s.problems).toEqual([]);
  });
});
