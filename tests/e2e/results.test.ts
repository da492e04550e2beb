import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { auditPage } from './support/a11y.ts';

/** Selectors of the Results and Compare screens (kept here: this file owns those screens' e2e). */
class ResultsPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  tab(name: RegExp): Locator {
    return this.page.getByRole('tablist').getByRole('tab', { name });
  }
  chart(id: string): Locator {
    return this.page.getByTestId(`chart-${id}`);
  }
  figure(id: string): Locator {
    return this.page.getByTestId(`figure-${id}`).locator('dd');
  }
  get scenarioPicker(): Locator {
    return this.page.getByTestId('results-scenario');
  }
  /** Wait until the chart has drawn results of at least `revision` (set after echarts 'finished'). */
  async waitForChart(id: string, minRevision = 0, timeout = 15_000): Promise<Locator> {
    const chart = this.chart(id);
    await chart.waitFor({ timeout });
    await this.page.waitForFunction(
      ([testId, min]) => {
        const el = document.querySelector(`[data-testid="chart-${testId}"]`);
        const rev = el?.getAttribute('data-revision');
        return rev !== null && rev !== undefined && rev !== '' && Number(rev) >= Number(min);
      },
      [id, minRevision] as const,
      { timeout },
    );
    return chart;
  }
  async revisionOf(id: string): Promise<number> {
    return Number(await this.chart(id).getAttribute('data-revision'));
  }
}

