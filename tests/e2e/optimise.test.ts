import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { main } from '../../electron/host/cli/main.ts';
import { OptimisePage } from './pages/optimise-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { auditPage } from './support/a11y.ts';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Plan to targets against the real host on a real project file: a cancelled run changes
 * nothing; a full run shows progress, the plain-words infeasibility report, the LP beside the
 * engine, and adds the answer as an undoable child scenario; then the same screen in Chinese.
 */
describe('plan to targets', () => {
  let s: E2eSession;
  let app: OptimisePage;
  let file: string;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    file = join(s.workDir, 'park.parkzero');
    expect(await main(['new', file], { out: () => {}, err: () => {} })).toBe(0);
    app = new OptimisePage(s.page);
    await app.open(s.host.url);
    await app.openPath(file);
    await app.consumersTable.waitFor();
    await app.goTo(/^Plan to targets$/);
  });

  afterAll(async () => {
    await s?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error('API calls so far:\n' + s.apiLog.join('\n'));
  });

  it('offers the base scenario’s missing measures with bounds, unit costs and their sources', async () => {
    await app.candidates.waitFor();
    // The Suining sample: from the clean transition, the near-zero scenario's measures are offered.
    const wind = app.candidateRow('hill-wind');
    await expect.poll(() => wind.innerText()).toContain('MW');
    expect(await wind.getByRole('textbox', { name: /Maximum of .*: capacity/ }).inputValue()).toBe('40');
    expect(await wind.getByRole('textbox', { name: /Minimum of .*: capacity/ }).inputValue()).toBe('');
    expect(await wind.innerText()).toMatch(/CNY\/kW/);
    // Annual measures are candidates too, each in its own unit: CCUS in t a year, a switch as a share.
    const ccus = app.candidateRow('ferroalloy-ccus');
    expect(await ccus.innerText()).toContain('t/a');
    expect(await app.candidateRow('refinery-heat-pump').innerText()).toContain('%');
    await app.main.getByTestId('optimise-park-bounds').waitFor();
    await ccus.scrollIntoViewIfNeeded();
    await app.screenshot('optimise-candidates-en');
    await app.main.getByTestId('optimise-park-bounds').scrollIntoViewIfNeeded();
    await app.screenshot('optimise-park-en');
    expect(await app.main.getByTestId('optimise-target-list').getByRole('checkbox').count()).toBe(4);
    expect(await auditPage(s.page)).toEqual([]);
  });

  it('cancels a run mid-way and leaves the project and its file unchanged', async () => {
    const before = sha(file);
    await app.setResolution('4', '10');
    await app.button(/^Run$/).click();
    await app.progress.waitFor({ timeout: 60_000 });
    await app.button(/^Cancel$/).click();
    await app.main.getByText('Cancelled. Nothing in the project changed.').waitFor();
    expect(await app.saveState.innerText()).toBe('All changes saved');
    expect(s.apiLog.filter((l) => l.startsWith('project.edit') || l.startsWith('optimise.createScenario'))).toEqual([]);
    expect(sha(file)).toBe(before);
  });

  it('runs with progress, explains the impossible targets in plain words, and creates an undoable scenario', async () => {
    // A park-wide limit typed on the screen reaches the LP: green power at most 5% of the purchase.
    const green = app.main.getByRole('textbox', { name: 'Most green power, share of grid purchase' });
    await green.fill('５');
    const offered = await app.candidates.locator('tbody tr').count();
    const greenMax = app.candidateRow('green-power-top-up').getByRole('textbox', { name: /Maximum of / });
    const greenOffered = await greenMax.inputValue();
    await app.button(/^Run$/).click();
    await expect
      .poll(() => app.progress.getAttribute('data-phase'), { timeout: 60_000 })
      .toMatch(/^(prepare|build|solve|check)$/);
    await app.result.waitFor({ timeout: 180_000 });
    expect(await app.result.getAttribute('data-status')).toBe('infeasible');
    expect(await app.verdict.innerText()).toContain('No plan of these candidates within their bounds meets every target');
    const sentences = await app.shortfalls.locator('li').allInnerTexts();
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.join('\n')).toMatch(
      /CO2 per unit of energy use[^:]* \d{4}: [\d.]+ tCO2\/tce at best, target 0\.2 tCO2\/tce \(short by/,
    );
    // Bilingual names read in English only, and the 5% cap typed above is among the limits.
    expect(sentences.join('\n')).not.toMatch(/[\u3400-\u9fff]/);
    expect(sentences.join('\n')).toContain('the 5% green-power cap');
    expect(sentences.join('\n')).not.toMatch(/infeasible|optimal|status|kInfeasible/i);
    await s.page.getByTestId('optimise-capacity-chart').waitFor();
    expect(await s.page.getByTestId('optimise-compare').locator('tbody tr').count()).toBeGreaterThan(2);
    expect(await auditPage(s.page)).toEqual([]);
    await app.result.scrollIntoViewIfNeeded();
    await app.screenshot('optimise-en');

    await app.create.getByRole('textbox', { name: 'Name of the new scenario' }).fill('Cheapest to the targets');
    await app.button(/^Create scenario$/).click();
    await app.create.getByText('Added as scenario “Cheapest to the targets” (Undo removes it).').waitFor();
    await expect.poll(() => app.saveState.innerText()).toBe('Unsaved changes');
    const baseSelect = app.main.getByRole('combobox', { name: 'Base scenario' });
    await expect.poll(() => baseSelect.locator('option').allInnerTexts()).toContain('Cheapest to the targets');
    await app.topButton(/^Undo$/).click();
    await expect.poll(() => baseSelect.locator('option').allInnerTexts()).not.toContain('Cheapest to the targets');
    await app.topButton(/^Redo$/).click();
    await expect.poll(() => baseSelect.locator('option').allInnerTexts()).toContain('Cheapest to the targets');
    // The answer's sized copies are not offered again as new candidates.
    expect(await app.candidates.locator('tbody tr').count()).toBe(offered);
    // ... nor widen the candidate they were sized from (the answer's green power is not merged in).
    expect(await greenMax.inputValue()).toBe(greenOffered);
  });

  it('reads in Chinese, the infeasibility report included', async () => {
    await app.switchLanguage('中文');
    await expect.poll(() => app.verdict.innerText()).toContain('任何候选措施组合都无法满足全部目标');
    const sentences = (await app.shortfalls.locator('li').allInnerTexts()).join('\n');
    expect(sentences).toMatch(/\d{4}年.+：最低只能降到[\d,.]+ 吨二氧化碳\/吨标准煤，目标0\.2 吨二氧化碳\/吨标准煤，差/);
    expect(sentences).toContain('绿电比例上限（电网购电的5%）');
    expect(sentences.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
    const setup = await app.main.getByRole('heading', { level: 1 }).innerText();
    expect(setup).toBe('优化');
    expect(await auditPage(s.page)).toEqual([]);
    await app.screenshot('optimise-zh-result');
    await app.main.evaluate((el) => el.scrollTo(0, 0));
    await app.screenshot('optimise-zh');
    await app.candidateRow('ferroalloy-ccus').scrollIntoViewIfNeeded();
    await app.screenshot('optimise-candidates-zh');
    await app.main.getByTestId('optimise-park-bounds').scrollIntoViewIfNeeded();
    await app.screenshot('optimise-park-zh');
    await app.switchLanguage('English');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
