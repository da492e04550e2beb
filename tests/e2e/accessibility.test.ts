import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { auditPage } from './support/a11y.ts';

/** Keyboard-only use and the basic labelling audit on every screen built so far. */
describe('accessibility basics', () => {
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

  const focused = () =>
    s.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        tag: el?.tagName ?? '',
        text: (el?.textContent ?? '').trim(),
        outline: el ? getComputedStyle(el).outlineStyle : '',
      };
    });

  it('starts with a skip link that moves focus to the main content', async () => {
    await s.page.keyboard.press('Tab');
    const skip = await focused();
    expect([skip.tag, skip.text]).toEqual(['A', 'Skip to main content']);
    expect(skip.outline).not.toBe('none');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('the start screen passes the audit', async () => {
    expect(await auditPage(s.page)).toEqual([]);
  });

  it('opens the sample with the keyboard alone, with a visible focus ring on the way', async () => {
    for (let i = 0; i < 20; i++) {
      await s.page.keyboard.press('Tab');
      const f = await focused();
      if (f.text === 'Open the sample park: Suining') {
        expect(f.outline).not.toBe('none');
        break;
      }
    }
    expect((await focused()).text).toBe('Open the sample park: Suining');
    await s.page.keyboard.press('Enter');
    await app.consumersTable.waitFor();
    expect(await auditPage(s.page)).toEqual([]);
  });

  it('navigates between screens by keyboard and lands on the new heading', async () => {
    await app.navItem(/Scenarios/).focus();
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect((await focused()).text).toBe('Scenarios');
    expect(await auditPage(s.page)).toEqual([]);
  });

  it('the enterprise editor passes the audit, in Chinese too', async () => {
    await app.navItem(/Park/).click();
    await app.consumerRowButton('Lithium carbonate refinery').click();
    await app.consumerEditor.waitFor();
    expect(await auditPage(s.page)).toEqual([]);
    await app.switchLanguage('中文');
    expect(await auditPage(s.page)).toEqual([]);
    await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
