import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/** Starting a project: a blank park asks where it is first; a reload (F5) keeps the project. */
describe('a new project and a reload', () => {
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

  it('asks where a blank park is before creating it', async () => {
    const form = app.main.getByRole('region', { name: 'New project' });
    const create = form.getByRole('button', { name: 'Create blank project' });
    await form.getByRole('textbox', { name: 'Project name' }).fill('Hangzhou Bay Park');
    expect(await create.isDisabled()).toBe(true);
    await form.getByRole('combobox', { name: 'Province' }).selectOption({ label: 'Zhejiang' });
    expect(await create.isDisabled()).toBe(true);
    await form.getByRole('textbox', { name: 'City' }).fill('Hangzhou');
    await app.screenshot('start-new-project-en');
    await create.click();
    await app.consumersTable.waitFor();
    await expect.poll(() => app.main.getByRole('textbox', { name: 'City', exact: true }).inputValue()).toBe('Hangzhou');
    await expect.poll(() => app.main.getByRole('textbox', { name: 'Province', exact: true }).inputValue()).toBe('Zhejiang');
    await expect.poll(() => app.main.getByRole('combobox', { name: 'Grid region' }).inputValue()).toBe('east');
  });

  it('reopens the project after a reload and says what came back', async () => {
    await app.editField(app.discountRateInput, '5');
    await app.waitForText(app.saveState, 'Not saved to a file yet'); // the edit reached the host
    s.page.on('dialog', (d) => void d.accept()); // the "leave with unsaved changes?" question
    await s.page.reload();
    const notice = s.page.getByTestId('reload-notice');
    await notice.waitFor();
    await expect.poll(() => notice.innerText()).toContain('“Hangzhou Bay Park” is open again');
    await expect.poll(() => notice.innerText()).toContain('still unsaved');
    await expect.poll(() => notice.innerText()).toContain('Undo history starts afresh');
    await expect.poll(() => app.discountRateInput.inputValue()).toBe('5');
    expect(await app.topButton(/^Undo$/).isDisabled()).toBe(true);
    await app.screenshot('reload-notice-en');
  });

  it('ran without console errors', () => {
    expect(s.problems).toEqual([]);
  });
});
