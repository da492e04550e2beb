import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { writePlanFile } from '../../electron/host/store/index.ts';
import { LOCK_VERSION, lockPathFor } from '../../electron/host/store/lock-file.ts';
import { loadSamplePlan } from '../../electron/host/host.ts';

/**
 * "Explain, never dump" in the Chinese screen: a refused file is explained in Chinese (what,
 * which file, why, what to do) from the host's reason, with no English word but the file's
 * name; a read-only file says why in Chinese; and an error the host gives no reason for says
 * that its detail is in English only and shows it, marked as the English original.
 */
const NOT_SQLITE = 'suining-plan.parkzero';
const LOCKED = 'locked-plan.parkzero';

/** Latin words left once the file's name is taken out; the brand (in the notice titles) is the one name allowed. */
function latinWordsBut(text: string, fileName: string): string[] {
  return (
    text
      .split(fileName)
      .join(' ')
      .replaceAll('ParkZero', ' ')
      .match(/[A-Za-z]+/g) ?? []
  );
}

describe('error notices in the Chinese screen', () => {
  let s: E2eSession;
  let app: AppPage;

  beforeAll(async () => {
    s = await startE2e({
      beforeHost: async (dir) => {
        writeFileSync(join(dir, NOT_SQLITE), JSON.stringify({ format: 'parkzero-plan', park: { name: '遂宁' } }));
        const locked = join(dir, LOCKED);
        writePlanFile(locked, loadSamplePlan(), { overwrite: false });
        // Held by an instance on another computer: never taken over, so the file opens read-only.
        const holder = { user: 'wang', host: 'pc-reviewer', pid: 4242, since: '2026-03-04T05:06:07.000Z', token: 'other' };
        writeFileSync(lockPathFor(locked), JSON.stringify({ format: 'parkzero-lock', version: LOCK_VERSION, ...holder }));
      },
    });
    app = new AppPage(s.page);
    await app.open(s.host.url);
    await app.switchLanguage('中文');
  }, 120_000);

  afterAll(async () => {
    await s?.close();
  });

  it('explains a refused file in Chinese, naming the file, with no other Latin word', async () => {
    await app.openPath(join(s.workDir, NOT_SQLITE));
    const notice = s.page.getByTestId('error-notice');
    await notice.waitFor({ timeout: 30_000 });
    const reason = await notice.getByTestId('error-reason').innerText();
    expect(reason).toContain(`“${NOT_SQLITE}”不是项目文件`);
    expect(reason).toContain('请确认');
    const text = await notice.innerText();
    expect(latinWordsBut(text, NOT_SQLITE)).toEqual([]);
    // The host's English sentence is kept, folded away for support, not on the screen.
    expect(await notice.locator('details').getAttribute('open')).toBeNull();
    expect(await notice.locator('details [lang="en"]').textContent()).toContain('not an SQLite database');
    await app.screenshot('error-refused-file-zh');
    await notice.getByRole('button', { name: '关闭' }).click();
    await notice.waitFor({ state: 'hidden' });
  }, 60_000);

  it('says in Chinese why a file someone else is editing opened read-only', async () => {
    await app.openPath(join(s.workDir, LOCKED));
    await app.readOnlyBanner.waitFor({ timeout: 30_000 });
    const text = await app.readOnlyBanner.innerText();
    expect(text).toContain(`“${LOCKED}”正由 wang@pc-reviewer（进程 4242）编辑`);
    expect(latinWordsBut(text.replace('wang@pc-reviewer', ''), LOCKED)).toEqual([]);
    await app.screenshot('error-read-only-zh');
    await app.topButton(/^关闭项目$/).click();
    await app.pathField.waitFor();
  }, 60_000);

  it("says a failed call on the Plan to targets and Risk screens in Chinese, from the host's reason", async () => {
    // The write of the optimiser's job refused by a full disk: what a screen's own call meets.
    const english = '"scratch.db": could not write: the disk is full';
    const refusal = {
      ok: false,
      error: {
        code: 'IO_ERROR',
        message: english,
        reason: { key: 'io_disk_full', params: { action: 'write', file: 'scratch.db' } },
      },
    };
    s.fakeCall('optimise.start', refusal);
    s.fakeCall('uncertainty.tornado', refusal);
    await app.openSample();
    await app.navItem(/^优化$/).click();
    await app.main.getByRole('button', { name: /^运行$/ }).click();
    const optimise = s.page.getByTestId('optimise-error');
    await optimise.waitFor();
    expect(await optimise.locator('.notice__title').innerText()).toBe('操作系统拒绝读取或写入该文件。');
    expect(await optimise.getByTestId('error-reason').innerText()).toBe('写入“scratch.db”失败：磁盘已满。请清理出空间后重试。');
    expect(latinWordsBut(await optimise.innerText(), 'scratch.db')).toEqual([]);
    // Risk said only the code's title before; now the reason too.
    await app.navItem(/^不确定性$/).click();
    await s.page.getByTestId('risk-offers').getByRole('button').first().click();
    await app.main.getByRole('button', { name: /^运行敏感性分析$/ }).click();
    const risk = s.page.getByTestId('risk-error');
    await risk.waitFor();
    expect(await risk.getByTestId('error-reason').innerText()).toBe('写入“scratch.db”失败：磁盘已满。请清理出空间后重试。');
    s.unfakeCall('optimise.start');
    s.unfakeCall('uncertainty.tornado');
    await app.topButton(/^关闭项目$/).click();
    await app.dialog.getByRole('button', { name: '不保存，直接关闭' }).click();
    await app.pathField.waitFor();
  }, 60_000);

  it('marks a detail the host gives only in English as the English original, instead of passing it off', async () => {
    // An error without a reason, as an older host or a call not yet given reasons answers.
    const english = '"/work/plans/old.parkzero": the file is damaged (integrity check: row 3 missing from index)';
    s.fakeCall('project.open', { ok: false, error: { code: 'FILE_CORRUPT', message: english } });
    await app.openPath(join(s.workDir, 'old.parkzero'));
    const notice = s.page.getByTestId('error-notice');
    await notice.waitFor({ timeout: 30_000 });
    s.unfakeCall('project.open');
    expect(await notice.getByTestId('error-english-only').innerText()).toBe('这一问题的具体说明暂时只有英文，原文如下。');
    expect(await notice.locator('[lang="en"]').innerText()).toBe(english);
    expect(await notice.innerText()).toContain(`英文原文：${english}`);
    expect(await notice.getByTestId('error-reason').count()).toBe(0);
    await app.screenshot('error-english-only-zh');
  }, 60_000);
});
