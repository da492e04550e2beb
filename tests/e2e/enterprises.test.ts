import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/** The enterprise details editor on the Park screen, against the real host. */
describe('editing enterprises', () => {
  let s: E2eSession;
  let app: AppPage;
  let before: string[];

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
    before = await app.consumerNames();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('adds an enterprise and opens its details with the name ready to type over', async () => {
    await app.addEnterpriseButton.click();
    await app.consumerEditor.waitFor();
    const nameInput = app.editorField('consumer-name-input');
    await expect.poll(() => nameInput.evaluate((el) => el === document.activeElement)).toBe(true);
    await s.page.keyboard.type('Solar glass plant');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => app.consumerNames()).toEqual([...before, 'Solar glass plant']);
  });

  it('edits energy use and the park totals follow', async () => {
    await expect.poll(() => app.totalFor('Coal')).toBe('165,500');
    await app.editField(app.editorField('energy-coal-input'), '1,200');
    await expect.poll(() => app.totalFor('Coal')).toBe('166,700');
    // A carrier nobody used before gets its own column once it is used.
    await app.editField(app.editorField('energy-heat-input'), '5000');
    await expect.poll(() => app.totalFor('Purchased heat')).toBe('5,000');
    await app.screenshot('enterprise-editor-en');
  });

  it('explains a value outside the model bounds in the units shown', async () => {
    const growth = app.editorFieldByLabel('Output growth');
    await app.editField(growth, '150');
    await expect.poll(() => app.consumerEditor.getByRole('alert').innerText()).toBe('Enter a number from -50 to 100.');
    await growth.press('Escape');
    await expect.poll(() => growth.inputValue()).toBe('0');
  });

  it('removes the enterprise, and undo brings it back with its data', async () => {
    await app.removeEnterpriseButton.click();
    await app.consumerEditor.waitFor({ state: 'detached' });
    await expect.poll(() => app.consumerNames()).toEqual(before);
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => app.consumerNames()).toEqual([...before, 'Solar glass plant']);
    await expect.poll(() => app.totalFor('Coal')).toBe('166,700');
  });

  it('will not remove an enterprise that measures act on, and says which', async () => {
    // The grid and the editor name enterprises, measures and scenarios in the screen's language.
    await app.consumerRowButton('Lithium carbonate refinery').click();
    await expect.poll(() => app.removeEnterpriseButton.isDisabled()).toBe(true);
    await expect.poll(() => app.consumerEditor.innerText()).toContain('Measures act on this enterprise');
    await expect
      .poll(() => app.consumerEditor.innerText())
      .toContain('Industrial heat pumps and electric boilers at the lithium refinery (Near-zero-carbon park)');
  });

  it('shows the editor in Chinese too', async () => {
    await app.switchLanguage('中文');
    await expect.poll(() => app.consumerEditor.getByRole('heading', { level: 2 }).innerText()).toBe('企业详情');
    await app.screenshot('enterprise-editor-zh');
    await app.switchLanguage('English');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
