import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/** The edit pipeline through the real host: commit, undo/redo, save as, reopen, review mode. */
describe('editing, saving and reopening a project', () => {
  let s: E2eSession;
  let app: AppPage;
  let file: string;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    file = join(s.workDir, 'my-park.parkzero');
    await app.open(s.host.url);
    await app.openSample();
  });

  afterAll(async () => {
    await s?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error('API calls so far:\n' + s.apiLog.join('\n'));
  });

  it('commits a field on Enter and refuses an out-of-range value with a message', async () => {
    await app.editField(app.discountRateInput, '7.5');
    await expect.poll(() => app.topButton(/^Undo$/).isEnabled()).toBe(true);
    await app.editField(app.discountRateInput, '45');
    await expect.poll(() => app.discountRateInput.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => app.main.getByRole('alert').innerText()).toContain('0% to 30%');
    await app.discountRateInput.press('Escape');
    await expect.poll(() => app.discountRateInput.inputValue()).toBe('7.5');
  });

  it('undoes and redoes with the buttons and the keyboard', async () => {
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => app.discountRateInput.inputValue()).toBe('6');
    await app.heading.click();
    await s.page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => app.discountRateInput.inputValue()).toBe('7.5');
    await s.page.keyboard.press('Control+Z');
    await expect.poll(() => app.discountRateInput.inputValue()).toBe('6');
    await app.topButton(/^Redo$/).click();
    await expect.poll(() => app.discountRateInput.inputValue()).toBe('7.5');
  });

  it('renames the park and the title follows', async () => {
    const english = await app.projectTitle.innerText();
    await app.editField(app.parkNameInput, 'Suining Green Park');
    // The primary name is not the English one (the sample has its own English name): an English
    // screen's title shows the English name, so it stays until that is renamed too.
    await expect.poll(() => app.parkNameInput.inputValue()).toBe('Suining Green Park');
    expect(await app.projectTitle.innerText()).toBe(english);
    await app.editField(s.page.getByTestId('park-name-input-en'), 'Suining Green Park');
    await expect.poll(() => app.projectTitle.innerText()).toBe('Suining Green Park');
  });

  it('saves to a typed path and reports the project as saved', async () => {
    await app.saveAsTyped(file);
    expect(existsSync(file)).toBe(true);
    await app.waitForText(app.saveState, 'All changes saved');
    await app.screenshot('park-edit-saved-en');
  });

  it('is saved again once the edits are undone back to the saved file', async () => {
    await app.editField(app.discountRateInput, '6.5');
    await app.waitForText(app.saveState, 'Unsaved changes');
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => app.discountRateInput.inputValue()).toBe('7.5');
    await app.waitForText(app.saveState, 'All changes saved');
  });

  it('asks before closing with unsaved edits, and can close without saving', async () => {
    await app.editField(app.discountRateInput, '8');
    await app.waitForText(app.saveState, 'Unsaved changes');
    // Closing the browser tab asks too; dismissing keeps the page and the edits.
    const asked = new Promise<string>((resolve) =>
      s.page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );
    await s.page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(s.page.isClosed()).toBe(false);
    await app.topButton(/^Close project$/).click();
    await app.dialog.waitFor();
    await expect.poll(() => app.dialog.getByRole('heading').innerText()).toContain('Suining Green Park');
    await app.screenshot('close-unsaved-en');
    await app.dialog.getByRole('button', { name: 'Close without saving' }).click();
    await app.waitForText(app.heading, 'Start');
  });

  it('reopens the file from the recent list with the saved values only', async () => {
    await app.recentFile('Suining Green Park').click();
    await app.discountRateInput.waitFor();
    await expect.poll(() => app.discountRateInput.inputValue()).toBe('7.5');
    await expect.poll(() => app.parkNameInput.inputValue()).toBe('Suining Green Park');
    await expect.poll(() => s.page.getByTestId('park-name-input-en').inputValue()).toBe('Suining Green Park');
    await app.topButton(/^Close project$/).click();
    await app.waitForText(app.heading, 'Start');
  });

  it('opens the file for review: read-only banner, no edit fields', async () => {
    await app.openPath(file, { review: true });
    await app.readOnlyBanner.waitFor();
    await expect.poll(() => app.readOnlyBanner.innerText()).toContain('Opened for review');
    await expect.poll(() => app.parkName.innerText()).toBe('Suining Green Park');
    await expect.poll(() => app.discountRateInput.count()).toBe(0);
    await expect.poll(() => app.topButton(/^Undo$/).count()).toBe(0);
    await app.screenshot('park-review-en');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
