import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { REPO_ROOT } from './support/build-renderer.ts';

const zhangye = JSON.parse(readFileSync(join(REPO_ROOT, 'resources/samples/zhangye.plan.json'), 'utf8')) as {
  park: { name: string };
  consumers: { name: string; name_en?: string }[];
};

/** Both bundled samples on the Start screen, in either language, and the hydrogen park opened from it. */
describe('the two sample parks on the Start screen', () => {
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

  const card = () => app.main.getByRole('region', { name: /^(Sample parks|示例园区)$/ });

  it('offers both samples with a sentence each, in English and in Chinese', async () => {
    await expect
      .poll(() => card().getByRole('button').allInnerTexts())
      .toEqual(['Open the sample park: Suining', 'Open the hydrogen sample park: Zhangye']);
    await expect.poll(() => card().innerText()).toContain('Zhangye, Gansu (Northwest grid)');
    await app.switchLanguage('中文');
    await expect.poll(() => card().getByRole('button').allInnerTexts()).toEqual(['打开示例园区：遂宁', '打开氢能示例园区：张掖']);
    await expect.poll(() => card().innerText()).toContain('甘肃张掖（西北电网）');
    await app.screenshot('start-samples-zh');
    await app.switchLanguage('English');
  });

  it('opens the Zhangye hydrogen park, which takes Gansu’s tariff from its province', async () => {
    await card().getByRole('button', { name: 'Open the hydrogen sample park: Zhangye' }).click();
    await app.consumersTable.waitFor();
    await expect.poll(() => app.parkNameInput.inputValue()).toBe(zhangye.park.name);
    // The grid names enterprises in the screen's language.
    await expect.poll(() => app.consumerNames()).toEqual(zhangye.consumers.map((c) => c.name_en ?? c.name));
    await app.navItem(/Scenarios/).click();
    await app.scenarioTree.waitFor();
    await app.scenarioInTree('Hydrogen park, phase 1').click();
    const tariff = app.settingGroup('tou_tariff');
    await tariff.scrollIntoViewIfNeeded();
    await expect.poll(() => tariff.getByTestId('tou-table-name').innerText()).toContain('Gansu TOU 2024');
    await expect.poll(() => tariff.getByTestId('tou-table-name').innerText()).toContain('the table for Gansu');
    await app.screenshot('scenario-zhangye-tariff-en');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
