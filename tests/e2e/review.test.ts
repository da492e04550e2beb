import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppPage } from './pages/app-page.ts';
import { ReviewPage } from './pages/review-page.ts';
import { startE2e, type E2eSession } from './support/browser.ts';
import { main } from '../../electron/host/cli/main.ts';
import { createHost } from '../../electron/host/host.ts';
import type { ProjectHandle } from '../../core/api/contract.ts';
import type { Result } from '../../core/api/result.ts';
import { readPlanFile } from '../../electron/host/store/index.ts';
import { planFingerprint, shortFingerprint } from '../../core/fingerprint/index.ts';
import { parsePlan } from '../../core/model/plan.ts';

const SAMPLE_JSON = 'tests/fixtures/sample-park-2024.plan.json';

async function cli(...argv: string[]): Promise<void> {
  const err: string[] = [];
  const code = await main(argv, { out: () => {}, err: (l) => err.push(l) });
  if (code !== 0) throw new Error(err.join('\n'));
}

/**
 * The reviewer's workflow in Chromium: open a saved file for review, comment on a scenario,
 * resolve, save into the file, reopen; the plan and its fingerprint never change. Then compare
 * with a modified version and export the memo.
 */
describe('review workflow', () => {
  let s: E2eSession;
  let app: AppPage;
  let review: ReviewPage;
  let file: string;
  let fingerprint: string;
  let older: string;

  beforeAll(async () => {
    s = await startE2e({ locale: 'en-US' });
    app = new AppPage(s.page);
    review = new ReviewPage(s.page);
    file = join(s.workDir, 'submission.parkzero');
    await cli('import', SAMPLE_JSON, '-o', file);
    fingerprint = planFingerprint(readPlanFile(file));
    for (const who of ['consultant', 'stranger']) await cli('keygen', '--out', join(s.workDir, who));
    await cli('sign', file, '--key', join(s.workDir, 'consultant.key'), '--signer', 'Li Wei (consultant)');
    await app.open(s.host.url);
  });

  afterAll(async () => {
    await s?.close();
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.error('API calls so far:\n' + s.apiLog.join('\n'));
  });

  it('opens the file for review and shows the plan fingerprint', async () => {
    await app.openPath(file, { review: true });
    await app.readOnlyBanner.waitFor();
    await app.navItem(/^Review$/).click();
    await app.waitForText(app.heading, 'Review');
    await expect.poll(() => review.fingerprint.innerText()).toBe(shortFingerprint(fingerprint));
    await expect.poll(() => review.fingerprint.getAttribute('data-full')).toBe(fingerprint);
  });

  it('lists the consultant’s signature and verifies it with their public key, not with another key', async () => {
    await expect
      .poll(() => review.signaturePanel.getByTestId('signature-state').innerText())
      .toContain('Signatures beside this file (1)');
    await expect.poll(() => review.signaturePanel.getByTestId('signature-list').innerText()).toContain('Li Wei (consultant)');
    await review.verifySignature(join(s.workDir, 'stranger.pub'));
    await expect.poll(() => review.signatureVerdict.getAttribute('data-status')).toBe('wrong_key');
    await expect.poll(() => review.signatureVerdict.innerText()).toContain('Not signed with this key.');
    await review.verifySignature(join(s.workDir, 'consultant.pub'));
    await expect.poll(() => review.signatureVerdict.getAttribute('data-status')).toBe('valid');
    await expect
      .poll(() => review.signatureVerdict.innerText())
      .toContain(`it covers this plan exactly (fingerprint ${shortFingerprint(fingerprint)})`);
    await app.screenshot('review-signature-en');
  });

  it('asks for the reviewer name once, then adds a comment anchored to a scenario', async () => {
    await review.setReviewer('Zhang Min');
    await expect.poll(() => review.reviewerName.innerText()).toBe('Reviewing as Zhang Min');
    await review.addComment('Scenario', 'Near-zero-carbon park', 'Where does the hydrogen price after 2035 come from?');
    await review.addComment('Year', null, 'Check 2030 against the provincial target.');
    const c = review.comment('hydrogen price');
    await expect.poll(() => c.getAttribute('data-status')).toBe('open');
    await expect.poll(() => c.innerText()).toContain('Scenario: Near-zero-carbon park');
    await expect.poll(() => c.innerText()).toContain('Zhang Min');
    await app.screenshot('review-comments-en');
  });

  it('filters, resolves and saves the comments into the file; the plan stays unchanged', async () => {
    await review.comment('hydrogen price').getByRole('button', { name: 'Resolve' }).click();
    await review.page.locator('[data-testid="comment"][data-status="resolved"]').waitFor();
    await review.filter(/^Status$/).selectOption('open');
    await expect.poll(() => review.comments.count()).toBe(1);
    await review.filter(/^Status$/).selectOption('all');
    await review.filter(/^About$/).selectOption('scenario');
    await expect.poll(() => review.comments.count()).toBe(1);
    await review.filter(/^About$/).selectOption('all');

    await review.saveCommentsButton.click();
    await app.waitForText(review.page.getByText(/^Comments saved$/), 'Comments saved');
    const saved = readPlanFile(file);
    expect(planFingerprint(saved)).toBe(fingerprint);
    expect(saved.comments.map((x) => [x.anchor.kind, x.anchor.ref, x.status])).toEqual([
      ['scenario', 'near-zero', 'resolved'],
      ['year', null, 'open'],
    ]);
    await app.screenshot('review-saved-en');
  });

  it('reopens the file for review: the comments are there and the plan is unchanged', async () => {
    await app.topButton(/^Close project$/).click();
    await app.waitForText(app.heading, 'Start');
    await app.openPath(file, { review: true });
    await app.readOnlyBanner.waitFor();
    await app.navItem(/^Review$/).click();
    await expect.poll(() => review.comments.count()).toBe(2);
    await expect.poll(() => review.comment('hydrogen price').getAttribute('data-status')).toBe('resolved');
    await expect.poll(() => review.fingerprint.getAttribute('data-full')).toBe(fingerprint);
    // The name was remembered (localStorage), not asked again.
    await expect.poll(() => review.reviewerName.innerText()).toBe('Reviewing as Zhang Min');
  });

  it('keeps the comments another reviewer saved to the file meanwhile, and says so', async () => {
    await review.addComment('Park', null, 'The boiler inventory needs a source.');
    // A colleague, in their own ParkZero, comments on the same file and saves first.
    const colleague = createHost({ shell: 'cli', dataDir: join(s.workDir, 'colleague'), version: 'test', log: () => {} });
    try {
      const call = async (name: string, request: unknown) => {
        const r = (await colleague.call(name, request)) as Result<ProjectHandle>;
        if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
        return r.value;
      };
      const p = await call('project.open', { path: file, mode: 'review' });
      await call('review.addComment', {
        project_id: p.project_id,
        base_revision: p.revision,
        anchor: { kind: 'park', ref: null, year: null },
        author: 'Wang Fang',
        body: 'Coal cap for 2030 looks too loose.',
      });
      await call('project.save', { project_id: p.project_id });
      await call('project.close', { project_id: p.project_id });
    } finally {
      await colleague.close();
    }
    await review.saveCommentsButton.click();
    await review.page.getByTestId('comments-merged').waitFor();
    await expect.poll(() => review.page.getByTestId('comments-merged').innerText()).toContain('1 comment(s) from the file');
    await expect.poll(() => review.comments.count()).toBe(4);
    await expect.poll(() => review.comment('Coal cap for 2030').innerText()).toContain('Wang Fang');
    expect(readPlanFile(file).comments.map((c) => c.author)).toEqual(['Zhang Min', 'Zhang Min', 'Wang Fang', 'Zhang Min']);
    expect(planFingerprint(readPlanFile(file))).toBe(fingerprint);
    await app.screenshot('review-merged-en');
  });

  it('compares with a modified version of the plan', async () => {
    const plan = parsePlan(JSON.parse(readFileSync(SAMPLE_JSON, 'utf8')));
    if (!plan.ok) throw new Error('sample invalid');
    plan.plan.park.discount_rate = 0.08;
    plan.plan.consumers.find((c) => c.id === 'li-carbonate')!.energy.coal_t = 90_000;
    const json = join(s.workDir, 'older.json');
    writeFileSync(json, JSON.stringify(plan.plan));
    const olderFile = join(s.workDir, 'older.parkzero');
    await cli('import', json, '-o', olderFile);
    await review.tab(/^Compare versions$/).click();
    await review.compareWith(olderFile);
    const changes = await review.diffChanges.allInnerTexts();
    expect(changes.map((x) => x.replace(/\s+/g, ' '))).toEqual([
      'changed park: Discount rate (real) 8% → 6%',
      'changed enterprise “Lithium carbonate refinery”: Coal use in the base year 90,000 t → 85,000 t',
    ]);
    await app.screenshot('review-compare-en');
    older = olderFile;
  });

  it('exports the review memo', async () => {
    await review.tab(/^Review memo$/).click();
    const memo = join(s.workDir, 'memo.md');
    // The conclusion is the reviewer's to choose: no memo is exported until it is.
    const exportButton = review.page.getByRole('main').getByRole('button', { name: 'Export memo' });
    await review.memoPath.fill(memo);
    await expect.poll(() => exportButton.isDisabled()).toBe(true);
    await review.page.getByRole('main').getByRole('combobox', { name: 'Review conclusion' }).selectOption('pass_with_changes');
    await review.page.getByRole('main').getByRole('button', { name: 'Export memo' }).click();
    await review.page.getByRole('status').filter({ hasText: 'Memo written to' }).waitFor();
    expect(existsSync(memo)).toBe(true);
    const md = readFileSync(memo, 'utf8');
    expect(md).toContain(fingerprint);
    expect(md).toContain('| Reviewer | Zhang Min |');
    expect(md).toContain('| Review conclusion | **Pass with changes** |');
    expect(md).toMatch(/### Scenario: Near-zero-carbon park \[near-zero\]\n\n- \[resolved/);
    await app.screenshot('review-memo-en');

    const pdf = join(s.workDir, 'memo-print');
    await review.page.getByRole('main').getByRole('combobox', { name: 'Format' }).selectOption('pdf');
    await review.memoPath.fill(pdf);
    await review.page.getByRole('main').getByRole('button', { name: 'Export memo' }).click();
    await review.page.getByRole('status').filter({ hasText: 'memo-print.pdf' }).waitFor();
    expect(readFileSync(`${pdf}.pdf`).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('reads in Chinese without untranslated keys', async () => {
    await app.switchLanguage('中文');
    await review.tab(/^意见/).click();
    await app.waitForText(app.heading, '审阅');
    const text = await app.main.innerText();
    expect(text).not.toMatch(/\breview\.[a-z]/);
    expect(text).toContain('情景：Near-zero-carbon park');
    // Comments saved into the file are not part of what was signed: still valid.
    await review.verifySignature(join(s.workDir, 'consultant.pub'));
    await expect.poll(() => review.signatureVerdict.getAttribute('data-status')).toBe('valid');
    await expect.poll(() => review.signatureVerdict.innerText()).toContain('签名有效。由 Li Wei (consultant) 于');
    await app.screenshot('review-comments-zh');
    // The change list in words: the field as the forms name it, units in Chinese (the sample's
    // enterprise has an English name only, so it is shown as written).
    await review.tab(/^版本比较$/).click();
    await review.compareWith(older);
    const changes = await review.diffChanges.allInnerTexts();
    expect(changes.map((x) => x.replace(/\s+/g, ' '))).toEqual([
      '修改 园区：折现率（实际） 8% → 6%',
      '修改 企业“Lithium carbonate refinery”：基准年原煤消费量 90,000 吨 → 85,000 吨',
    ]);
    await app.screenshot('review-compare-zh');
    await app.switchLanguage('English');
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.problems).toEqual([]);
  });
});
