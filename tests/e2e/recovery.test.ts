import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { leaveCrashedSession, startE2e, type E2eSession } from './support/browser.ts';

/** Unsaved work from a session that was killed shows up on the start screen and comes back. */
describe('recovering unsaved work', () => {
  let s: E2eSession;
  let app: AppPage;

  beforeAll(async () => {
    s = await startE2e({
      locale: 'en-US',
      beforeHost: async (workDir) => {
        await leaveCrashedSession(workDir, 'Park from the crashed session');
        await leaveCrashedSession(workDir, 'Park nobody wants back');
      },
    });
    app = new AppPage(s.page);
    await app.open(s.host.url);
  });

  afterAll(async () => {
    await s?.close();
  });

  it('lists both crashed sessions on the start screen', async () => {
    await app.recoverySection.waitFor();
    await expect.poll(() => app.recoverySection.getByRole('listitem').count()).toBe(2);
    await app.screenshot('start-recovery-en');
  });

  it('discards one after asking', async () => {
    await app.recoveryItem('Park nobody wants back').getByRole('button', { name: 'Discard' }).click();
    await app.dialog.waitFor();
    await expect.poll(() => app.dialog.getByRole('heading').innerText()).toContain('Park nobody wants back');
    await app.dialog.getByRole('button', { name: 'Discard' }).click();
    await app.recoveryItem('Park nobody wants back').waitFor({ state: 'detached' });
    await expect.poll(() => app.recoverySection.getByRole('listitem').count()).toBe(1);
  });

  it('recovers the other with its edit, as unsaved work', async () => {
    await app.recoveryItem('Park from the crashed session').getByRole('button', { name: 'Recover' }).click();
    await app.parkNameInput.waitFor();
    await expect.poll(() => app.parkNameInput.inputValue()).toBe('Park from the crashed session');
    await app.waitForText(app.saveState, 'Not saved to a file yet');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
