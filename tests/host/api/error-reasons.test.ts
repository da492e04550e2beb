import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/host.ts';
import { SCHEMA_VERSION, writePlanFile } from '../../../electron/host/store/index.ts';
import { confinedTo } from '../../../electron/host/path-policy.ts';
import { ProjectHandle } from '../../../core/api/contract.ts';
import { ApiErrorSchema, type ApiError, type Result } from '../../../core/api/result.ts';
import { errorReasonText, intlErrorTextLocale } from '../../../core/text/error-text.ts';
import { smallPlan } from '../store/fixtures/plans.ts';
import { sha256, tempDir } from '../store/helpers.ts';

/**
 * Refusals a person meets when opening and saving files carry a reason the app can say in their
 * language, naming the file: checked through the API (host.call and host.callJson, as the
 * renderer gets them) against real SQLite files in a temp folder.
 */
const root = tempDir('pz-reasons-');
const hosts: Host[] = [];
const newHost = (name: string, options: Partial<Parameters<typeof createHost>[0]> = {}): Host => {
  const host = createHost({ shell: 'cli', dataDir: path.join(root, name), version: '0.0.0-test', log: () => {}, ...options });
  hosts.push(host);
  return host;
};
afterAll(async () => {
  for (const h of hosts) await h.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const host = newHost('a');
const zh = intlErrorTextLocale('zh');
const en = intlErrorTextLocale('en');

function refusal(result: Result<unknown>): ApiError {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a refusal');
  return ApiErrorSchema.parse(result.error);
}

/**
 * The reason's sentence in both languages: present and naming the file; in Chinese, the only
 * Latin letters are those of the names given (file, folder, lock holder) and of size units.
 */
function expectSaid(error: ApiError, file: string): { zh: string; en: string } {
  expect(error.reason, error.message).toBeDefined();
  const said = { zh: errorReasonText(error.reason, zh)!, en: errorReasonText(error.reason, en)! };
  expect(said.zh, error.message).toContain(file);
  expect(said.en, error.message).toContain(file);
  let rest = said.zh.replace(/\d+(\.\d+)? (KB|MB)/g, '');
  for (const value of Object.values(error.reason!.params)) if (typeof value === 'string') rest = rest.split(value).join('');
  expect(rest).not.toMatch(/[A-Za-z]/);
  return said;
}

let n = 0;
function projectFile(name = `plan-${++n}.parkzero`): string {
  const file = path.join(root, name);
  writePlanFile(file, smallPlan(), { overwrite: false });
  return file;
}

describe('reasons on the refusals of project.open', () => {
  it('a file that is not SQLite: FILE_NOT_SQLITE, said as not a project file', async () => {
    const file = path.join(root, '园区规划.parkzero');
    fs.writeFileSync(file, JSON.stringify(smallPlan()));
    const before = sha256(file);
    const e = refusal(await host.call('project.open', { path: file, mode: 'edit' }));
    expect(e.code).toBe('FILE_NOT_SQLITE');
    expect(e.message).toContain('not an SQLite database'); // the English message is unchanged
    expect(e.reason).toEqual({ key: 'file_not_sqlite', params: { file: '园区规划.parkzero' } });
    expect(expectSaid(e, '园区规划.parkzero').zh).toContain('不是项目文件');
    expect(sha256(file)).toBe(before);
  });

  it('a truncated file: FILE_TRUNCATED with its size and the size its header promises', async () => {
    const file = projectFile('cut.parkzero');
    const size = fs.statSync(file).size;
    fs.truncateSync(file, Math.floor(size / 2));
    const e = refusal(await host.call('project.open', { path: file, mode: 'edit' }));
    expect(e.code).toBe('FILE_TRUNCATED');
    expect(e.reason?.key).toBe('file_truncated');
    expect(e.reason?.params).toEqual({ file: 'cut.parkzero', size: Math.floor(size / 2), expected: size });
    expect(expectSaid(e, 'cut.parkzero').zh).toContain('不完整');
  });

  it('a file from a newer version: both format versions, and what to do', async () => {
    const file = projectFile('newer.parkzero');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 3}`);
    db.close();
    const e = refusal(await host.call('project.open', { path: file, mode: 'review' }));
    expect(e.code).toBe('FILE_FROM_NEWER_VERSION');
    expect(e.reason).toEqual({
      key: 'file_from_newer_version',
      params: { file: 'newer.parkzero', file_version: SCHEMA_VERSION + 3, max_version: SCHEMA_VERSION },
    });
    const said = expectSaid(e, 'newer.parkzero');
    expect(said.zh).toContain(`第 ${SCHEMA_VERSION + 3} 版`);
    expect(said.zh).toContain('请升级');
  });

  it('a file that does not exist, and one outside the project folder', async () => {
    const missing = path.join(root, 'gone.parkzero');
    const e = refusal(await host.call('project.open', { path: missing, mode: 'edit' }));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.reason).toEqual({ key: 'file_missing', params: { file: 'gone.parkzero', folder: root } });
    expectSaid(e, 'gone.parkzero');

    const folder = path.join(root, 'project-folder');
    fs.mkdirSync(folder);
    const confined = newHost('confined', { paths: confinedTo(folder) });
    const outside = refusal(await confined.call('project.open', { path: path.join(root, 'x.parkzero'), mode: 'edit' }));
    expect(outside.code).toBe('PATH_NOT_ALLOWED');
    expect(outside.reason?.key).toBe('path_outside_folder');
    expectSaid(outside, 'x.parkzero');
  });

  it('crosses as JSON text too (the browser host), reason included', async () => {
    const file = path.join(root, 'empty.parkzero');
    fs.writeFileSync(file, '');
    const answer = JSON.parse(await host.callJson('project.open', { path: file, mode: 'edit' })) as Result<unknown>;
    const e = refusal(answer);
    expect(e.code).toBe('FILE_EMPTY');
    expect(e.reason).toEqual({ key: 'file_empty', params: { file: 'empty.parkzero' } });
  });
});

describe('a file someone else is editing', () => {
  it('opens read-only with a reason naming the file, the holder and since when; saving over it is refused the same way', async () => {
    const file = projectFile('shared.parkzero');
    const first = await host.call('project.open', { path: file, mode: 'edit' });
    expect(first.ok).toBe(true);
    const mine = ProjectHandle.parse((first as { value: unknown }).value);
    expect(mine.read_only).toBe(false);
    expect(mine.read_only_detail).toBeNull();

    const other = newHost('b');
    const opened = await other.call('project.open', { path: file, mode: 'edit' });
    const handle = ProjectHandle.parse((opened as { ok: true; value: unknown }).value);
    expect(handle.read_only).toBe(true);
    expect(handle.read_only_reason).toBe('locked_by_other');
    const detail = handle.read_only_detail!;
    expect(detail.key).toBe('locked_by_other');
    expect(detail.params).toMatchObject({ file: 'shared.parkzero', pid: process.pid });
    const zhText = errorReasonText(detail, zh)!;
    expect(zhText).toContain('shared.parkzero');
    expect(zhText).toContain('另存为副本');

    // An edit from the read-only side says the same reason.
    const edit = refusal(
      await other.call('project.edit', {
        project_id: handle.project_id,
        base_revision: 0,
        label: 'rename',
        patches: [{ op: 'replace', path: ['park', 'name'], value: 'Other' }],
      }),
    );
    expect(edit.code).toBe('READ_ONLY');
    expect(edit.reason).toEqual(detail);

    // Save As onto the locked file from a third project: READ_ONLY with the same kind of reason.
    const sample = await other.call('project.openSample', {});
    const sampleId = ProjectHandle.parse((sample as { ok: true; value: unknown }).value).project_id;
    const saveAs = refusal(await other.call('project.saveAs', { project_id: sampleId, path: file, overwrite: true }));
    expect(saveAs.code).toBe('READ_ONLY');
    expect(saveAs.reason?.key).toBe('locked_by_other');
    expectSaid(saveAs, 'shared.parkzero');
  });

  it('a project opened for review says so, with the file name', async () => {
    const file = projectFile('review.parkzero');
    const opened = await host.call('project.open', { path: file, mode: 'review' });
    const handle = ProjectHandle.parse((opened as { ok: true; value: unknown }).value);
    expect(handle.read_only_detail).toEqual({ key: 'open_for_review', params: { file: 'review.parkzero' } });
  });
});

describe('importing hourly data', () => {
  it('a CSV with a bad value: the row and the value, said in Chinese, per problem and for the whole refusal', async () => {
    const sample = ProjectHandle.parse(((await host.call('project.openSample', {})) as { ok: true; value: unknown }).value);
    const rows = Array.from({ length: 8760 }, (_, i) => (i === 4 ? 'abc' : '1'));
    const e = refusal(
      await host.call('series.import', {
        project_id: sample.project_id,
        base_revision: sample.revision,
        kind: 'load',
        target: { consumer_id: sample.plan.consumers[0]!.id },
        file_name: '负荷.csv',
        text: `value\n${rows.join('\n')}\n`,
      }),
    );
    expect(e.code).toBe('INVALID_REQUEST');
    expect(e.message).toBe('负荷.csv: row 6: value "abc" is not a number');
    const why = { key: 'series_not_a_number', params: { row: 6, value: 'abc', file: '负荷.csv' } };
    expect(e.reason).toEqual(why);
    expect(e.details).toEqual([{ path: 'text', message: e.message, reason: why }]);
    expect(errorReasonText(e.reason, zh)).toBe('“负荷.csv”第 6 行：数值“abc”不是数字。请修正后重新导入。');
  });
});

describe('saving and exporting', () => {
  it('Save As onto an existing file without overwrite: FILE_EXISTS naming it', async () => {
    const file = projectFile('taken.parkzero');
    const sample = await host.call('project.openSample', {});
    const id = ProjectHandle.parse((sample as { ok: true; value: unknown }).value).project_id;
    const e = refusal(await host.call('project.saveAs', { project_id: id, path: file, overwrite: false }));
    expect(e.code).toBe('FILE_EXISTS');
    expect(e.reason).toEqual({ key: 'file_exists', params: { file: 'taken.parkzero' } });
    expectSaid(e, 'taken.parkzero');
  });

  it('a report into a folder that does not exist: IO_ERROR said as the folder missing', async () => {
    const sample = await host.call('project.openSample', {});
    const id = ProjectHandle.parse((sample as { ok: true; value: unknown }).value).project_id;
    const target = path.join(root, 'no-such-folder', 'report.xlsx');
    const e = refusal(
      await host.call('report.export', { project_id: id, format: 'xlsx', lang: 'zh', path: target, overwrite: false }),
    );
    expect(e.code).toBe('IO_ERROR');
    expect(e.reason).toEqual({
      key: 'io_folder_missing',
      params: { file: 'report.xlsx', folder: path.join(root, 'no-such-folder'), action: 'write' },
    });
    expect(expectSaid(e, 'report.xlsx').zh).toMatch(/^写入“report\.xlsx”失败：文件夹 .* 不存在/);
  }, 60_000);
});