describe('Results and Compare screens in the browser host', () => {
  let s: E2eSession;
  let app: AppPage;
  let results: ResultsPage;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    results = new ResultsPage(s.page);
    await app.open(s.host.url);
    await app.openSample();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('draws the emissions pathway for every year from 2025 to 2060', async () => {
    await app.navItem(/^Results$/).click();
    await expect.poll(() => app.heading.innerText()).toBe('Results');
    const chart = await results.waitForChart('pathway');
    await expect.poll(() => chart.getAttribute('data-first-year')).toBe('2025');
    await expect.poll(() => chart.getAttribute('data-last-year')).toBe('2060');
    await expect.poll(() => chart.getAttribute('data-points')).toBe('36');
    // The sample has an emissions-peak target: its yearly checks are marked on the chart.
    expect(Number(await chart.getAttribute('data-marks'))).toBeGreaterThan(0);
    await expect.poll(() => results.figure('net-horizon').innerText()).toMatch(/\d/);
    expect(await auditPage(s.page)).toEqual([]);
    await app.screenshot('results-pathway-en');
  });

  it('shows every tab with data', async () => {
    const tabs: [RegExp, string, string | null][] = [
      [/^Sources$/, 'sources', 'sources'],
      [/^Energy mix$/, 'energy', 'energy'],
      [/^Energy flow$/, 'flow', 'flow'],
      [/^Hourly$/, 'hourly', 'hourly'],
      [/^Indicators$/, 'indicators', null],
      [/^Costs$/, 'costs', 'costs'],
      [/^Warnings/, 'warnings', null],
      [/^Abatement cost$/, 'mac', 'mac'],
    ];
    for (const [name, shot, chart] of tabs) {
      await results.tab(name).click();
      if (chart !== null) await results.waitForChart(chart);
      if (shot === 'indicators') {
        await s.page.getByTestId('scorecard').waitFor();
        await expect.poll(() => s.page.getByTestId('key-indicators').locator('tbody tr').count()).toBe(7);
      }
      if (shot === 'mac') await results.waitForChart('measure-wedges');
      if (shot === 'hourly') await expect.poll(() => results.chart('hourly').getAttribute('data-days')).toBe('365');
      expect(await auditPage(s.page), shot).toEqual([]);
      await app.screenshot(`results-${shot}-en`);
      // What sits below the fold gets its own picture.
      const below = { mac: 'measure-wedges-card', costs: 'npv-card', indicators: 'indicators-card' }[shot];
      if (below !== undefined) {
        await s.page.getByTestId(below).scrollIntoViewIfNeeded();
        await app.screenshot(`results-${shot}-more-en`);
      }
    }
    // The method switch relabels the energy chart.
    await results.tab(/^Energy mix$/).click();
    await s.page.getByRole('button', { name: 'coal-consumption method' }).click();
    await s.page.locator('[data-testid="chart-energy"][data-method="coal_method"]').waitFor();
  });

  it('says how the electricity was balanced, and shows the dispatch figures by milestone year', async () => {
    await expect.poll(() => s.page.getByTestId('dispatch-note-method').innerText()).toContain('hourly dispatch');
    await expect.poll(() => s.page.getByTestId('dispatch-note-tariff').innerText()).toContain('time-of-use');
    await expect.poll(() => s.page.getByTestId('dispatch-note-export-limit').innerText()).toContain('20,000 kW');
    await expect.poll(() => s.page.getByTestId('dispatch-note-climate').innerText()).toContain('Suining');
    await results.tab(/^Energy mix$/).click();
    const table = s.page.getByTestId('dispatch-table');
    await table.waitFor();
    const years = await table.locator('thead th').allInnerTexts();
    expect(years[0]).toBe('Figure');
    expect(years).toContain('2030');
    expect(years.at(-1)).toBe('2060');
    await expect.poll(() => table.getByTestId('dispatch-self_consumed').locator('th').innerText()).toContain('MWh');
    await expect.poll(() => table.getByTestId('dispatch-peak_import').locator('th').innerText()).toContain('kW');
    await expect.poll(() => table.getByTestId('dispatch-import_cost_peak').locator('th').innerText()).toContain('10⁴ CNY');
    const peak = await table.getByTestId('dispatch-peak_import').locator('td').allInnerTexts();
    expect(peak.every((v) => /^\d{1,3}(,\d{3})*$/.test(v))).toBe(true);
    await s.page.getByTestId('dispatch-card').scrollIntoViewIfNeeded();
    await app.screenshot('results-dispatch-en');
  });

  it('shows the hydrogen balance of a scenario with an electrolyser, from its first year', async () => {
    await results.scenarioPicker.selectOption({ label: 'Near-zero-carbon park' });
    await results.tab(/^Energy mix$/).click();
    const table = s.page.getByTestId('hydrogen-table');
    await table.waitFor();
    const first = table.locator('tbody tr').first();
    await expect.poll(() => first.locator('th').innerText()).toBe('2030');
    const produced = await first.locator('td[data-column="produced_t"]').innerText();
    expect(Number(produced.replace(/,/g, ''))).toBeGreaterThan(0);
    await s.page.getByTestId('hydrogen-card').scrollIntoViewIfNeeded();
    await app.screenshot('results-hydrogen-en');
  });

  it('follows an undo live, and another scenario changes the figures', async () => {
    await results.tab(/^Pathway$/).click();
    await results.waitForChart('pathway');
    const before = await results.figure('npv').innerText();
    const revision = await results.revisionOf('pathway');
    // An edit made on the Park screen, undone from the Results screen with the keyboard.
    await app.navItem(/^Park$/).click();
    await app.editField(app.discountRateInput, '3');
    await app.navItem(/^Results$/).click();
    await results.waitForChart('pathway', revision + 1);
    const edited = await results.figure('npv').innerText();
    expect(edited).not.toBe(before);
    await app.heading.click();
    await s.page.keyboard.press('Control+Z');
    await results.waitForChart('pathway', revision + 2);
    await app.waitForText(results.figure('npv'), before);
    // Every call went over the app's socket to the host (renderer/src/api/bridge.ts), none over HTTP.
    expect(s.apiLog.filter((l) => l.startsWith('project.edit')).length).toBeGreaterThanOrEqual(2);
    expect(s.apiLog).toContain('scenario.run -> ok');
    expect(s.httpApiCalls).toEqual([]);

    const nearZero = await results.figure('net-horizon').innerText();
    await results.scenarioPicker.selectOption({ label: 'Business as usual' });
    await s.page.waitForFunction(
      (text) => document.querySelector('[data-testid="figure-net-horizon"] dd')?.textContent !== text,
      nearZero,
    );
    await expect.poll(() => results.figure('net-horizon').innerText()).not.toBe(nearZero);
  });

  it('keeps the chosen scenario across screens', async () => {
    const chosen = (picker: Locator) => picker.locator('option:checked').innerText();
    const measuresPicker = s.page.getByTestId('measures-scenario');
    // "Business as usual" was chosen on Results above: it stays after a visit to Park.
    await app.navItem(/^Park$/).click();
    await app.navItem(/^Results$/).click();
    await expect.poll(() => chosen(results.scenarioPicker)).toBe('Business as usual');
    await app.navItem(/^Measures$/).click();
    await expect.poll(() => chosen(measuresPicker)).toContain('Business as usual');
    // Risk shows one scenario too: the same one.
    await app.navItem(/^Risk$/).click();
    await expect.poll(() => chosen(s.page.getByTestId('risk-scenario'))).toBe('Business as usual');
    await app.navItem(/^Measures$/).click();
    // And the other way: chosen on Measures, shown on Results.
    const nearZero = await measuresPicker.locator('option', { hasText: 'Near-zero-carbon park' }).getAttribute('value');
    await measuresPicker.selectOption(nearZero!);
    await app.navItem(/^Results$/).click();
    await expect.poll(() => chosen(results.scenarioPicker)).toBe('Near-zero-carbon park');
  });

  it('compares scenarios with differences against the first one', async () => {
    await app.navItem(/^Compare$/).click();
    await results.waitForChart('compare');
    await expect.poll(() => results.chart('compare').getAttribute('data-series')).toBe('3');
    const deltas = await s.page.getByTestId('compare-figures').getByTestId('delta').allInnerTexts();
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.some((d) => /^[+−]\d/.test(d.trim()))).toBe(true);
    expect(await auditPage(s.page)).toEqual([]);
    await app.screenshot('results-compare-en');
    await s.page.getByTestId('compare-by-year').scrollIntoViewIfNeeded();
    await app.screenshot('results-compare-more-en');
  });

  it('reads in Chinese', async () => {
    await app.switchLanguage('中文');
    await expect.poll(() => app.heading.innerText()).toBe('情景对比');
    await results.waitForChart('compare');
    await app.screenshot('results-compare-zh');
    await app.navItem(/^结果$/).click();
    await expect.poll(() => app.heading.innerText()).toBe('结果');
    await results.waitForChart('pathway');
    const tabNames = await s.page.getByRole('tab').allInnerTexts();
    expect(tabNames.slice(0, 3)).toEqual(['排放路径', '排放来源', '能源结构']);
    // No English UI text left on the screen (names from the plan are data and excluded).
    const label = await results.chart('pathway').getAttribute('aria-label');
    expect(label).toBe('排放路径与目标');
    await app.screenshot('results-pathway-zh');
    await results.tab(/^指标$/).click();
    await s.page.getByTestId('scorecard').waitFor();
    await app.screenshot('results-indicators-zh');
    await results.tab(/^能流图$/).click();
    await results.waitForChart('flow');
    await app.screenshot('results-flow-zh');
    await results.tab(/^能源结构$/).click();
    await s.page.getByTestId('dispatch-table').waitFor();
    await expect.poll(() => s.page.getByTestId('dispatch-note-method').innerText()).toContain('逐时调度');
    await s.page.getByTestId('dispatch-card').scrollIntoViewIfNeeded();
    await app.screenshot('results-dispatch-zh');
    // The dispatch note's method and sources are said in Chinese too (citations stay as they are).
    await expect.poll(() => s.page.getByTestId('dispatch-note-climate').innerText()).toContain('遂宁');
    const note = s.page.getByTestId('dispatch-note');
    await note.locator('summary').click();
    const lines = await note.locator('details p').allInnerTexts();
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const text of lines) {
      expect(text).toMatch(/\p{Script=Han}/u);
      expect(text).not.toMatch(/\{\{|load-following|Climate of|CNY\/MWh/);
    }
    await note.scrollIntoViewIfNeeded();
    await app.screenshot('results-dispatch-note-zh');
    await note.locator('summary').click();
    // The engine's warnings are said in Chinese from their codes and params.
    await results.scenarioPicker.selectOption({ label: '近零碳园区' });
    await results.tab(/^警告/).click();
    const warnings = s.page.getByTestId('warnings-table');
    await warnings.locator('tr[data-code="surplus_curtailed"]').first().waitFor();
    const sentences = await warnings.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(sentences.length).toBeGreaterThan(10);
    for (const text of sentences) {
      expect(text).toMatch(/\p{Script=Han}/u);
      expect(text).not.toMatch(/\{\{|like-for-like/);
    }
    await expect.poll(() => warnings.locator('td[lang="en"]').count()).toBe(0);
    expect(await auditPage(s.page)).toEqual([]);
    await app.screenshot('results-warnings-zh');
    await app.switchLanguage('English');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
