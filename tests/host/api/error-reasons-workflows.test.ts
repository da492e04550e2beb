import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../../../electron/host/host.ts';
import { writePlanFile } from '../../../electron/host/store/index.ts';
import { ProjectHandle } from '../../../core/api/contract.ts';
import { ApiErrorSchema, type ApiError, type Result } from '../../../core/api/result.ts';
import { errorReasonText, intlErrorTextLocale } from '../../../core/text/error-text.ts';
import { PortfolioSchema, refusalText, type Portfolio } from '../../../core/portfolio/index.ts';
import { smallPlan } from '../store/fixtures/plans.ts';
import { sha256, tempDir } from '../store/helpers.ts';

/**
 * The refusals a person meets in the review, report, portfolio and optimiser workflows carry a
 * reason the app can say in their language: triggered through the API (host.call, as the
 * renderer calls it) on real project files in a temp folder. The English message is kept.
 */
const root = tempDir('pz-reasons-flows-');
const host = createHost({ shell: 'cli', dataDir: path.join(root, 'data'), version: '0.0.0-test', log: () => {} });
const zh = intlErrorTextLocale('zh');
const en = intlErrorTextLocale('en');

afterAll(async () => {
  await host.close();
  fs.rmSync(root, { recursive: true, force: true });
});

function refusal(result: Result<unknown>): ApiError {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a refusal');
  return ApiErrorSchema.parse(result.error);
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/**
 * The reason's sentence in both languages. In Chinese, once the names the reason was given are
 * taken out (the file names), no Latin letter is left: no English word, code or path.
 */
function said(error: ApiError, file?: string): { zh: string; en: string } {
  expect(error.reason, error.message).toBeDefined();
  const text = { zh: errorReasonText(error.reason, zh), en: errorReasonText(error.reason, en) };
  expect(text.zh, error.message).not.toBeNull();
  expect(text.en, error.message).not.toBeNull();
  let rest = text.zh!;
  if (file !== undefined) {
    expect(text.zh).toContain(file);
    expect(text.en).toContain(file);
    rest = rest.split(file).join('');
  }
  expect(rest, text.zh!).not.toMatch(/[A-Za-z]/);
  return { zh: text.zh!, en: text.en! };
}

let n = 0;
async function openProject(): Promise<{ id: string; revision: number; file: string }> {
  const file = path.join(root, `园区-${++n}.parkzero`);
  writePlanFile(file, smallPlan(), { overwrite: false });
  const handle = ProjectHandle.parse(value(await host.call('project.open', { path: file, mode: 'edit' })));
  return { id: handle.project_id, revision: handle.revision, file };
}

describe('review: keys, memo and comments', () => {
  let project: { id: string; revision: number; file: string };
  beforeAll(async () => {
    project = await openProject();
  });

  it('a public key file that holds no key: INVALID_REQUEST, said as not a usable public key file', async () => {
    const keyFile = path.join(root, '签署人.pub');
    fs.writeFileSync(keyFile, 'not a key at all\n');
    const e = refusal(await host.call('review.signatures', { project_id: project.id, public_key_path: keyFile }));
    expect(e.code).toBe('INVALID_REQUEST');
    expect(e.message).toContain('not a readable PEM public key');
    expect(e.reason).toEqual({ key: 'key_not_readable', params: { file: '签署人.pub', what: 'public key' } });
    const text = said(e, '签署人.pub');
    expect(text.zh).toContain('公钥文件');
    expect(text.en).toContain('public key file');
  });

  it('a binary file picked as the public key is the same refusal, not an I/O fault', async () => {
    const keyFile = path.join(root, 'photo.pub');
    fs.writeFileSync(keyFile, Buffer.from([0xff, 0xfe, 0x00, 0x81, 0xc3]));
    const e = refusal(await host.call('review.signatures', { project_id: project.id, public_key_path: keyFile }));
    expect(e.reason?.key).toBe('key_not_readable');
    said(e, 'photo.pub');
  });

  it('a key of another type (EC): said as the wrong kind of key, for the memo as for the signature check', async () => {
    const keyFile = path.join(root, 'ec-key.pub');
    const { publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    fs.writeFileSync(keyFile, publicKey.export({ type: 'spki', format: 'pem' }));
    const check = refusal(await host.call('review.signatures', { project_id: project.id, public_key_path: keyFile }));
    expect(check.message).toContain('an Ed25519 key is needed, this is ec');
    expect(check.reason).toEqual({ key: 'key_wrong_type', params: { file: 'ec-key.pub', what: 'public key' } });
    said(check, 'ec-key.pub');
    const memo = refusal(
      await host.call('review.memo', {
        project_id: project.id,
        reviewer: '张敏',
        conclusion: 'pass',
        public_key_path: keyFile,
      }),
    );
    expect(memo.reason?.key).toBe('key_wrong_type');
  });

  it('a memo onto an existing file without overwrite: FILE_EXISTS naming the file, which is left alone', async () => {
    const target = path.join(root, '审阅备忘录.md');
    fs.writeFileSync(target, 'earlier memo\n');
    const before = sha256(target);
    const e = refusal(
      await host.call('review.memo', { project_id: project.id, reviewer: '张敏', conclusion: 'pass', path: target }),
    );
    expect(e.code).toBe('FILE_EXISTS');
    expect(e.reason).toEqual({ key: 'file_exists', params: { file: '审阅备忘录.md' } });
    said(e, '审阅备忘录.md');
    expect(sha256(target)).toBe(before);
  });

  it('a memo under a path whose folder is a file: IO_ERROR with the write’s reason, naming the file', async () => {
    const notAFolder = path.join(root, 'notes.txt');
    fs.writeFileSync(notAFolder, 'a file, not a folder\n');
    const e = refusal(
      await host.call('review.memo', {
        project_id: project.id,
        reviewer: '张敏',
        conclusion: 'pass',
        path: path.join(notAFolder, '备忘录.md'),
      }),
    );
    expect(e.code).toBe('IO_ERROR');
    expect(e.message).toContain('could not write the memo');
    expect(e.reason).toEqual({ key: 'io_not_a_folder', params: { file: '备忘录.md', action: 'write' } });
    expect(said(e, '备忘录.md').zh).toContain('写入');
  });

  it('comparing with a file that is not a project: the store’s reason, naming the other file', async () => {
    const other = path.join(root, '上一版.parkzero');
    fs.writeFileSync(other, JSON.stringify(smallPlan()));
    const e = refusal(await host.call('review.compare', { project_id: project.id, other_path: other }));
    expect(e.code).toBe('FILE_NOT_SQLITE');
    expect(e.reason).toEqual({ key: 'file_not_sqlite', params: { file: '上一版.parkzero' } });
    said(e, '上一版.parkzero');
  });

  it('a comment on something no longer in the plan, or on a year outside the pathway, is refused with why', async () => {
    const gone = refusal(
      await host.call('review.addComment', {
        project_id: project.id,
        base_revision: project.revision,
        anchor: { kind: 'consumer', ref: 'demolished-plant', year: null },
        author: '张敏',
        body: '请核实用电量。',
      }),
    );
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.reason).toEqual({ key: 'comment_target_missing', params: { anchor: 'consumer' } });
    expect(said(gone).zh).toContain('企业');

    const year = refusal(
      await host.call('review.addComment', {
        project_id: project.id,
        base_revision: project.revision,
        anchor: { kind: 'year', ref: null, year: 2099 },
        author: '张敏',
        body: '这一年的目标？',
      }),
    );
    expect(year.code).toBe('INVALID_REQUEST');
    expect(year.reason?.key).toBe('comment_year_outside');
    expect(said(year).zh).toMatch(/^2099 年不在规划期（\d{4} 年至 \d{4} 年）之内/);

    const status = refusal(
      await host.call('review.setCommentStatus', {
        project_id: project.id,
        base_revision: project.revision,
        comment_id: 'no-such-comment',
        status: 'resolved',
      }),
    );
    expect(status.reason?.key).toBe('comment_missing');
    said(status);
  });
});

describe('report export', () => {
  it('a scenario no longer in the plan: NOT_FOUND, said without its id, and no file is written', async () => {
    const project = await openProject();
    const target = path.join(root, '报告.xlsx');
    const e = refusal(
      await host.call('report.export', {
        project_id: project.id,
        format: 'xlsx',
        lang: 'zh',
        path: target,
        scenario_ids: ['deleted-scenario'],
      }),
    );
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toContain('no scenario "deleted-scenario"');
    expect(e.reason).toEqual({ key: 'report_scenario_missing', params: {} });
    expect(said(e).zh).toContain('情景');
    expect(fs.existsSync(target)).toBe(false);
  });
});

interface PortfolioStatus {
  job_id: string;
  state: string;
}

describe('portfolio', () => {
  it('a run the host no longer keeps: NOT_FOUND with a reason, for status and export alike', async () => {
    const status = refusal(await host.call('portfolio.status', { job_id: 'pf999999' }));
    expect(status.reason).toEqual({ key: 'portfolio_run_missing', params: {} });
    said(status);
    const exported = refusal(
      await host.call('portfolio.export', { job_id: 'pf999999', format: 'xlsx', lang: 'zh', path: path.join(root, 'a.xlsx') }),
    );
    expect(exported.reason?.key).toBe('portfolio_run_missing');
  });

  it('an export before the run has a result says the run is still going; onto an existing file, FILE_EXISTS', async () => {
    const folder = path.join(root, 'parks');
    fs.mkdirSync(folder);
    writePlanFile(path.join(folder, '甲园区.parkzero'), smallPlan(), { overwrite: false });
    const started = value<PortfolioStatus>(await host.call('portfolio.start', { paths: [folder] }));
    expect(started.state).toBe('running');
    const early = refusal(
      await host.call('portfolio.export', {
        job_id: started.job_id,
        format: 'xlsx',
        lang: 'zh',
        path: path.join(root, '总览.xlsx'),
      }),
    );
    expect(early.code).toBe('NOT_FOUND');
    expect(early.reason).toEqual({ key: 'portfolio_no_result', params: { state: 'running' } });
    expect(said(early).zh).toContain('仍在进行');

    let state = started.state;
    while (state === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      state = value<PortfolioStatus>(await host.call('portfolio.status', { job_id: started.job_id })).state;
    }
    expect(state).toBe('done');
    const target = path.join(root, '总览.pdf');
    fs.writeFileSync(target, 'earlier summary');
    const exists = refusal(
      await host.call('portfolio.export', { job_id: started.job_id, format: 'pdf', lang: 'zh', path: target }),
    );
    expect(exists.code).toBe('FILE_EXISTS');
    expect(exists.reason).toEqual({ key: 'file_exists', params: { file: '总览.pdf' } });
    said(exists, '总览.pdf');
  }, 60_000);
});

describe('portfolio: files and folders that cannot be read', () => {
  it('each refused file carries its reason, and the Chinese text of the refusal is its sentence', async () => {
    const folder = path.join(root, 'received');
    fs.mkdirSync(folder);
    writePlanFile(path.join(folder, '乙园区.parkzero'), smallPlan(), { overwrite: false });
    fs.writeFileSync(path.join(folder, '丙园区.parkzero'), JSON.stringify(smallPlan()));
    fs.symlinkSync(path.join(root, 'nowhere.parkzero'), path.join(folder, 'gone.parkzero'));
    fs.writeFileSync(path.join(root, 'elsewhere.parkzero'), 'x');
    fs.symlinkSync(path.join(root, 'elsewhere.parkzero'), path.join(folder, 'link.parkzero'));
    const missing = path.join(root, '已删除的文件夹');
    const started = value<PortfolioStatus>(await host.call('portfolio.start', { paths: [folder, missing] }));
    let status: PortfolioStatus & { result: Portfolio | null } = { ...started, result: null };
    while (status.state === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      status = value(await host.call('portfolio.status', { job_id: started.job_id }));
    }
    expect(status.state).toBe('done');
    const portfolio = PortfolioSchema.parse(status.result);
    expect(portfolio.rows.map((r) => r.file)).toEqual(['乙园区.parkzero']);
    const byFile = new Map(portfolio.refused.map((r) => [r.file, r]));
    const cases: [string, string, string][] = [
      ['丙园区.parkzero', 'FILE_NOT_SQLITE', 'file_not_sqlite'],
      ['gone.parkzero', 'PATH_NOT_ALLOWED', 'portfolio_link_broken'],
      ['link.parkzero', 'PATH_NOT_ALLOWED', 'portfolio_link_outside'],
      ['已删除的文件夹', 'NOT_FOUND', 'portfolio_input_missing'],
    ];
    expect([...byFile.keys()].sort()).toEqual(cases.map((c) => c[0]).sort());
    for (const [file, code, key] of cases) {
      const r = byFile.get(file)!;
      expect([r.code, r.reason?.key], file).toEqual([code, key]);
      const text = refusalText(r, 'zh');
      expect(text).toBe(errorReasonText(r.reason, zh));
      let rest = text;
      for (const v of Object.values(r.reason!.params)) if (typeof v === 'string') rest = rest.split(v).join('');
      expect(rest, text).not.toMatch(/[A-Za-z]/);
      expect(text).toContain(file);
      // The English text stays the store's message (the command line prints it as before).
      expect(refusalText(r, 'en')).toBe(r.message);
    }
    expect(byFile.get('link.parkzero')!.reason!.params.folder).toBe(folder);
  }, 60_000);
});

interface OptimiseStatus {
  job_id: string;
  state: string;
}

describe('optimiser', () => {
  const RUN = { scenario_id: 'baseline', days: 2, period_years: 40, time_limit_s: 5, name: '最低成本' };

  it('a base scenario, target or candidate no longer in the plan: NOT_FOUND, each with its reason', async () => {
    const project = await openProject();
    const base = refusal(await host.call('optimise.start', { ...RUN, project_id: project.id, scenario_id: 'deleted-scenario' }));
    expect(base.reason).toEqual({ key: 'optimise_base_missing', params: {} });
    said(base);
    const target = refusal(await host.call('optimise.start', { ...RUN, project_id: project.id, target_ids: ['gone'] }));
    expect(target.reason).toEqual({ key: 'optimise_target_missing', params: {} });
    said(target);
    const candidate = refusal(
      await host.call('optimise.start', { ...RUN, project_id: project.id, candidates: [{ id: 'gone', include: true }] }),
    );
    expect(candidate.code).toBe('NOT_FOUND');
    expect(candidate.reason).toEqual({ key: 'optimise_candidate_missing', params: {} });
    said(candidate);
  });

  it('a run the host no longer keeps, one still running, or one of another project: refused with why', async () => {
    const missing = refusal(await host.call('optimise.status', { job_id: 'opt999999' }));
    expect(missing.reason).toEqual({ key: 'optimise_run_missing', params: {} });
    said(missing);

    const project = await openProject();
    const other = await openProject();
    const job = value<OptimiseStatus>(await host.call('optimise.start', { ...RUN, project_id: project.id }));
    try {
      expect(job.state).toBe('running');
      const early = refusal(
        await host.call('optimise.createScenario', {
          project_id: project.id,
          base_revision: project.revision,
          job_id: job.job_id,
        }),
      );
      expect(early.reason).toEqual({ key: 'optimise_no_answer', params: {} });
      said(early);
      const elsewhere = refusal(
        await host.call('optimise.createScenario', { project_id: other.id, base_revision: other.revision, job_id: job.job_id }),
      );
      expect(elsewhere.reason).toEqual({ key: 'optimise_run_other_project', params: {} });
      said(elsewhere);
    } finally {
      await host.call('optimise.cancel', { job_id: job.job_id });
    }
  }, 60_000);
});
