import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/host.ts';
import { readPlanFile } from '../../../electron/host/store/index.ts';
import type { ProjectHandle } from '../../../core/api/contract.ts';
import type { Result } from '../../../core/api/result.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import { importedSample, tempDir } from './helpers.ts';

/** Review mode through the host's API table: comments change, plan content never does. */

let host: Host;
let dir: string;

async function call<T = ProjectHandle>(name: string, request: unknown): Promise<T> {
  const r = (await host.call(name, request)) as Result<T>;
  if (!r.ok) throw new Error(`${name}: ${r.error.code}: ${r.error.message}`);
  return r.value;
}
async function fail(name: string, request: unknown): Promise<string> {
  const r = await host.call(name, request);
  if (r.ok) throw new Error(`${name} unexpectedly succeeded`);
  return r.error.code;
}

beforeAll(() => {
  dir = tempDir();
  host = createHost({ shell: 'cli', dataDir: path.join(dir, 'data'), version: 'test', log: () => {} });
});
afterAll(async () => {
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('comments in review mode', () => {
  it('adds and resolves comments, saves them into the file, and the plan and fingerprint stay unchanged', async () => {
    const file = await importedSample(dir, 'review.parkzero');
    const before = readPlanFile(file);
    const opened = await call('project.open', { path: file, mode: 'review' });
    expect(opened.read_only_reason).toBe('review');
    const { fingerprint } = await call<{ fingerprint: string }>('review.fingerprint', { project_id: opened.project_id });
    expect(fingerprint).toBe(planFingerprint(before));

    const added = await call('review.addComment', {
      project_id: opened.project_id,
      base_revision: opened.revision,
      anchor: { kind: 'scenario', ref: 'near-zero', year: null },
      author: 'Zhang Min',
      body: 'Where does the 2035 hydrogen price come from?',
    });
    expect(added.dirty).toBe(true);
    const comment = added.plan.comments.at(-1)!;
    expect(comment).toMatchObject({
      anchor: { kind: 'scenario', ref: 'near-zero', year: null },
      author: 'Zhang Min',
      status: 'open',
    });
    const withYear = await call('review.addComment', {
      project_id: opened.project_id,
      base_revision: added.revision,
      anchor: { kind: 'year', ref: null, year: 2030 },
      author: 'Zhang Min',
      body: 'Check 2030 against the provincial target.',
    });
    const resolved = await call('review.setCommentStatus', {
      project_id: opened.project_id,
      base_revision: withYear.revision,
      comment_id: comment.id,
      status: 'resolved',
    });
    const r = resolved.plan.comments.find((c) => c.id === comment.id)!;
    expect(r.status).toBe('resolved');
    expect(r.resolved_at).not.toBeNull();

    // Plan edits are still refused, and so is an edit hidden in a comment call's neighbourhood.
    const edit = await fail('project.edit', {
      project_id: opened.project_id,
      base_revision: resolved.revision,
      label: 'sneak',
      patches: [{ op: 'replace', path: ['park', 'name'], value: 'Changed' }],
    });
    expect(edit).toBe('READ_ONLY');
    expect(
      await fail('project.edit', {
        project_id: opened.project_id,
        base_revision: resolved.revision,
        label: 'comment via edit',
        patches: [{ op: 'replace', path: ['comments'], value: [] }],
      }),
    ).toBe('READ_ONLY');

    await call('project.save', { project_id: opened.project_id });
    await call('project.close', { project_id: opened.project_id });

    const after = readPlanFile(file);
    expect(planFingerprint(after)).toBe(fingerprint);
    const { comments: _a, ...contentAfter } = after;
    const { comments: _b, ...contentBefore } = before;
    expect(contentAfter).toEqual(contentBefore);

    const reopened = await call('project.open', { path: file, mode: 'review' });
    expect(reopened.plan.comments.map((c) => [c.anchor.kind, c.status])).toEqual([
      ['scenario', 'resolved'],
      ['year', 'open'],
    ]);
    await call('project.close', { project_id: reopened.project_id });
  });

  it('checks anchors against the plan', async () => {
    const file = await importedSample(dir, 'anchors.parkzero');
    const p = await call('project.open', { path: file, mode: 'review' });
    const base = { project_id: p.project_id, base_revision: 0, author: 'R', body: 'x' };
    expect(await fail('review.addComment', { ...base, anchor: { kind: 'scenario', ref: 'nope', year: null } })).toBe('NOT_FOUND');
    expect(await fail('review.addComment', { ...base, anchor: { kind: 'year', ref: null, year: 2070 } })).toBe('INVALID_REQUEST');
    expect(await fail('review.addComment', { ...base, anchor: { kind: 'measure', ref: null, year: null } })).toBe(
      'INVALID_REQUEST',
    );
    expect(await fail('review.addComment', { ...base, body: '   ', anchor: { kind: 'park', ref: null, year: null } })).toBe(
      'INVALID_REQUEST',
    );
    expect(
      await fail('review.setCommentStatus', {
        project_id: p.project_id,
        base_revision: 0,
        comment_id: 'c-none',
        status: 'resolved',
      }),
    ).toBe('NOT_FOUND');
    const ok = await call('review.addComment', { ...base, anchor: { kind: 'measure', ref: 'rooftop-pv', year: null } });
    expect(ok.revision).toBe(1);
    expect(await fail('review.addComment', { ...base, anchor: { kind: 'park', ref: null, year: null } })).toBe(
      'REVISION_CONFLICT',
    );
    await call('project.close', { project_id: p.project_id, discard_changes: true });
  });

  it('refuses to save comments over a file that changed since it was opened, and a copy still works', async () => {
    const file = await importedSample(dir, 'moved.parkzero');
    const p = await call('project.open', { path: file, mode: 'review' });
    await call('review.addComment', {
      project_id: p.project_id,
      base_revision: 0,
      author: 'R',
      body: 'ok',
      anchor: { kind: 'park', ref: null, year: null },
    });
    // The consultant saves a new version meanwhile.
    const editor = await call('project.open', { path: file, mode: 'edit' });
    await call('project.edit', {
      project_id: editor.project_id,
      base_revision: 0,
      label: 'rename',
      patches: [{ op: 'replace', path: ['park', 'name'], value: 'Renamed park' }],
    });
    // While they hold the file for editing, the reviewer cannot write into it.
    expect(await fail('project.save', { project_id: p.project_id })).toBe('READ_ONLY');
    await call('project.save', { project_id: editor.project_id });
    await call('project.close', { project_id: editor.project_id });
    expect(await fail('project.save', { project_id: p.project_id })).toBe('REVISION_CONFLICT');
    expect(readPlanFile(file).park.name).toBe('Renamed park');
    const copy = path.join(dir, 'moved-reviewed.parkzero');
    await call('project.saveAs', { project_id: p.project_id, path: copy });
    expect(readPlanFile(copy).comments).toHaveLength(1);
    await call('project.close', { project_id: p.project_id });
  });

  it('merges the comments of two reviewers who save into the same file one after the other', async () => {
    const file = await importedSample(dir, 'two-reviewers.parkzero');
    const fingerprint = planFingerprint(readPlanFile(file));
    const park = { kind: 'park', ref: null, year: null };
    // Reviewer A opens the file with one comment already in it; reviewer B (another instance) too.
    const seed = await call('project.open', { path: file, mode: 'review' });
    const seeded = await call('review.addComment', {
      project_id: seed.project_id,
      base_revision: 0,
      author: 'Seed',
      body: 'earlier',
      anchor: park,
    });
    await call('project.save', { project_id: seed.project_id });
    await call('project.close', { project_id: seed.project_id });
    const earlier = seeded.plan.comments[0]!.id;

    const other = createHost({ shell: 'cli', dataDir: path.join(dir, 'data-b'), version: 'test', log: () => {} });
    try {
      const callB = async (name: string, request: unknown) => {
        const r = (await other.call(name, request)) as Result<ProjectHandle & { merged_comments: number }>;
        if (!r.ok) throw new Error(`${name}: ${r.error.code}: ${r.error.message}`);
        return r.value;
      };
      const a = await call('project.open', { path: file, mode: 'review' });
      const b = await callB('project.open', { path: file, mode: 'review' });
      const a1 = await call('review.addComment', {
        project_id: a.project_id,
        base_revision: 0,
        author: 'A',
        body: 'from A',
        anchor: park,
      });
      await call('review.setCommentStatus', {
        project_id: a.project_id,
        base_revision: a1.revision,
        comment_id: earlier,
        status: 'resolved',
      });
      await callB('review.addComment', { project_id: b.project_id, base_revision: 0, author: 'B', body: 'from B', anchor: park });

      const savedB = await callB('project.save', { project_id: b.project_id });
      expect(savedB.merged_comments).toBe(0);
      const savedA = await call<{ merged_comments: number }>('project.save', { project_id: a.project_id });
      expect(savedA.merged_comments).toBe(1);

      const onDisk = readPlanFile(file);
      expect(onDisk.comments.map((c) => [c.author, c.body, c.status])).toEqual([
        ['Seed', 'earlier', 'resolved'],
        ['B', 'from B', 'open'],
        ['A', 'from A', 'open'],
      ]);
      expect(planFingerprint(onDisk)).toBe(fingerprint);
      // A's project now holds the merged list too, and is saved.
      const got = await call('project.get', { project_id: a.project_id });
      expect(got.plan.comments.map((c) => c.body)).toEqual(['earlier', 'from B', 'from A']);
      expect(got.dirty).toBe(false);
      await call('project.close', { project_id: a.project_id });
      await callB('project.close', { project_id: b.project_id });
    } finally {
      await other.close();
    }
  });

  it('refuses to write comments into a file another instance is editing', async () => {
    const file = await importedSample(dir, 'locked.parkzero');
    const other = createHost({ shell: 'cli', dataDir: path.join(dir, 'data-other'), version: 'test', log: () => {} });
    try {
      const held = (await other.call('project.open', { path: file, mode: 'edit' })) as Result<ProjectHandle>;
      expect(held.ok && held.value.read_only).toBe(false);
      const p = await call('project.open', { path: file, mode: 'review' });
      await call('review.addComment', {
        project_id: p.project_id,
        base_revision: 0,
        author: 'R',
        body: 'x',
        anchor: { kind: 'park', ref: null, year: null },
      });
      expect(await fail('project.save', { project_id: p.project_id })).toBe('READ_ONLY');
      expect(readPlanFile(file).comments).toEqual([]);
      await call('project.close', { project_id: p.project_id, discard_changes: true });
    } finally {
      await other.close();
    }
  });

  it('saving without changes keeps the fingerprint; a plan change changes it', async () => {
    const file = await importedSample(dir, 'edit.parkzero');
    const original = planFingerprint(readPlanFile(file));
    const p = await call('project.open', { path: file, mode: 'edit' });
    await call('project.save', { project_id: p.project_id });
    expect(planFingerprint(readPlanFile(file))).toBe(original);
    // A comment added while editing is not plan content either.
    await call('review.addComment', {
      project_id: p.project_id,
      base_revision: 0,
      author: 'R',
      body: 'note',
      anchor: { kind: 'park', ref: null, year: null },
    });
    await call('project.save', { project_id: p.project_id });
    expect(planFingerprint(readPlanFile(file))).toBe(original);
    await call('project.edit', {
      project_id: p.project_id,
      base_revision: 1,
      label: 'rate',
      patches: [{ op: 'replace', path: ['park', 'discount_rate'], value: 0.07 }],
    });
    const { fingerprint } = await call<{ fingerprint: string }>('review.fingerprint', { project_id: p.project_id });
    expect(fingerprint).not.toBe(original);
    await call('project.save', { project_id: p.project_id });
    await call('project.close', { project_id: p.project_id });
    // Reopening the saved file gives the fingerprint the app showed before saving.
    const again = await call('project.open', { path: file, mode: 'review' });
    const reopened = await call<{ fingerprint: string }>('review.fingerprint', { project_id: again.project_id });
    expect(reopened.fingerprint).toBe(fingerprint);
    await call('project.close', { project_id: again.project_id });
  });
});

describe('compare and memo through the API', () => {
  it('compares the open project with another file and writes a memo', async () => {
    const older = await importedSample(dir, 'v1.parkzero');
    const p = await call('project.open', { path: older, mode: 'edit' });
    await call('project.edit', {
      project_id: p.project_id,
      base_revision: 0,
      label: 'coal',
      patches: [{ op: 'replace', path: ['consumers', 2, 'energy', 'coal_t'], value: 90_000 }],
    });
    const diff = await call<{
      changes: { path: string; old: unknown; new: unknown; unit: string | null }[];
      outcomes: unknown[];
    }>('review.compare', {
      project_id: p.project_id,
      other_path: older,
    });
    expect(diff.changes).toEqual([
      expect.objectContaining({ path: 'consumers[li-carbonate].energy.coal_t', old: 85_000, new: 90_000, unit: 't' }),
    ]);
    expect(diff.outcomes).toHaveLength(3);
    expect(await fail('review.compare', { project_id: p.project_id, other_path: path.join(dir, 'missing.parkzero') })).toMatch(
      /NOT_FOUND|IO_ERROR/,
    );

    const memoPath = path.join(dir, 'memo.md');
    const memo = await call<{ markdown: string; path: string }>('review.memo', {
      project_id: p.project_id,
      reviewer: 'Zhang Min',
      conclusion: 'pass',
      path: memoPath,
    });
    expect(memo.path).toBe(memoPath);
    expect(fs.readFileSync(memoPath, 'utf8')).toBe(memo.markdown);
    expect(memo.markdown).toContain('| Reviewer | Zhang Min |');
    expect(memo.markdown).toContain('| Review conclusion | **Pass** |');
    expect(
      await fail('review.memo', { project_id: p.project_id, reviewer: 'Zhang Min', conclusion: 'pass', path: memoPath }),
    ).toBe('FILE_EXISTS');
    await call('project.close', { project_id: p.project_id, discard_changes: true });
  });
});
