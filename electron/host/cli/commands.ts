import type { ParseArgsConfig } from 'node:util';
import { inspectProjectFile, writePlanFile } from '../store/index.ts';
import { blankPlan } from '../blank-plan.ts';
import { loadSamplePlan } from '../host.ts';
import { startBrowserHost } from '../browser-host/server.ts';
import { defaultDataDir } from '../paths.ts';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

type Values = Record<string, string | boolean | undefined>;

export interface Command {
  positionals: string[];
  options: NonNullable<ParseArgsConfig['options']>;
  run(positionals: string[], values: Values, io: CliIo): Promise<number>;
}

export const commands: Record<string, Command> = {
  new: {
    positionals: ['file'],
    options: { blank: { type: 'boolean' }, name: { type: 'string' }, force: { type: 'boolean' } },
    async run([file], values, io) {
      const plan = values.blank ? blankPlan(typeof values.name === 'string' ? values.name : 'New park') : loadSamplePlan();
      if (typeof values.name === 'string') plan.park.name = values.name;
      writePlanFile(file!, plan, { overwrite: values.force === true });
      io.out(`created ${file} (${plan.park.name})`);
      return 0;
    },
  },

  validate: {
    positionals: ['file'],
    options: {},
    async run([file], _values, io) {
      const info = inspectProjectFile(file!);
      io.out(`${file}: valid ParkZero project, schema version ${info.schemaVersion}, "${info.parkName}"`);
      return 0;
    },
  },

  info: {
    positionals: ['file'],
    options: {},
    async run([file], _values, io) {
      const info = inspectProjectFile(file!);
      const byId = new Map(info.scenarios.map((s) => [s.id, s]));
      io.out(`Park:            ${info.parkName}`);
      io.out(`Location:        ${info.city}, ${info.province}`);
      io.out(`Schema version:  ${info.schemaVersion}`);
      io.out(`Years:           ${info.baseYear}-${info.horizonYear}`);
      io.out(`Consumers:       ${info.consumerCount}`);
      io.out(`Scenarios:       ${info.scenarios.length}`);
      for (const s of info.scenarios) {
        const parent = s.parentId === null ? 'root' : `from ${byId.get(s.parentId)?.name ?? s.parentId}`;
        io.out(`  - ${s.name} [${s.id}] (${parent}, ${s.measureCount} own measures)`);
      }
      return 0;
    },
  },

  serve: {
    positionals: [],
    options: { port: { type: 'string' }, sample: { type: 'boolean' }, open: { type: 'string' } },
    async run(_positionals, values, io) {
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.err(`parkzero serve: --port must be an integer 0-65535, got "${String(values.port)}"`);
        return 2;
      }
      const open = typeof values.open === 'string' ? { path: values.open } : values.sample ? { sample: true as const } : undefined;
      const host = await startBrowserHost({ port, workDir: defaultDataDir(), ...(open ? { open } : {}) });
      io.out(`ParkZero is running at ${host.url}`);
      io.out('Open that address in a browser on this machine. Press Ctrl+C to stop.');
      await new Promise<void>((resolvePromise) => {
        const stop = () => resolvePromise();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await host.close();
      return 0;
    },
  },
};
