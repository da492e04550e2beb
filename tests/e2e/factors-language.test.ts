import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LeversPage } from './pages/levers-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { scanChinese } from '../host/reports/language-scan.ts';

/**
 * The Factors screen (with its cost library) and the Scenarios screen's grid factor scope speak
 * the screen's language, as the reports do: in Chinese no Latin word but units, formulas and
 * standard codes (the reports' language scan), no factor key; in English no Han character. The
 * sample park is in Sichuan, written "Sichuan" in the plan.
 */

/** Screen typography to the ASCII the scan knows: CO₂ is CO2, m³ is m3. */
const ascii = (text: string) => text.replace(/₂/g, '2').replace(/³/g, '3').replace(/⁴/g, '4').replace(/²/g, '2');
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]+/g;
const han = (text: string) => [...text.matchAll(HAN)].map((m) => m[0]);

describe('factor and scope words in the screen language', () => {
  let s: E2eSession;
  let app: LeversPage;

  beforeAll(async () => {
    s = await startE2e({ locale: 'zh-CN' });
    app = new LeversPage(s.page);
    await app.open(s.host.url);
    await s.page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
    await app.openSample();
  });

  afterAll(async () => {
    await s?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error('API calls so far:\n' + s.apiLog.join('\n'));
  });

  const coalOverride = () => app.factorRow('coal.ncv_gj_per_t').getByRole('button', { name: /^覆盖/ });
  const factorsText = async () => {
    await app.page.getByTestId('cost-library').waitFor();
    return app.main.innerText();
  };
  const scopeText = async () => {
    const group = app.page.getByTestId('setting-grid_factor_scope');
    await group.waitFor();
    const options = await group.locator('option').allTextContents();
    return { text: `${await group.innerText()}\n${options.join('\n')}`, options };
  };

  it('names factors in Chinese words with Chinese source titles, and shows no key', async () => {
    await app.goTo(/^因子$/);
    const coal = app.factorRow('coal.ncv_gj_per_t');
    await expect.poll(() => coal.innerText()).toContain('原煤低位发热量');
    const row = await coal.innerText();
    expect(row).not.toContain('coal.ncv_gj_per_t');
    expect(row).toContain('国家发展改革委');
    expect(row).not.toContain('Guidelines');
    await expect.poll(() => app.factorRow('pv_yield_city.suining').innerText()).toContain('遂宁');
    await expect.poll(() => app.factorRow('natural_gas.ncv_gj_per_10k_nm3').innerText()).toContain('GJ/万Nm³');
    const text = await factorsText();
    expect(scanChinese(ascii(text))).toEqual([]);
    // Searching by the words on screen finds the row.
    await app.factorSearch.fill('西南 2023');
    await expect.poll(() => app.factorRow('grid.regional.southwest.2023').isVisible()).toBe(true);
    await app.factorRow('coal.ncv_gj_per_t').waitFor({ state: 'detached' });
    await app.factorSearch.fill('');
    await app.screenshot('factors-language-zh');
  });

  it('titles an override form by the factor in words, and says in words what a typed key names', async () => {
    await coalOverride().click();
    const form = app.page.getByRole('form', { name: '原煤低位发热量的覆盖值' });
    await form.waitFor();
    await form.getByRole('button', { name: '取消' }).click();
    await form.waitFor({ state: 'detached' });
    await app.page.getByTestId('override-new').click();
    await app.page.getByTestId('override-key').fill('grid.regional.southwest.2030');
    await expect.poll(() => app.page.getByTestId('override-key-name').innerText()).toBe('即：西南电网平均排放因子（2030年）');
    await app.page.getByTestId('override-new').click();
  });

  it('names the park province in Chinese in the grid factor scope', async () => {
    await app.goTo(/^情景$/);
    const { text, options } = await scopeText();
    expect(options).toContain('省级（四川）');
    expect(scanChinese(ascii(text))).toEqual([]);
  });

  it('shows the province and the city in Chinese on the park screen', async () => {
    await app.goTo(/^园区$/);
    const province = app.main.getByRole('textbox', { name: '省份' });
    await expect.poll(() => province.inputValue()).toBe('四川');
    await expect.poll(() => app.main.getByRole('textbox', { name: '城市' }).inputValue()).toBe('遂宁');
  });

  it('has no Han character on the same screens in English', async () => {
    await app.switchLanguage('English');
    await app.goTo(/^Factors$/);
    await expect.poll(() => app.factorRow('coal.ncv_gj_per_t').innerText()).toContain('Coal: net calorific value');
    const row = await app.factorRow('coal.ncv_gj_per_t').innerText();
    expect(row).toContain('Guidelines for GHG accounting');
    // The key stays beside the words in English, for experts who type overrides.
    expect(row).toContain('coal.ncv_gj_per_t');
    expect(han(await factorsText())).toEqual([]);
    await app.goTo(/^Scenarios$/);
    const { text, options } = await scopeText();
    expect(options).toContain('Provincial (Sichuan)');
    expect(han(text)).toEqual([]);
    await app.goTo(/^Park$/);
    await expect.poll(() => app.main.getByRole('textbox', { name: 'Province' }).inputValue()).toBe('Sichuan');
  });

  it('ran without console errors', () => {
    expect(s.problems).toEqual([]);
  });
});
