import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { ExportPage } from './pages/export-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/** A consultant's flow: duplicate a scenario, then export a PDF report through the dialog. */
describe('duplicate a scenario and export a report', () => {
  let s: E2eSession;
  let app: AppPage;
  let ex: ExportPage;
  let copyName: string;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    ex = new ExportPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('duplicates a scenario with its measures under the same parent, as one undo step', async () => {
    await app.navItem(/Scenarios/).click();
    await app.scenarioTree.waitFor();
    const last = app.scenarioTree.getByRole('button').last();
    const name = (await last.locator('.tree__name').innerText()).trim();
    await last.click();
    const parentLine = await app.main.getByText(/^Inherits from /).innerText();
    const measures = await app.measuresTable.locator('tbody tr').count();
    await app.scenarioButton(/^Duplicate$/).click();
    copyName = `Copy of ${name}`;
    await app.waitForText(app.scenarioTitle, copyName);
    await expect.poll(() => app.main.getByText(parentLine, { exact: true }).count()).toBe(1);
    await expect.poll(() => app.measuresTable.locator('tbody tr').count()).toBe(measures);
    await expect.poll(() => app.scenarioTree.getByText(copyName, { exact: true }).count()).toBe(1);
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => app.scenarioTree.getByText(copyName, { exact: true }).count()).toBe(0);
    await app.topButton(/^Redo$/).click();
    await expect.poll(() => app.scenarioTree.getByText(copyName, { exact: true }).count()).toBe(1);
  });

  it('opens the dialog with PDF, the interface language and every scenario chosen', async () => {
    await ex.open();
    await expect.poll(() => ex.radio('PDF report').isChecked()).toBe(true);
    await expect.poll(() => ex.radio('English').isChecked()).toBe(true);
    const boxes = await ex.scenarioBoxes.count();
    expect(boxes).toBeGreaterThan(1);
    for (let i = 0; i < boxes; i++) await expect.poll(() => ex.scenarioBoxes.nth(i).isChecked()).toBe(true);
    // An untitled project with no recent files: a name to complete, with the extension.
    await expect.poll(() => ex.path.inputValue()).toMatch(/-report-en\.pdf$/);
    await ex.radio('中文').check();
    await ex.radio('Excel workbook').check();
    await expect.poll(() => ex.path.inputValue()).toMatch(/-report-zh\.xlsx$/);
    await ex.radio('PDF report').check();
    await ex.radio('English').check();
  });

  it('says why a path is refused before calling the host', async () => {
    await ex.path.fill(join(s.workDir, 'report.xlsx'));
    await ex.submit.click();
    await expect.poll(() => ex.alert.innerText()).toBe('A PDF report must be saved to a path ending in .pdf.');
    await ex.path.fill('report.pdf');
    await ex.submit.click();
    await expect.poll(() => ex.alert.innerText()).toContain('Type a full path');
  });

  it('shows the host refusing a folder that does not exist, with the reason', async () => {
    await ex.path.fill(join(s.workDir, 'no-such-folder', 'report.pdf'));
    await ex.submit.click();
    await ex.dialog.getByTestId('export-error').waitFor({ timeout: 30_000 });
    await expect.poll(() => ex.dialog.getByTestId('export-error').innerText()).toContain('The report was not written.');
    await app.screenshot('export-error-en');
  });

  it('exports a PDF of two scenarios, showing progress, then the file written', async () => {
    const target = join(s.workDir, 'plan-report-en.pdf');
    await ex.dialog.getByRole('button', { name: 'None', exact: true }).click();
    await ex.scenarioBoxes.first().check();
    await ex.scenario(copyName).check();
    await ex.path.fill(target);
    await app.screenshot('export-dialog-en');
    await ex.submit.click();
    await ex.result.waitFor({ timeout: 60_000 });
    await expect.poll(() => ex.resultPath.innerText()).toBe(target);
    await expect.poll(() => ex.result.innerText()).toContain('2 scenarios');
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await app.screenshot('export-done-en');
    await ex.closeButton.click();
    await ex.dialog.waitFor({ state: 'hidden' });
    expect(s.apiLog).toContain('report.export -> ok');
  });

  it('asks before replacing an existing report, and refuses paths outside the project folder', async () => {
    const target = join(s.workDir, 'plan-report-en.pdf');
    const before = readFileSync(target);
    await ex.open();
    await ex.path.fill(target);
    await ex.submit.click();
    await ex.exists.waitFor({ timeout: 30_000 });
    expect(readFileSync(target).equals(before)).toBe(true);
    await ex.replaceButton.click();
    await ex.result.waitFor({ timeout: 60_000 });
    await ex.dialog.getByRole('button', { name: 'Export another' }).click();
    // Outside the browser host's project folder (issue 14): refused, nothing written.
    const outside = join(s.workDir, '..', `${basename(s.workDir)}-outside.pdf`);
    await ex.path.fill(outside);
    await ex.submit.click();
    await ex.error.waitFor({ timeout: 30_000 });
    await expect.poll(() => ex.error.innerText()).toContain('ParkZero does not read or write there.');
    expect(existsSync(outside)).toBe(false);
    await ex.cancelButton.click();
    await ex.dialog.waitFor({ state: 'hidden' });
  });

  it('reads in Chinese too', async () => {
    await app.switchLanguage('中文');
    await ex.open();
    await expect.poll(() => ex.radio('中文').isChecked()).toBe(true);
    await app.screenshot('export-dialog-zh');
    await ex.cancelButton.click();
    await app.switchLanguage('English');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
