import { readFileSync } from 'node:fs';
import { applyPatches, enablePatches, type Patch } from 'immer';
import type { CallName, ProjectHandle, RequestOf, ResponseOf } from '../../../core/api/contract.ts';
import { Plan } from '../../../core/model/plan.ts';
import { ApiCallError, type ApiClient } from '../../../renderer/src/api/client.ts';

enablePatches();

export function samplePlan(): Plan {
  const url = new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url);
  return Plan.parse(JSON.parse(readFileSync(url, 'utf8')));
}

/**
 * A small in-memory stand-in for the host's project calls, enough to exercise the renderer's
 * edit pipeline: it applies patches on its own copy, checks base revisions like the real host
 * and can be told to refuse the next edit.
 */
export class FakeHost implements ApiClient {
  readonly shell = 'browser' as const;
  plan: Plan;
  revision = 0;
  dirty = false;
  readOnly = false;
  path: string | null = null;
  /** Paths that already exist on the fake disk. */
  readonly existing = new Set<string>();
  refuseNext: ApiCallError | null = null;
  readonly edits: RequestOf<'project.edit'>[] = [];

  constructor(plan: Plan = samplePlan()) {
    this.plan = plan;
  }

  handle(): ProjectHandle {
    return {
      project_id: 'p0123456789abcdef',
      path: this.path,
      title: this.plan.park.name,
      read_only: this.readOnly,
      read_only_reason: this.readOnly ? 'review' : null,
      lock_holder: null,
      dirty: this.dirty,
      revision: this.revision,
      schema_version: 1,
      plan: this.plan,
    };
  }

  async call<K extends CallName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
    await Promise.resolve(); // answer asynchronously, like a real host
    switch (name) {
      case 'project.openSample':
      case 'project.get':
        return this.handle() as ResponseOf<K>;
      case 'project.edit': {
        const req = request as RequestOf<'project.edit'>;
        this.edits.push(req);
        if (this.refuseNext !== null) {
          const e = this.refuseNext;
          this.refuseNext = null;
          throw e;
        }
        if (req.base_revision !== this.revision) throw new ApiCallError(name, 'INVALID_REQUEST', 'stale base revision');
        this.plan = Plan.parse(applyPatches(this.plan, req.patches as Patch[]));
        this.revision++;
        this.dirty = true;
        return { revision: this.revision, dirty: true } as ResponseOf<K>;
      }
      case 'project.close': {
        const req = request as RequestOf<'project.close'>;
        // Like the real host: a dirty project stays open unless the caller discards.
        if (this.dirty && req.discard_changes !== true) return { closed: false } as ResponseOf<K>;
        return { closed: true } as ResponseOf<K>;
      }
      case 'project.save':
        if (this.path === null) throw new ApiCallError(name, 'NOT_FOUND', 'use Save As');
        this.dirty = false;
        return { path: this.path, saved_at: '2025-01-01T00:00:00.000Z' } as ResponseOf<K>;
      case 'project.saveAs': {
        const req = request as RequestOf<'project.saveAs'>;
        if (this.existing.has(req.path) && req.overwrite !== true) throw new ApiCallError(name, 'FILE_EXISTS', 'exists');
        this.path = req.path;
        this.existing.add(req.path);
        this.dirty = false;
        return { path: req.path, saved_at: '2025-01-01T00:00:00.000Z' } as ResponseOf<K>;
      }
      default:
        throw new ApiCallError(name, 'UNKNOWN_CALL', `fake host has no ${name}`);
    }
  }
}
