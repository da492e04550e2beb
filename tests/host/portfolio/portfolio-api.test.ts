import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host, type NativeDialogs } from '../../../electron/host/host.ts';
import { confinedTo, pickedPaths, type PickedPathPolicy } from '../../../electron/host/path-policy.ts';
import type { Result } from '../../../core/api/result.ts';
import { PORTFOLIO_TEXT, type Portfolio } from '../../../core/portfolio/index.ts';
import { portfolioText } from '../../../electron/host/portfolio/cli-commands.ts';
import { portfolioWorkbook } from '../../../electron/host/portfolio/workbook.ts';
import ExcelJS from 'exceljs';
import { writePortfolioFolder } from '../../../scripts/portfolio-folder.ts';

/**
 * The portfolio through the API, as the Portfolio screen uses it: a folder picked in the desktop
 * app's dialog (an opaque handle), a job with progress, an export; and in the browser host a
 * folder confined to its project folder, with links out of it refused per file.
 */

interface Status {
  job_id: string;
  state: string;
  done: number;
  total: number;
  result: Portfolio | null;
  error: { code: string } | null;
}

function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

async function finished(host: Host, jobId: string): Promise<Status> {
  for (;;) {
    const s = value<Status>(await host.call('portfolio.status', { job_id: jobId }));
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 50));
  }
}

let base: string;
let folder: string;
beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'pz-portfolio-api-'));
  folder = path.join(base, 'root', 'parks');
  fs.mkdirSync(folder, { recursive: true });
  writePortfolioFolder(folder, 2);
  fs.writeFileSync(path.join(base, 'outside.parkzero'), 'x');
  fs.symlinkSync(path.join(base, 'outside.parkzero'), path.join(folder, 'link.parkzero'));
}, 60_000);
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('portfolio calls in the desktop app (picked handles)', () => {
  let policy: PickedPathPolicy;
  let host: Host;
  let next: string | null = null;
  const dialogs: NativeDialogs = {
    openProject: async () => null,
    openPublicKey: async () => null,
    saveProject: async () => null,
    saveFile: async () => (next === null ? null : policy.allow(next)),
    openPortfolio: async () => [policy.allow(folder)],
  };
  beforeAll(() => {
    policy = pickedPaths();
    host = createHost({
      shell: 'electron',
      dataDir: path.join(base, 'data'),
      version: 'test',
      log: () => {},
      dialogs,
      paths: policy,
    });
  });
  afterAll(() => host.close());

  it('runs a picked folder as a job and exports the workbook to a picked file; an unpicked path is refused', async () => {
    const picked = value<{ supported: boolean; paths: string[] }>(await host.call('dialog.openPortfolio', {}));
    expect(picked.supported).toBe(true);
    expect(picked.paths[0]).not.toContain(folder);
    const started = value<Status>(await host.call('portfolio.start', { paths: picked.paths }));
    expect(started.job_id).toMatch(/^pf\d+$/);
    const done = await finished(host, started.job_id);
    expect(done.state).toBe('done');
    expect(done.done).toBe(done.total);
    expect(done.result!.rows).toHaveLength(4);
    expect(done.result!.refused.map((r) => [r.file, r.code]).sort()).toEqual([
      ['hostile.parkzero', 'FILE_NOT_SQLITE'],
      ['link.parkzero', 'PATH_NOT_ALLOWED'],
    ]);

    next = path.join(base, 'portfolio.xlsx');
    const target = value<{ path: string }>(await host.call('dialog.saveFile', { ext: 'xlsx' })).path;
    const exported = value<{ path: string; bytes: number }>(
      await host.call('portfolio.export', { job_id: started.job_id, format: 'xlsx', lang: 'zh', path: target }),
    );
    expect(exported.path).toBe(next);
    expect(fs.statSync(next).size).toBe(exported.bytes);

    const refused = await host.call('portfolio.start', { paths: [folder] });
    expect(refused.ok ? null : refused.error.code).toBe('PATH_NOT_ALLOWED');
  }, 60_000);
});

describe('portfolio calls in the browser host (confined to its project folder)', () => {
  let host: Host;
  beforeAll(() => {
    host = createHost({
      shell: 'browser',
      dataDir: path.join(base, 'data2'),
      version: 'test',
      log: () => {},
      paths: confinedTo(path.join(base, 'root')),
    });
  });
  afterAll(() => host.close());

  it('reads a folder inside the root, refuses one outside it, and can be cancelled', async () => {
    const outside = await host.call('portfolio.start', { paths: [base] });
    expect(outside.ok ? null : outside.error.code).toBe('PATH_NOT_ALLOWED');
    const started = value<Status>(await host.call('portfolio.start', { paths: [folder] }));
    const done = await finished(host, started.job_id);
    expect(done.result!.rows.map((r) => r.file)).toEqual([
      'suining-01.parkzero',
      'suining-02.parkzero',
      'zhangye-01.parkzero',
      'zhangye-02.parkzero',
    ]);
    const again = value<Status>(await host.call('portfolio.start', { paths: [folder] }));
    const cancelled = value<Status>(await host.call('portfolio.cancel', { job_id: again.job_id }));
    expect(['running', 'cancelled']).toContain(cancelled.state);
    expect((await finished(host, again.job_id)).state).toBe('cancelled');
  }, 60_000);

  it('says a named folder without a project file, instead of an empty result that hides the wrong folder', async () => {
    const empty = path.join(base, 'root', '空文件夹');
    fs.mkdirSync(path.join(empty, 'nested'), { recursive: true });
    fs.writeFileSync(path.join(empty, 'notes.txt'), 'not a project');
    const started = value<Status>(await host.call('portfolio.start', { paths: [folder, empty] }));
    const done = await finished(host, started.job_id);
    expect(done.result!.rows).toHaveLength(4);
    expect(done.result!.empty_folders).toEqual([{ folder: '空文件夹', path: empty }]);
    // A folder is not a file that could not be read.
    expect(done.result!.refused.map((r) => r.file)).not.toContain('空文件夹');
    const zh = portfolioText(done.result!, 'zh');
    expect(zh).toContain(PORTFOLIO_TEXT.zh.emptyFolder('空文件夹'));
    expect(PORTFOLIO_TEXT.zh.emptyFolder('空文件夹')).not.toMatch(/[A-Za-z]/);
    expect(portfolioText(done.result!, 'en')).toContain(PORTFOLIO_TEXT.en.emptyFolder('空文件夹'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await portfolioWorkbook(done.result!, 'zh')).buffer as ArrayBuffer);
    const sheet = wb.getWorksheet(PORTFOLIO_TEXT.zh.emptyFolders)!;
    expect(sheet.getRow(2).values).toEqual([undefined, '空文件夹', PORTFOLIO_TEXT.zh.emptyFolder('空文件夹')]);
  }, 60_000);
});
