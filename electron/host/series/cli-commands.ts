import fs from 'node:fs';
import { READ_LIMITS, readSmallTextFile } from '../safe-read.ts';
import path from 'node:path';
import type { Command, CliIo } from '../cli/commands.ts';
import { ProjectStore, readPlanFile } from '../store/index.ts';
import { makeScratchDir } from '../store/scratch.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import type { EditPatch } from '../../../core/api/contract.ts';
import type { Plan } from '../../../core/model/plan.ts';
import type { HourlySeriesKind } from '../../../core/model/hourly-series.ts';
import {
  addSeriesPatch,
  buildSeries,
  describeSeries,
  removeSeriesPatch,
  seriesImportError,
  type SeriesTarget,
} from './import-series.ts';

/**
 * `parkzero series FILE add|list|remove`: the user's own hourly data in a project file.
 * Edits go through the project store like the app's (open on a private copy with the lock,
 * one edit with its change_log row, atomic save), so a refused file leaves the project
 * byte-identical.
 */

type Values = Record<string, string | boolean | undefined>;

function usage(io: CliIo, message: string): number {
  io.err(`parkzero series: ${message}`);
  return 2;
}

function str(values: Values, name: string): string | null {
  const v = values[name];
  return typeof v === 'string' && v.length > 0 ? v : null;
}

/** Opens `file` for editing, applies the patches `make` builds from its plan, and saves it. */
function editProjectFile(file: string, label: string, make: (plan: Plan) => EditPatch[]): Plan {
  const workDir = makeScratchDir('series');
  const store = new ProjectStore({ workDir });
  try {
    const project = store.open(file, { mode: 'edit' });
    if (project.readOnly) throw new ParkZeroError('READ_ONLY', `cannot edit: ${project.readOnlyMessage ?? file}`);
    project.edit(make(project.plan()), label, project.revision);
    project.save();
    return project.plan();
  } finally {
    store.closeAll();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** Bounded, regular files only, valid UTF-8 only (see safe-read.ts). */
function readText(file: string): string {
  return readSmallTextFile(file, { what: 'series file', maxBytes: READ_LIMITS.seriesFile });
}

const KINDS = ['load', 'pv', 'wind'] as const;

async function add(file: string, values: Values, io: CliIo): Promise<number> {
  const weather = str(values, 'weather');
  const csv = str(values, 'csv');
  const consumer = str(values, 'consumer');
  const measure = str(values, 'measure');
  let kind: HourlySeriesKind;
  let target: SeriesTarget;
  let source: string;
  if (weather !== null) {
    if (csv !== null || consumer !== null || measure !== null || values.kind !== undefined)
      return usage(io, '--weather EPW takes no --kind, --consumer, --measure or --csv');
    kind = 'weather';
    target = null;
    source = weather;
  } else {
    const k = str(values, 'kind');
    if (k === null || !(KINDS as readonly string[]).includes(k))
      return usage(io, 'add needs --kind load|pv|wind (or --weather EPW)');
    if (csv === null) return usage(io, 'add needs --csv PATH');
    kind = k as HourlySeriesKind;
    if (kind === 'load') {
      if (consumer === null || measure !== null) return usage(io, 'a load series needs --consumer ID (and no --measure)');
      target = { consumer_id: consumer };
    } else {
      if (measure === null || consumer !== null) return usage(io, `a ${kind} series needs --measure ID (and no --consumer)`);
      target = { measure_id: measure };
    }
    source = csv;
  }
  const text = readText(source);
  let warnings: string[] = [];
  let id = '';
  const fileName = path.basename(source);
  editProjectFile(file, `Import hourly ${kind} data from ${fileName}`.slice(0, 200), (plan) => {
    const built = buildSeries(
      plan,
      { kind, target, file_name: fileName, text, name: str(values, 'name') ?? undefined },
      new Date(),
    );
    if (!built.ok) throw seriesImportError(built.problems);
    warnings = built.warnings;
    id = built.series.id;
    return [addSeriesPatch(plan, built.series)];
  });
  for (const w of warnings) io.err(`warning: ${w}`);
  io.out(`added ${kind} series ${id} from ${fileName} to ${file}`);
  return 0;
}

export const seriesCommands: Record<string, Command> = {
  series: {
    positionals: ['file', 'action'],
    maxPositionals: 3,
    pathPositionals: 1,
    options: {
      kind: { type: 'string' },
      consumer: { type: 'string' },
      measure: { type: 'string' },
      csv: { type: 'string' },
      weather: { type: 'string' },
      name: { type: 'string' },
    },
    async run([file, action, id], values, io) {
      if (action === 'list') {
        if (id !== undefined) return usage(io, 'list takes no ID');
        const plan = readPlanFile(file!);
        if (plan.hourly_series.length === 0) io.out(`${file}: no hourly series`);
        else for (const s of plan.hourly_series) io.out(describeSeries(s));
        return 0;
      }
      if (action === 'remove') {
        if (id === undefined) return usage(io, 'remove needs the series ID (see "parkzero series FILE list")');
        editProjectFile(file!, `Remove hourly series ${id}`.slice(0, 200), (plan) => [removeSeriesPatch(plan, id)]);
        io.out(`removed series ${id} from ${file}`);
        return 0;
      }
      if (action === 'add') {
        if (id !== undefined) return usage(io, 'add takes no ID');
        return add(file!, values, io);
      }
      return usage(io, `unknown action "${action ?? ''}"; use add, list or remove`);
    },
  },
};
