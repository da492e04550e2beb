import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LeversPage } from './pages/levers-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/** The Report text screen against the real host: write a chapter, see it previewed, undo it. */
describe('report text screen', () => {
  let s: E2eSession;
  let app: LeversPage;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new LeversPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
    await app.goTo(/^Report text$/);
  });

  afterAll(async () => {
    await s?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error('API calls so far:\n' + s.apiLog.join('\n'));
  });

  it('saves the Chinese text of a chapter, previews it paragraph by paragraph, and undo takes it back', async () => {
    const page = app.page;
    await page.getByRole('group', { name: 'Language of the text' }).getByRole('button', { name: 'Chinese' }).click();
    await page.getByRole('button', { name: /^Safeguards/ }).click();
    const editor = page.getByLabel('Text of "Safeguards"');
    await editor.fill('成立园区碳达峰工作领导小组。\n\n建立季度调度机制。');
    await page.getByLabel('Prepared by').click();
    const preview = page.getByRole('article', { name: 'Preview' });
    await expect
      .poll(() => preview.locator('p').allInnerTexts())
      .toEqual(expect.arrayContaining(['成立园区碳达峰工作领导小组。', '建立季度调度机制。']));
    await expect.poll(() => page.getByRole('button', { name: /^Safeguards/ }).innerText()).not.toContain('not written');
    await app.screenshot('report-text-en');
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => preview.innerText()).toContain('Nothing written yet');
  });
});
