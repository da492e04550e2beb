import { join, resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { homedir, hostname, userInfo } from 'node:os';
import { ProjectStore, type OpenProject } from './store/index.ts';
import { notSavedYet } from './store/project.ts';
import { RecentFiles } from './recent-files.ts';
import { dispatch, dispatchJson, type Handlers, type JsonHandlers, type Logger } from './api/dispatch.ts';
import { resourcesDir } from './paths.ts';
import { SCHEMA_VERSION } from './store/index.ts';
import { DEFAULT_SAMPLE, type ProjectHandle, type SampleId } from '../../core/api/contract.ts';
import { ParkZeroError, type Result } from '../../core/api/result.ts';
import { parsePlan, type Plan } from '../../core/model/plan.ts';
import { blankPlan } from './blank-plan.ts';
import { escapeControlChars } from '../../core/text/control-chars.ts';
import { trustEveryPath, type PathPolicy } from './path-policy.ts';
import type { ParsedRequestOf, SaveFileKind } from '../../core/api/contract.ts';
import type { ScenarioResult } from '../../core/engine/result-schema.ts';
import { EngineWorkerPool } from './engine/worker-pool.ts';
import { RunsAhead } from './engine/runs-ahead.ts';
import { RevisionWaits } from './engine/revision-waits.ts';
import { checkPlan } from '../../core/engine/validate.ts';
import { generateReportInWorker, isoDay, selectScenarioIds } from './reports/index.ts';
import { refuseExisting, writeFileAtomicallyOnce } from './text-file.ts';
import { reviewHandlers } from './review/handlers.ts';
import { addSeriesPatch, buildSeries, seriesImportError } from './series/import-series.ts';
import { uncertaintyHandlers } from './uncertainty/handlers.ts';
import { optimiseHandlers } from './optimise/handlers.ts';
import { portfolioHandlers } from './portfolio/handlers.ts';

/**
 * Native dialogs exist only in the desktop shell. Each answers the handle of the picked file
 * (path-policy.ts, `pickedPaths`), which later requests name instead of a path; null when cancelled.
 */
export interface NativeDialogs {
  openProject(): Promise<string | null>;
  openPublicKey(): Promise<string | null>;
  saveProject(suggestedName: string | undefined): Promise<string | null>;
  /** Where to write a report or a memo; `ext` is the file's extension. */
  saveFile(ext: SaveFileKind, suggestedName: string | undefined): Promise<string | null>;
  /** Project files and folders for the portfolio (several); null when cancelled. */
  openPortfolio(): Promise<string[] | null>;
}

export interface HostOptions {
  shell: 'electron' | 'browser' | 'cli';
  /** The host's own folder: working copies, recovery manifests, recent files. */
  dataDir: string;
  version: string;
  dialogs?: NativeDialogs;
  /** Which paths requests may name (path-policy.ts); the command line's default trusts all. */
  paths?: PathPolicy;
  log?: Logger;
  /** The clock for report dates; tests fix it. */
  now?: () => Date;
}

export interface Host {
  /** Runs one API call from any shell: parse, handle, wrap in a Result. */
  call(name: string, request: unknown): Promise<Result<unknown>>;
  /**
   * `call`, answered as the Result's JSON text, for the browser host. The same text as
   * JSON.stringify(await call(...)); live results reach it from the engine worker as text,
   * never parsed and written out again on the host's main thread.
   */
  callJson(name: string, request: unknown): Promise<string>;
  readonly store: ProjectStore;
  close(): Promise<void>;
}

// Messages quote file content (names, paths): escaped so a log viewer shows what is there.
const defaultLog: Logger = (message, error) => console.error(`[parkzero] ${escapeControlChars(message)}`, error ?? '');

/** The user's Documents folder when there is one, else the home folder: where new files are suggested. */
function documentsDir(): string {
  const documents = join(homedir(), 'Documents');
  return existsSync(documents) ? documents : homedir();
}

/** A bundled sample park (resources/samples/README.md), validated like any other input; Suining unless named. */
export function loadSamplePlan(sample: SampleId = DEFAULT_SAMPLE): Plan {
  const file = join(resourcesDir(), 'samples', `${sample}.plan.json`);
  const parsed = parsePlan(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`the bundled sample is invalid: ${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}`);
  return parsed.plan;
}

function toHandle(project: OpenProject): ProjectHandle {
  const plan = project.plan();
  return {
    project_id: project.id,
    path: project.path,
    title: plan.park.name,
    read_only: project.readOnly,
    read_only_reason: project.readOnlyReason,
    lock_holder: project.lockHolder,
    read_only_detail: project.readOnlyDetail,
    dirty: project.dirty,
    revision: project.revision,
    schema_version: project.schemaVersion,
    plan,
  };
}

/**
 * The host: the API handler table over the project store, shared by the Electron main process,
 * the browser host and the CLI. Nothing here imports electron.
 */
export function createHost(options: HostOptions): Host {
  const log = options.log ?? defaultLog;
  const store = new ProjectStore({
    workDir: join(options.dataDir, 'working'),
    instance: { user: safeUserName(), host: hostname(), pid: process.pid },
  });
  const recent = new RecentFiles(options.dataDir);
  const paths = options.paths ?? trustEveryPath();
  // Workers start lazily: the CLI's validate/info never pay for them.
  let engine: EngineWorkerPool | null = null;
  const engineOf = () => (engine ??= new EngineWorkerPool());
  // Live results: an edit starts the runs of the views on screen before they ask (runs-ahead.ts).
  // Kept as the JSON text the worker made: the browser host sends it on as it is.
  const ahead = new RunsAhead((request) => engineOf().runJson(request));
  // Pipelined result requests wait here for the revision of the edit sent with them (revision-waits.ts).
  const waits = new RevisionWaits();
  /** Runs an edit of `project` and ends the result requests waiting for it, whether it committed or not. */
  const editing = <T>(project: OpenProject, edit: () => T): T => {
    let ok = false;
    try {
      const r = edit();
      ok = true;
      return r;
    } finally {
      waits.settled(project, ok);
    }
  };

  /** The results of `scenario.run` as JSON text, from the run started ahead when there is one. */
  const liveRun = async (req: ParsedRequestOf<'scenario.run'>): Promise<{ revision: number; results: string }> => {
    const project = store.get(req.project_id);
    if (req.revision !== undefined) await waits.until(project, req.revision);
    const plan = project.plan();
    const revision = project.revision;
    for (const id of req.scenario_ids)
      if (!plan.scenarios.some((s) => s.id === id)) throw new ParkZeroError('NOT_FOUND', `the plan has no scenario "${id}"`);
    return { revision, results: await ahead.results(project, req.scenario_ids, req.mac) };
  };
  const jsonHandlers: JsonHandlers = {
    'scenario.run': async (req) => {
      const answer = await liveRun(req);
      return `{"revision":${JSON.stringify(answer.revision)},"results":${answer.results}}`;
    },
  };

  const remember = (project: OpenProject) => {
    if (project.path !== null) recent.remember(project.path, project.plan().park.name);
  };

  const handlers: Handlers = {
    'app.info': () => ({
      version: options.version,
      schema_version: SCHEMA_VERSION,
      shell: options.shell,
      documents_dir: documentsDir(),
    }),
    'project.openSample': (req) => toHandle(store.create(null, loadSamplePlan(req.sample), { overwrite: false })),
    'project.create': (req) => {
      const plan =
        req.template === 'sample' ? loadSamplePlan(req.sample) : blankPlan(req.name ?? 'New park', undefined, req.location);
      if (req.name !== undefined) plan.park.name = req.name;
      return toHandle(store.create(null, plan, { overwrite: false }));
    },
    'project.open': async (req) => {
      const recentFile = paths.reopensRecentFiles && recent.list().some((e) => resolve(e.path) === resolve(req.path));
      const file = recentFile ? resolve(req.path) : paths.forRead(req.path, 'project file');
      const project = await store.openAsync(file, { mode: req.mode });
      remember(project);
      return toHandle(project);
    },
    'project.get': (req) => toHandle(store.get(req.project_id)),
    'project.edit': (req) => {
      const project = store.get(req.project_id);
      return editing(project, () =>
        project.edit(req.patches, req.label, req.base_revision, (plan, revision) => ahead.edited(project, plan, revision)),
      );
    },
    'series.import': (req) => {
      const project = store.get(req.project_id);
      const plan = project.plan();
      const built = buildSeries(plan, req, (options.now ?? (() => new Date()))());
      if (!built.ok) throw seriesImportError(built.problems);
      const patch = addSeriesPatch(plan, built.series);
      const label = `Import hourly ${req.kind} data from ${req.file_name}`.slice(0, 200);
      const r = editing(project, () =>
        project.edit([patch], label, req.base_revision, (next, revision) => ahead.edited(project, next, revision)),
      );
      return { ...r, series_id: built.series.id, patch, warnings: built.warnings };
    },
    'project.save': (req) => {
      const project = store.get(req.project_id);
      if (project.path === null) throw notSavedYet();
      const saved = project.save();
      remember(project);
      return { path: saved.path, saved_at: saved.savedAt, merged_comments: saved.mergedComments };
    },
    'project.saveAs': (req) => {
      const project = store.get(req.project_id);
      const saved = project.saveAs(paths.forWrite(req.path, 'project file'), { overwrite: req.overwrite });
      remember(project);
      return { path: saved.path, saved_at: saved.savedAt };
    },
    'project.close': (req) => {
      const project = store.get(req.project_id);
      if (project.dirty && !req.discard_changes) return { closed: false };
      project.close();
      return { closed: true };
    },
    'project.recent': () => recent.list(),
    'project.recoverable': () =>
      store.listRecoverable().map((r) => ({ recovery_id: r.recoveryId, path: r.path, title: r.title, edited_at: r.editedAt })),
    'project.recover': (req) => toHandle(store.recover(req.recovery_id)),
    'project.discardRecovery': (req) => {
      store.discardRecovery(req.recovery_id);
      return { discarded: true };
    },
    'scenario.run': async (req) => {
      const answer = await liveRun(req);
      return { revision: answer.revision, results: JSON.parse(answer.results) as ScenarioResult[] };
    },
    'report.export': async (req) => {
      const target = paths.forWrite(req.path, 'report');
      const project = store.get(req.project_id);
      // Checked before the work, and the write below keeps it: never replace without the flag.
      refuseExisting(target, req.overwrite);
      const plan = project.plan();
      const revision = project.revision;
      const scenarioIds = selectScenarioIds(plan, req.scenario_ids);
      const date = isoDay((options.now ?? (() => new Date()))());
      const out = await generateReportInWorker({
        plan,
        format: req.format,
        lang: req.lang,
        scenarioIds,
        date,
        appVersion: options.version,
      });
      writeFileAtomicallyOnce(target, out.bytes, { overwrite: req.overwrite });
      return {
        path: target,
        bytes: out.bytes.length,
        pages: out.pages,
        fingerprint: out.fingerprint,
        revision,
        scenario_ids: out.scenarioIds,
      };
    },
    'scenario.hourly': async (req) => {
      const project = store.get(req.project_id);
      const plan = project.plan();
      const revision = project.revision;
      if (!plan.scenarios.some((s) => s.id === req.scenario_id))
        throw new ParkZeroError('NOT_FOUND', `the plan has no scenario "${req.scenario_id}"`);
      const h = await engineOf().hourly({
        plan,
        scenarioId: req.scenario_id,
        year: req.year,
        supersedeKey: `${req.project_id}:hourly`,
      });
      // Plain number arrays: JSON and IPC carry them as they are (8760 x 13 values).
      const series = Object.fromEntries(Object.entries(h.series).map(([k, v]) => [k, Array.from(v as Float64Array)]));
      return {
        revision,
        scenario_id: h.scenario_id,
        year: h.year,
        series: series as Record<keyof typeof h.series, number[]>,
        storage: h.storage,
        export_limit_kw: h.export_limit_kw,
        electricity: h.electricity,
      };
    },
    'plan.validate': (req) => {
      const checked = checkPlan(req.plan);
      return checked.ok ? { valid: true, issues: [] } : { valid: false, issues: checked.issues };
    },
    'dialog.openProject': async () =>
      options.dialogs ? { supported: true, path: await options.dialogs.openProject() } : { supported: false, path: null },
    'dialog.openPublicKey': async () =>
      options.dialogs ? { supported: true, path: await options.dialogs.openPublicKey() } : { supported: false, path: null },
    'dialog.saveProject': async (req) =>
      options.dialogs
        ? { supported: true, path: await options.dialogs.saveProject(req.suggested_name) }
        : { supported: false, path: null },
    'dialog.saveFile': async (req) =>
      options.dialogs
        ? { supported: true, path: await options.dialogs.saveFile(req.ext, req.suggested_name) }
        : { supported: false, path: null },
    'dialog.openPortfolio': async () =>
      options.dialogs ? { supported: true, paths: await options.dialogs.openPortfolio() } : { supported: false, paths: null },
    ...portfolioHandlers(paths, engineOf, () => isoDay((options.now ?? (() => new Date()))())),
    ...uncertaintyHandlers(store, engineOf),
    ...optimiseHandlers(store, engineOf, () => isoDay((options.now ?? (() => new Date()))())),
    ...reviewHandlers({
      store,
      paths,
      toHandle,
      runAll: async (plan, key) => ({
        format: 'parkzero-results',
        format_version: 1,
        park_name: plan.park.name,
        base_year: plan.park.base_year,
        horizon_year: plan.park.horizon_year,
        scenarios: await engineOf().run({ plan, scenarioIds: plan.scenarios.map((s) => s.id), mac: false, supersedeKey: key }),
      }),
    }),
  };

  return {
    call: (name, request) => dispatch(handlers, name, request, log),
    callJson: (name, request) => dispatchJson(handlers, jsonHandlers, name, request, log),
    store,
    close: async () => {
      store.closeAll();
      await engine?.close();
    },
  };
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
