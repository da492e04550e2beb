import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LeversPage } from './pages/levers-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/** The Targets screen against the real host: a template's targets, path editing, Chinese. */
describe('targets screen', () => {
  let s: E2eSession;
  let app: LeversPage;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new LeversPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
    await app.goTo(/^Targets$/);
  });

  afterAll(async () => {
    await s?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error('API calls so far:\n' + s.apiLog.join('\n'));
  });

  it('lists the sample targets with indicator, unit and energy method', async () => {
    await app.targetCard('coal-cap').waitFor();
    const card = app.targetCard('non-fossil-share');
    // The non-fossil share follows the statistical convention, and says what it divides by what.
    await expect.poll(() => card.getByTestId('target-method').innerText()).toContain('coal-consumption method');
    await expect.poll(() => card.getByTestId('target-definition').innerText()).toContain('Numerator: non-fossil electricity');
    const core = app.targetCard('co2-per-tce');
    await expect.poll(() => core.getByTestId('target-method').innerText()).toContain('calorific equivalent');
    await expect.poll(() => card.getByTestId('target-value-0').inputValue()).toBe('16');
    await app.screenshot('targets-en');
  });

  it('shows the checked scenario’s verdict beside each target: met, or missed from a year, with the worst margin', async () => {
    const verdicts = app.page.locator('[data-testid="target-check"][data-pass]');
    await verdicts.first().waitFor();
    await expect.poll(() => verdicts.count()).toBe((await app.targetNames()).length);
    const texts = await verdicts.allInnerTexts();
    expect(texts.every((x) => /^(Met in (the|all) \d+ years? checked|Missed from \d{4})/.test(x))).toBe(true);
    // The sample's near-zero scenario meets some targets and misses others.
    expect(texts.some((x) => x.startsWith('Met'))).toBe(true);
    expect(texts.some((x) => x.startsWith('Missed'))).toBe(true);
    const coalMargin = await app.targetCard('coal-cap').getByTestId('target-check-margin').innerText();
    expect(coalMargin).toMatch(/^worst margin [+−]?[\d,]+ t$/);
    await app.screenshot('targets-check-en');
    // Another scenario, another verdict line.
    const picker = app.page.getByTestId('target-check-scenario');
    const first = await picker.locator('option').first().getAttribute('value');
    await picker.selectOption(first ?? '');
    await verdicts.first().waitFor();
    await expect.poll(() => verdicts.count()).toBe((await app.targetNames()).length);
  });

  it('offers 2025 as the base year of the national template and defines each indicator', async () => {
    await app.page.getByTestId('template-open').click();
    const panel = app.page.getByTestId('template-panel');
    await panel.getByTestId('template-select').selectOption('national-zero-carbon-park-2025');
    await expect.poll(() => panel.getByTestId('template-base-year-hint').innerText()).toContain('2025 as the base year');
    await expect.poll(() => panel.innerText()).toMatch(/Park size from energy use in 2025: [\d,]+ tce/);
    await expect.poll(() => panel.getByTestId('template-definitions').innerText()).toContain('Denominator: total energy use');
    // 2025 is the sample's base year (its inventory); a later year reads the baseline projection.
    await expect
      .poll(() => panel.innerText())
      .toMatch(/energy use in 2025: [\d,]+ tce \(calorific-equivalent method, base-year inventory\)/);
    await panel.getByTestId('template-base-year').fill('2030');
    await expect
      .poll(() => panel.innerText())
      .toMatch(/energy use in 2030: [\d,]+ tce \(calorific-equivalent method, baseline scenario projection\)/);
    await panel.getByRole('button', { name: 'Cancel' }).click();
  });

  it('adds the provincial template’s targets after showing its notes', async () => {
    const before = (await app.targetNames()).length;
    await app.page.getByTestId('template-open').click();
    const panel = app.page.getByTestId('template-panel');
    await panel.getByTestId('template-select').selectOption('provincial-near-zero-carbon-park');
    await expect.poll(() => panel.getByTestId('template-preview').locator('tbody tr').count()).toBe(6);
    await expect.poll(() => panel.innerText()).toContain('Targets are checked from 2030 on.');
    await app.screenshot('targets-template-en');
    await panel.getByTestId('template-add').click();
    await app.targetCard('pnzc-electrification').waitFor();
    expect((await app.targetNames()).length).toBe(before + 6);
  });

  it('edits a limit in its path table and adds a year, one undo step each', async () => {
    const card = app.targetCard('pnzc-electrification');
    await app.editField(card.getByTestId('target-value-0'), '55');
    await expect.poll(() => card.getByTestId('target-value-0').inputValue()).toBe('55');
    await card.getByTestId('target-add-point').click();
    await card.getByTestId('target-value-1').waitFor();
    await app.topButton(/^Undo$/).click();
    await card.getByTestId('target-value-1').waitFor({ state: 'detached' });
    await expect.poll(() => card.getByTestId('target-value-0').inputValue()).toBe('55');
  });

  it('reads in Chinese', async () => {
    await app.switchLanguage('中文');
    await app.waitForText(app.heading, '目标');
    await app.page.getByTestId('template-open').click();
    await app.page.getByTestId('template-panel').waitFor();
    await expect.poll(() => app.page.getByTestId('template-not-modelled').innerText()).toContain('工业固体废物');
    await expect.poll(() => app.page.getByTestId('template-definitions').innerText()).toContain('分母：综合能源消费量');
    await expect.poll(() => app.targetCard('non-fossil-share').getByTestId('target-method').innerText()).toContain('发电煤耗法');
    await app.screenshot('targets-zh');
    await app.page.getByTestId('template-panel').getByRole('button', { name: '取消' }).click();
    await app.page.locator('[data-testid="target-check"][data-pass]').first().waitFor();
    await app.screenshot('targets-check-zh');
    await app.switchLanguage('English');
  });

  it('ran without console errors', () => {
    expect(s.problems).toEqual([]);
  });
});
