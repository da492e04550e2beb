import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { writePortfolioFolder } from '../../scripts/portfolio-folder.ts';

/** The Portfolio screen (issue 15): from the Start screen, no project open, files read-only. */
describe('the park portfolio', () => {
  let s: E2eSession;
  let app: AppPage;
  let folder: string;
  let before: string[];
  const hashes = () =>
    readdirSync(folder)
      .sort()
      .map(
        (f) =>
          `${f} ${createHash('sha256')
            .update(readFileSync(join(folder, f)))
            .digest('hex')}`,
      );

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    folder = join(s.workDir, 'parks');
    mkdirSync(folder);
    writePortfolioFolder(folder, 3);
    before = hashes();
    app = new AppPage(s.page);
    await app.open(s.host.url);
  }, 120_000);

  afterAll(async () => {
    await s?.close();
  });

  it('reads a folder into one table with the refused file, sorts, filters, groups and draws the summed pathway', async () => {
    await s.page.getByTestId('open-portfolio').click();
    const screen = s.page.getByTestId('portfolio-screen');
    await screen.waitFor();
    // With a folder that holds no project file, said as such rather than silently empty.
    const empty = join(s.workDir, 'empty');
    mkdirSync(empty);
    await s.page.getByTestId('portfolio-paths').fill(`${folder}\n${empty}`);
    await screen.getByRole('button', { name: 'Read and compute' }).click();
    const summary = s.page.getByTestId('portfolio-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.innerText()).toBe('6 park(s) read, 1 file(s) not read.');
    const rows = s.page.getByTestId('portfolio-row');
    expect(await rows.count()).toBe(6);
    expect(await s.page.getByTestId('portfolio-refused').innerText()).toContain('hostile.parkzero');
    expect(await s.page.getByTestId('portfolio-empty-folder').innerText()).toMatch(/^The folder “empty” holds no project file/);

    await s.page.getByTestId('portfolio-province').selectOption({ label: 'Gansu' });
    await expect.poll(() => rows.count()).toBe(3);
    await s.page.getByTestId('portfolio-province').selectOption({ label: 'All' });
    await s.page.getByTestId('portfolio-group').selectOption('province');
    await expect
      .poll(() => s.page.getByTestId('portfolio-group-row').allInnerTexts())
      .toEqual(['Gansu: 3 park(s)', 'Sichuan: 3 park(s)']);
    await s.page.getByTestId('portfolio-group').selectOption('');

    // Sorting by base-year energy, then reversed: the first row changes places with the last.
    const energy = screen.getByRole('button', { name: /^Base-year energy/ });
    await energy.click();
    const firstUp = await rows.first().locator('th').innerText();
    await energy.click();
    await expect.poll(() => rows.last().locator('th').innerText()).toBe(firstUp);

    const chart = s.page.getByTestId('portfolio-chart');
    await expect.poll(() => chart.getAttribute('data-revision')).toBe('0');
    expect(await chart.getAttribute('data-parks')).toBe('6');
    await app.screenshot('portfolio-en');

    // In Chinese the table, the refused file's reason and the summary carry no English words.
    await app.switchLanguage('中文');
    await expect.poll(() => summary.innerText()).toBe('共读取 6 个园区，1 个文件未能读取。');
    const headers = (await s.page.getByTestId('portfolio-table').locator('thead th').allInnerTexts()).join(' ');
    expect(headers).not.toMatch(/[A-Za-z]/);
    const reason = (await s.page.getByTestId('portfolio-refused').innerText()).replace(/\S*\.parkzero/g, '');
    expect(reason.replace('ParkZero', '')).not.toMatch(/[A-Za-z]/);
    const emptyNote = await s.page.getByTestId('portfolio-empty-folder').innerText();
    expect(emptyNote).toMatch(/^文件夹“empty”中没有项目文件/);
    expect(emptyNote.replace('empty', '')).not.toMatch(/[A-Za-z]/);
    expect(await rows.first().locator('td').nth(0).innerText()).toMatch(/四川|甘肃/);
    await app.screenshot('portfolio-zh');
    await app.switchLanguage('English');
  }, 120_000);

  it('exports the workbook and leaves every file of the folder byte-identical', async () => {
    const out = join(s.workDir, 'portfolio');
    await s.page.getByTestId('portfolio-export-path').fill(out);
    await s.page.getByTestId('portfolio-export-xlsx').click();
    await expect.poll(() => existsSync(`${out}.xlsx`), { timeout: 30_000 }).toBe(true);
    expect(hashes()).toEqual(before);
  }, 60_000);

  it('marks a scenario as the submitted plan in the Scenarios screen, one at a time', async () => {
    await s.page.getByTestId('portfolio-screen').getByRole('button', { name: 'Back to start' }).click();
    await app.openSample();
    await app.navItem(/Scenarios/).click();
    await app.scenarioInTree('Near-zero').click();
    const flag = s.page.getByTestId('scenario-submitted');
    await flag.check();
    await expect.poll(() => app.scenarioTree.innerText()).toContain('Submitted plan');
    await app.scenarioInTree('Clean energy transition').click();
    expect(await flag.isChecked()).toBe(false);
    await flag.check();
    // Marking this one unmarked the other: the tree names one submitted plan.
    await expect.poll(async () => (await app.scenarioTree.innerText()).split('Submitted plan').length - 1).toBe(1);
    await app.screenshot('scenarios-submitted-en');
  }, 60_000);

  it('ran without console errors', () => {
    expect(s.problems).toEqual([]);
  });
});
