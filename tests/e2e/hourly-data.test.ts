import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HourlyPage } from './pages/hourly-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';

/** An 8760-row `hour,value` load CSV: 2 at night, 5 from 08:00 to 18:00 (annual sum 28,470). */
function loadCsv(bad?: { hour: number; text: string }): string {
  const lines = ['hour,kwh'];
  for (let h = 0; h < 8760; h++) {
    const v = h % 24 >= 8 && h % 24 < 18 ? 5 : 2;
    lines.push(`${h},${bad?.hour === h ? bad.text : v}`);
  }
  return lines.join('\n') + '\n';
}

/** The Park screen's hourly data panel against the real host: import, list, undo / redo, refusals. */
describe('hourly data on the Park screen', () => {
  let s: E2eSession;
  let app: HourlyPage;
  let good: string;
  let bad: string;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new HourlyPage(s.page);
    good = join(s.workDir, 'pcb-2023.csv');
    bad = join(s.workDir, 'display-broken.csv');
    writeFileSync(good, loadCsv());
    // Data row 5 (hour 4) is line 6 of the file: the header counts.
    writeFileSync(bad, loadCsv({ hour: 4, text: 'abc' }));
    await app.open(s.host.url);
    await app.openSample();
  });

  afterAll(async () => {
    await s?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error('API calls so far:\n' + s.apiLog.join('\n'));
  });

  it('starts with no hourly data and imports a load CSV for an enterprise', async () => {
    await app.empty.waitFor();
    await app.importLoad('pcb', good);
    await app.row('load-pcb').waitFor();
    const text = await app.row('load-pcb').innerText();
    expect(text).toContain('Load');
    expect(text).toContain('pcb-2023');
    expect(text).toContain('pcb-2023.csv');
    expect(text).toContain('28,470');
    await expect.poll(() => app.imported.innerText()).toContain('Imported “pcb-2023”.');
    // The enterprise now offers itself as taken.
    await expect.poll(() => app.enterpriseSelect.locator('option[value="pcb"]').innerText()).toContain('(has data)');
    await app.panel.scrollIntoViewIfNeeded();
    await app.screenshot('hourly-data-en');
  });

  it('undo removes the import and redo restores it, each as one step', async () => {
    await app.topButton(/^Undo$/).click();
    await app.empty.waitFor();
    await expect.poll(() => app.rows.count()).toBe(0);
    await app.topButton(/^Redo$/).click();
    await app.row('load-pcb').waitFor();
    await expect.poll(() => app.rows.count()).toBe(1);
  });

  it('shows the row and reason of a bad CSV inline and changes nothing', async () => {
    await app.importLoad('display', bad);
    await app.problems.waitFor();
    const text = await app.problems.innerText();
    expect(text).toContain('display-broken.csv was not imported');
    expect(text).toContain('Line 6 of “display-broken.csv”: the value “abc” is not a number.');
    await expect.poll(() => app.rows.count()).toBe(1);
  });

  it('removes a series with one undoable commit', async () => {
    await app.removeButton('pcb-2023').click();
    await app.empty.waitFor();
    await app.topButton(/^Undo$/).click();
    await app.row('load-pcb').waitFor();
  });

  it('reads in Chinese', async () => {
    await app.switchLanguage('中文');
    await app.waitForText(app.panel.getByRole('heading', { level: 2 }), '逐时数据');
    await expect.poll(() => app.row('load-pcb').innerText()).toContain('负荷');
    await app.importLoad('display', bad);
    await app.problems.waitFor();
    // The row and its reason in Chinese, from the host's reason: no English line is left.
    await expect.poll(() => app.problems.innerText()).toContain('“display-broken.csv”第 6 行：数值“abc”不是数字。');
    expect(await app.problems.getByTestId('error-english-only').count()).toBe(0);
    expect((await app.problems.innerText()).replaceAll('display-broken.csv', '').replace('abc', '')).not.toMatch(/[A-Za-z]/);
    await app.panel.scrollIntoViewIfNeeded();
    await app.screenshot('hourly-data-zh');
    await app.switchLanguage('English');
  });

  it('saw no console errors, failed requests or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
