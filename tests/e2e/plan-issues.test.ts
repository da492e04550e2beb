import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { GridPage } from './pages/grid-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { scanChinese, scanEnglish } from '../host/reports/language-scan.ts';

/**
 * A plan problem the grid's own cell checks let through, met as a user meets it: a name copied
 * from elsewhere with an invisible direction override (U+202E) pasted into the inventory. The
 * plan check refuses it, and the grid says where and what in the screen's language: in Chinese
 * no Latin word, no JSON path, no zod English; in English no Han character.
 */
describe('plan problems in the screen language', () => {
  let s: E2eSession;
  let app: AppPage;
  let g: GridPage;

  beforeAll(async () => {
    s = await startE2e({ locale: 'zh-CN' });
    app = new AppPage(s.page);
    g = new GridPage(s.page);
    await app.open(s.host.url);
    await s.page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
    await app.openSample();
  });

  afterAll(async () => {
    await s?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error('API calls so far:\n' + s.apiLog.join('\n'));
  });

  it('refuses a pasted name with a direction override, saying where and what in Chinese', async () => {
    const before = await g.text(0, '企业');
    await (await g.cell(0, '企业')).click();
    await g.paste('印制\u202e电路板厂\n');
    await expect.poll(() => g.message.innerText()).toContain('名称中不能含有控制字符');
    const message = await g.message.innerText();
    // Where: the enterprise by its name (not the refused one), and the field in words.
    expect(message).toMatch(/^不允许此值：企业“印制电路板厂”的.*名称：名称中不能含有控制字符/);
    expect(message).not.toContain('\u202e');
    expect(message).not.toMatch(/consumers|\[\d+\]|must not/);
    expect(scanChinese(message)).toEqual([]);
    expect(await g.text(0, '企业')).toBe(before);
    await app.screenshot('plan-issue-grid-zh');
  });

  it('says the same in English on the English screen', async () => {
    await app.switchLanguage('English');
    await (await g.cell(0, 'Enterprise')).click();
    await g.paste('Printed\u202e circuit board plant\n');
    await expect.poll(() => g.message.innerText()).toContain('A name cannot contain control characters');
    const message = await g.message.innerText();
    expect(message).toMatch(/^This value is not allowed: Enterprise “.+” › .*name: A name cannot contain control characters/);
    expect(scanEnglish(message)).toEqual([]);
    await app.switchLanguage('中文');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
