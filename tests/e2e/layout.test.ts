import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/** Layout a long park name or a long option used to break: nothing wraps or is cut off. */
describe('layout with long texts', () => {
  let s: E2eSession;
  let app: AppPage;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
  });

  afterAll(async () => {
    await s?.close();
  });

  /** Whether the select shows its chosen option's whole label (text width plus the arrow). */
  const showsWholeLabel = (select: Locator) =>
    select.evaluate((el: HTMLSelectElement) => {
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = el.options[el.selectedIndex]?.text ?? '';
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return ctx.measureText(text).width <= room;
    });

  it('keeps the language buttons on one line beside a long park name', async () => {
    const long = 'Suining Lüyuan Green Low-Carbon Advanced Manufacturing Industrial Demonstration Park (Phase II)';
    // The English name: an English screen's title shows it.
    await app.editField(s.page.getByTestId('park-name-input-en'), long);
    await app.waitForText(app.projectTitle, long);
    for (const size of [1440, 1100]) {
      await s.page.setViewportSize({ width: size, height: 800 });
      const boxes = await Promise.all(['中文', 'English'].map((l) => app.languageButton(l as '中文').boundingBox()));
      expect(boxes[0]!.y).toBe(boxes[1]!.y); // side by side, not stacked
      for (const label of ['中文', 'English'] as const) {
        // One line of text: a wrapped label ("中" over "文") has one rectangle per line.
        const fits = await app.languageButton(label).evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return range.getClientRects().length === 1 && el.scrollWidth <= el.clientWidth;
        });
        expect(fits, `${label} at ${size}px`).toBe(true);
      }
    }
    await app.screenshot('topbar-long-name-en');
    await s.page.setViewportSize({ width: 1440, height: 900 });
  });

  it('shows the whole energy-method option on a target', async () => {
    await app.navItem(/^Targets$/).click();
    const select = s.page.getByTestId('target-method-select').first();
    await select.waitFor();
    for (const value of ['equivalent', 'coal_method']) {
      await select.selectOption(value);
      expect(await showsWholeLabel(select), value).toBe(true);
    }
    await select.scrollIntoViewIfNeeded();
    await app.screenshot('targets-method-en');
    // The form for a custom target has the same choice.
    await app.main.getByRole('button', { name: 'Add custom target' }).click();
    const custom = s.page.getByTestId('custom-panel').getByRole('combobox', { name: 'Energy counting method (GB/T 2589)' });
    for (const size of [1440, 1100]) {
      await s.page.setViewportSize({ width: size, height: 900 });
      for (const value of ['equivalent', 'coal_method']) {
        await custom.selectOption(value);
        expect(await showsWholeLabel(custom), `${value} at ${size}px`).toBe(true);
      }
    }
    await custom.scrollIntoViewIfNeeded();
    await app.screenshot('targets-custom-method-en');
    // And the targets' own cards at this width.
    for (const value of ['equivalent', 'coal_method']) {
      await select.selectOption(value);
      expect(await showsWholeLabel(select), `${value} on a card at 1100px`).toBe(true);
    }
    await s.page.setViewportSize({ width: 1440, height: 900 });
  });
});
