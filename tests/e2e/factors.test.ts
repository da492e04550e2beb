import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LeversPage } from './pages/levers-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/** The Factors screen against the real host: search, override with source, undo, Chinese. */
describe('factors screen', () => {
  let s: E2eSession;
  let app: LeversPage;
  const key = 'grid.regional.southwest.2023';

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new LeversPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
    await app.goTo(/^Factors$/);
  });

  afterAll(async () => {
    await s?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error('API calls so far:\n' + s.apiLog.join('\n'));
  });

  it('shows the library grouped, with sources and secondary badges', async () => {
    await app.factorRow('coal.ncv_gj_per_t').waitFor();
    await expect.poll(() => app.factorRow('grid.national.2023').innerText()).toContain('secondary');
    await app.screenshot('factors-en');
  });

  it('filters by search words', async () => {
    await app.factorSearch.fill('southwest 2023');
    await app.factorRow('coal.ncv_gj_per_t').waitFor({ state: 'detached' });
    await expect.poll(() => app.factorRow(key).isVisible()).toBe(true);
  });

  it('adds an override only with a source, then highlights it next to the library value', async () => {
    const row = app.factorRow(key);
    await row.getByRole('button', { name: /^Override/ }).click();
    const form = app.page.getByTestId('override-form');
    await form.getByTestId('override-value').fill('0.2301');
    await form.getByTestId('override-save').click();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('Say where the new value comes from');
    await form.getByTestId('override-source').fill('Sichuan 2023 provincial announcement');
    await form.getByTestId('override-save').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => row.getAttribute('class')).toContain('factor-row--overridden');
    await expect.poll(() => row.getByTestId('factor-value').innerText()).toBe('0.2301');
    await expect.poll(() => row.innerText()).toContain('Library: 0.2472');
    await app.screenshot('factors-override-en');
  });

  it('undo removes the override', async () => {
    await app.topButton(/^Undo$/).click();
    await app.waitForText(app.factorRow(key).getByTestId('factor-value'), '0.2472');
    await app.topButton(/^Redo$/).click();
    await app.waitForText(app.factorRow(key).getByTestId('factor-value'), '0.2301');
  });

  it('lists the technology cost library with sources and takes a project override only with a source', async () => {
    const row = app.page.getByTestId('cost-row-cost.pv_ground.capex_cny_per_unit');
    await row.scrollIntoViewIfNeeded();
    await expect.poll(() => row.innerText()).toContain('CPIA');
    await expect.poll(() => row.innerText()).toContain('secondary');
    await row.getByRole('button', { name: /^Override/ }).click();
    const form = app.page.getByTestId('cost-form-cost.pv_ground.capex_cny_per_unit');
    await form.getByTestId('cost-year').fill('2030');
    await form.getByTestId('cost-value').fill('2,500');
    await form.getByTestId('cost-save').click();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('Say where the new value comes from');
    await form.getByTestId('cost-source').fill('EPC quote, March 2025');
    await form.getByTestId('cost-save').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => row.getAttribute('class')).toContain('factor-row--overridden');
    await expect.poll(() => row.innerText()).toContain('2030: 2,500');
    await expect.poll(() => row.innerText()).toContain('EPC quote, March 2025');
    await app.screenshot('factors-costs-en');
  });

  it('reads in Chinese', async () => {
    await app.factorSearch.fill('');
    await app.switchLanguage('中文');
    await app.waitForText(app.heading, '排放与能源因子');
    await expect.poll(() => app.factorRow(key).innerText()).toContain('项目覆盖');
    await expect.poll(() => app.page.getByTestId('cost-library').innerText()).toContain('地面光伏');
    await expect.poll(() => app.page.getByTestId('cost-library').innerText()).not.toContain('Ground-mounted');
    await app.screenshot('factors-zh');
    await app.switchLanguage('English');
  });

  it('adds a year point to the coal-consumption rate, which then appears in the library table', async () => {
    await app.page.getByTestId('coal-rate-add-year').click();
    const form = app.page.getByTestId('override-form');
    await expect.poll(() => form.getByTestId('override-key').inputValue()).toBe('electricity.coal_method_gce_per_kwh.2023');
    await form.getByTestId('override-key').fill('electricity.coal_method_gce_per_kwh.2030');
    await form.getByTestId('override-value').fill('290');
    await form.getByTestId('override-source').fill('Own assumption: supply coal rate path');
    await form.getByTestId('override-save').click();
    await form.waitFor({ state: 'detached' });
    const row = app.factorRow('electricity.coal_method_gce_per_kwh.2030');
    await expect.poll(() => row.getByTestId('factor-value').innerText()).toBe('290');
    // The next point starts after the project's own one.
    await app.page.getByTestId('coal-rate-add-year').click();
    await expect
      .poll(() => app.page.getByTestId('override-form').getByTestId('override-key').inputValue())
      .toBe('electricity.coal_method_gce_per_kwh.2031');
    await app.page.getByTestId('coal-rate-add-year').click();
  });

  it('ran without console errors', () => {
    expect(s.problems).toEqual([]);
  });
});
