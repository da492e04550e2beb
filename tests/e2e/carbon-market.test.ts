import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { CarbonMarketPage } from './pages/carbon-market-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

const num = (text: string) => Number(text.replace(/,/g, '').replace('−', '-'));

/** Defining a carbon market, marking an enterprise as covered and seeing its position in Results. */
describe('carbon market in the browser host', () => {
  let s: E2eSession;
  let app: AppPage;
  let cm: CarbonMarketPage;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    cm = new CarbonMarketPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('defines the national market, with its offset rule prefilled and every source asked for', async () => {
    await cm.addNational.click();
    await expect.poll(() => cm.marketField('capPercent').inputValue()).toBe('5');
    await cm.marketField('name').fill('National ETS');
    await cm.marketField('price').fill('2025: 80; 2030: 120');
    await cm.marketField('offsetPrice').fill('60');
    await cm.marketField('offsetPriceSource').fill('CCER 2024 trades (secondary)');
    await cm.save.click();
    await expect.poll(() => cm.problem.innerText()).toBe('Source of the price: required.');
    await cm.marketField('priceSource').fill('Plan assumption');
    await cm.save.click();
    await expect.poll(() => cm.marketRows()).toEqual(['National ETS']);
  });

  it('marks an enterprise as covered with a fixed allowance', async () => {
    await app.consumerRowButton('Ferroalloy and casting plant').click();
    await cm.coverageField('allocation').selectOption('fixed');
    await cm.coverageField('allowance').fill('50,000');
    await cm.coverageField('source').fill('Test allowance');
    await cm.coverageSave.click();
    await expect.poll(() => cm.coverageStatus.innerText()).toBe('Covered by National ETS.');
    await app.screenshot('carbon-market-park-en');
  });

  it('shows the position per year in Results: allowances, surplus or deficit and the park total', async () => {
    await app.navItem(/^Results$/).click();
    await s.page
      .getByRole('tablist')
      .getByRole('tab', { name: /^Costs$/ })
      .click();
    await cm.resultsCard.waitFor();
    const row = await cm.position(2025);
    expect(row.slice(0, 3)).toEqual(['2025', 'Ferroalloy and casting plant', 'National ETS']);
    const [verified, allowances, balance] = row.slice(3, 6).map(num);
    expect(allowances).toBe(50_000);
    expect(verified).toBeGreaterThan(0);
    expect(Math.abs(balance! - (allowances! - verified!))).toBeLessThanOrEqual(1);
    expect((await cm.total(2025)).slice(1, 3)).toEqual(['Park total', row[3]]);
    await cm.resultsCard.scrollIntoViewIfNeeded();
    await app.screenshot('carbon-market-results-en');
  });

  it('lists milestone years with the first and the last, and every year on request', async () => {
    const milestones = await cm.years();
    expect(milestones.slice(0, 3)).toEqual([2025, 2030, 2035]);
    expect(milestones.at(-1)).toBe(2060);
    await cm.everyYear.check();
    await expect.poll(async () => (await cm.years()).length).toBe(2060 - 2025 + 1);
    await cm.everyYear.uncheck();
    await expect.poll(async () => (await cm.years()).length).toBe(milestones.length);
  });

  it('says it in Chinese too', async () => {
    await app.switchLanguage('中文');
    await expect.poll(async () => (await cm.total(2025))[1]).toBe('园区合计');
    await expect.poll(() => cm.resultsCard.getByRole('heading').first().innerText()).toBe('碳市场');
    await app.screenshot('carbon-market-results-zh');
    await app.switchLanguage('English');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
