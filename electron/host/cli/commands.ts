import type { ParseArgsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { inspectProjectFile, readPlanFile, writePlanFile } from '../store/index.ts';
import { writeTextFileAtomically } from '../text-file.ts';
import { READ_LIMITS, readSmallTextFile } from '../safe-read.ts';
import { ParkZeroError } from '../../../core/api/result.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { planJson } from '../../../core/model/plan-json.ts';
import { DEFAULT_SAMPLE, SAMPLE_IDS } from '../../../core/api/contract.ts';
import { runPlan, checkPlan, runScenarioHourly, hourlySeriesCsv, formatPlanResultsTable } from '../../../core/engine/index.ts';
import { blankPlan, type ParkLocation } from '../blank-plan.ts';
import { PROVINCES, provinceKey } from '../../../core/factors/provinces.ts';
import { appVersion, defaultDataDir } from '../paths.ts';
import type { Lang, ReportFormat } from '../reports/index.ts';
import { reviewCommands } from '../review/cli-commands.ts';
import { seriesCommands } from '../series/cli-commands.ts';
import { chooseOutputFormat } from './output-format.ts';
import { optimiseCommands } from '../optimise/cli-commands.ts';
import { uncertaintyCommands } from '../uncertainty/cli-commands.ts';
import { portfolioCommands } from '../portfolio/cli-commands.ts';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

type Values = Record<string, string | boolean | undefined>;

export interface Command {
  /** Required positionals, in order. */
  positionals: string[];
  /** More optional positionals allowed up to this count (default: exactly `positionals`). */
  maxPositionals?: number;
  /** How many leading positionals are file paths (resolved); default all. */
  pathPositionals?: number;
  options: NonNullable<ParseArgsConfig['options']>;
  run(positionals: string[], values: Values, io: CliIo): Promise<number>;
}

// The report generator (pdfkit, exceljs, echarts), the browser host and the desktop host are
// imported by the commands that use them, so `info` or `validate` do not load them at start.
export const commands: Record<string, Command> = {
  new: {
    positionals: ['file'],
    options: {
      blank: { type: 'boolean' },
      name: { type: 'string' },
      force: { type: 'boolean' },
      province: { type: 'string' },
      city: { type: 'string' },
      sample: { type: 'string' },
    },
    async run([file], values, io) {
      let location: ParkLocation | null = null;
      const sample = values.sample === undefined ? DEFAULT_SAMPLE : SAMPLE_IDS.find((id) => id === values.sample);
      if (sample === undefined) {
        io.err(`parkzero new: there is no sample "${String(values.sample)}"; the samples are ${SAMPLE_IDS.join(' and ')}`);
        return 2;
      }
      if (values.blank && values.sample !== undefined) {
        io.err('parkzero new: choose either --blank or --sample, not both');
        return 2;
      }
      if (values.blank) {
        // The climate, grid factors and tariff follow the location, so a blank park never
        // gets one silently (it once defaulted to Chengdu): the app asks, the CLI requires it.
        const province =
          typeof values.province === 'string'
            ? PROVINCES.find((p) => p.key === provinceKey(values.province as string))
            : undefined;
        const city = typeof values.city === 'string' ? values.city.trim() : '';
        if (province === undefined || city === '') {
          io.err(
            typeof values.province === 'string' && province === undefined
              ? `parkzero new: "${values.province}" is not a province ParkZero knows (e.g. Sichuan, 四川, Gansu, 甘肃)`
              : 'parkzero new: a blank park needs its location, which its climate, grid factors and tariff follow: add --province NAME --city NAME (e.g. --province 甘肃 --city 张掖)',
          );
          return 2;
        }
        location = { province: province.en, city, grid_region: province.region };
      }
      const plan =
        location !== null
          ? blankPlan(typeof values.name === 'string' ? values.name : 'New park', undefined, location)
          : (await import('../host.ts')).loadSamplePlan(sample);
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

  import: {
    positionals: ['plan.json'],
    options: { output: { type: 'string', short: 'o' } },
    async run([jsonFile], values, io) {
      const output = requireOutput(values, 'import', io);
      if (output === null) return 2;
      const plan = readPlanJson(jsonFile!);
      // Importing over an existing project replaces it atomically (temp file + rename).
      writePlanFile(output, plan, { overwrite: true });
      io.out(
        `imported ${jsonFile} into ${output} (${plan.park.name}: ${plan.consumers.length} consumers, ${plan.scenarios.length} scenarios)`,
      );
      return 0;
    },
  },

  export: {
    positionals: ['file'],
    options: { output: { type: 'string', short: 'o' } },
    async run([file], values, io) {
      const output = requireOutput(values, 'export', io);
      if (output === null) return 2;
      const plan = readPlanFile(file!);
      writeTextFileAtomically(output, planJson(plan));
      io.out(`exported ${file} to ${output}`);
      return 0;
    },
  },

  run: {
    positionals: ['file'],
    options: {
      scenario: { type: 'string', multiple: true },
      format: { type: 'string', default: 'table' },
      output: { type: 'string', short: 'o' },
      hourly: { type: 'string' },
    },
    async run([file], values, io) {
      if (values.hourly !== undefined) return runHourly(file!, values, io);
      const format = values.format;
      if (format !== 'table' && format !== 'json') {
        io.err(`parkzero run: --format must be "table" or "json", got "${String(format)}"`);
        return 2;
      }
      const plan = readPlanFile(file!);
      const wanted = (values.scenario as unknown as string[] | undefined) ?? [];
      // Only the scenarios asked for are computed (with their parents, without the parents' MAC).
      const ids = wanted.length === 0 ? undefined : [...new Set(wanted.map((w) => findScenario(plan, w).id))];
      const results = runPlan(plan, {}, ids);
      const text = format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : `${formatPlanResultsTable(results)}\n`;
      if (typeof values.output === 'string') {
        writeTextFileAtomically(values.output, text);
        io.out(`wrote ${format} results for ${results.scenarios.length} scenario(s) to ${values.output}`);
      } else {
        io.out(text.trimEnd());
      }
      return 0;
    },
  },

  report: {
    positionals: ['file'],
    options: {
      format: { type: 'string' },
      lang: { type: 'string', default: 'zh' },
      scenario: { type: 'string', multiple: true },
      output: { type: 'string', short: 'o' },
      /** The cover's date (YYYY-MM-DD), for reproducible reports; today by default. */
      date: { type: 'string' },
      /** Monte Carlo runs of the uncertainty section (plans with uncertain inputs); 0 leaves it out. */
      'risk-runs': { type: 'string' },
    },
    async run([file], values, io) {
      const output = requireOutput(values, 'report', io);
      if (output === null) return 2;
      const { generateReport, isoDay, LANGS, REPORT_FORMATS } = await import('../reports/index.ts');
      // The output's extension picks the format ("-o plan.xlsx" needs no --format); an unknown
      // extension or a --format that contradicts it is refused, never written under a wrong name.
      const chosen = chooseOutputFormat<ReportFormat>(
        Object.fromEntries(REPORT_FORMATS.map((f) => [f, f])) as Record<ReportFormat, string>,
        values.format,
        output,
        'pdf',
      );
      if (!chosen.ok) {
        io.err(`parkzero report: ${chosen.message}`);
        return 2;
      }
      const format = chosen.format;
      if (!LANGS.includes(values.lang as Lang)) {
        io.err(`parkzero report: --lang must be "zh" or "en", got "${String(values.lang)}"`);
        return 2;
      }
      const date = typeof values.date === 'string' ? values.date : isoDay(new Date());
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        io.err(`parkzero report: --date must be YYYY-MM-DD, got "${date}"`);
        return 2;
      }
      const riskRuns = values['risk-runs'] === undefined ? undefined : Number(values['risk-runs']);
      if (riskRuns !== undefined && (!Number.isInteger(riskRuns) || riskRuns < 0 || riskRuns > 100_000)) {
        io.err(`parkzero report: --risk-runs must be a whole number from 0 to 100000, got "${String(values['risk-runs'])}"`);
        return 2;
      }
      const plan = readPlanFile(file!);
      const report = await generateReport({
        plan,
        format: format as ReportFormat,
        lang: values.lang as Lang,
        scenarioIds: (values.scenario as unknown as string[] | undefined) ?? [],
        date,
        appVersion: appVersion(),
        ...(riskRuns === undefined ? {} : { uncertaintyRuns: riskRuns }),
      });
      writeTextFileAtomically(output, report.bytes);
      const pages = report.pages === null ? '' : `${report.pages} pages, `;
      io.out(
        `wrote ${format} report (${pages}${Math.round(report.bytes.length / 1024)} KB) for ${report.scenarioIds.length} scenario(s) to ${output}`,
      );
      return 0;
    },
  },

  serve: {
    positionals: [],
    options: { port: { type: 'string' }, sample: { type: 'boolean' }, open: { type: 'string' }, root: { type: 'string' } },
    async run(_positionals, values, io) {
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.err(`parkzero serve: --port must be an integer 0-65535, got "${String(values.port)}"`);
        return 2;
      }
      const open =
        typeof values.open === 'string' ? { path: values.open } : values.sample ? { sample: true as const } : undefined;
      const root = serveRoot(values);
      if (root === null) {
        io.err('parkzero serve: there is no home folder to serve from; name the project folder with --root DIR');
        return 2;
      }
      const { startBrowserHost } = await import('../browser-host/server.ts');
      const host = await startBrowserHost({ port, workDir: defaultDataDir(), root, ...(open ? { open } : {}) });
      io.out(`ParkZero is running at ${host.url}`);
      io.out(`Project folder: ${root} (the app reads and writes files only inside it)`);
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

  ...reviewCommands,
  ...seriesCommands,
  ...optimiseCommands,
  ...uncertaintyCommands,
  ...portfolioCommands,
};

/**
 * `parkzero run FILE --scenario ID --hourly YEAR [-o hours.csv]`: the hourly dispatch of one
 * scenario and year as CSV (header + 8760 rows), to a file or to stdout.
 */
function runHourly(file: string, values: Values, io: CliIo): number {
  const text = String(values.hourly);
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(year)) {
    io.err(`parkzero run: --hourly needs a year such as 2030, got "${text}"`);
    return 2;
  }
  const wanted = (values.scenario as unknown as string[] | undefined) ?? [];
  if (wanted.length !== 1) {
    io.err(`parkzero run: --hourly needs exactly one --scenario ID (got ${wanted.length}); the hourly series is per scenario`);
    return 2;
  }
  if (values.format !== undefined && values.format !== 'table' && values.format !== 'csv') {
    io.err(`parkzero run: --hourly writes CSV; --format ${String(values.format)} does not apply`);
    return 2;
  }
  const plan = readPlanFile(file);
  const scenario = findScenario(plan, wanted[0]!);
  const hours = runScenarioHourly(plan, scenario.id, year);
  const csv = hourlySeriesCsv(hours);
  if (typeof values.output === 'string') {
    writeTextFileAtomically(values.output, csv);
    const e = hours.electricity;
    io.out(
      `wrote ${hours.series.load_mw.length} hours of ${scenario.id} in ${year} to ${values.output} ` +
        `(import ${Math.round(e.grid_import_mwh)} MWh, self-consumed ${Math.round(e.self_consumed_mwh)} MWh, exported ${Math.round(e.exported_mwh)} MWh, curtailed ${Math.round(e.curtailed_mwh)} MWh)`,
    );
  } else io.out(csv.trimEnd());
  return 0;
}

/**
 * The browser host's project folder: --root, else the folder of the --open file, else the
 * user's Documents folder, else (a fresh machine or a server account has none) the home folder
 * itself: the path policy refuses every dot-folder and dot-file, so ~/.ssh and ~/.bashrc stay
 * out of reach either way. Requests from the page reach only files inside it (path-policy.ts).
 */
function serveRoot(values: Values): string | null {
  if (typeof values.root === 'string' && values.root.length > 0) return resolve(values.root);
  if (typeof values.open === 'string') return dirname(resolve(values.open));
  const documents = join(homedir(), 'Documents');
  if (existsSync(documents)) return documents;
  return existsSync(homedir()) ? homedir() : null;
}

function requireOutput(values: Values, command: string, io: CliIo): string | null {
  if (typeof values.output === 'string' && values.output.length > 0) return values.output;
  io.err(`parkzero ${command}: -o OUTPUT is required`);
  return null;
}

/** Reads and validates a plan JSON file; every problem is reported with its JSON path. */
function readPlanJson(file: string): Plan {
  // Bounded, regular files only (a FIFO once hung `import`), valid UTF-8 only; a leading
  // byte-order mark (Windows editors add one) is dropped rather than refused.
  const text = readSmallTextFile(file, { what: 'plan JSON', maxBytes: READ_LIMITS.planJson });
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new ParkZeroError('PLAN_INVALID', `${file}: cannot read the plan JSON: ${(error as Error).message}`);
  }
  const checked = checkPlan(input);
  if (!checked.ok) {
    const { issues } = checked;
    const lines = issues.slice(0, 50).map((i) => `${i.path}: ${i.message}`);
    const more = issues.length > 50 ? `\n(and ${issues.length - 50} more)` : '';
    throw new ParkZeroError(
      'PLAN_INVALID',
      `${file}: ${issues.length} problem(s), nothing was written:\n${lines.join('\n')}${more}`,
      issues,
    );
  }
  return checked.plan;
}

/** A scenario by id or by name; an unknown one is an error listing the plan's scenarios. */
function findScenario(plan: Plan, w: string): Plan['scenarios'][number] {
  const found = plan.scenarios.find((s) => s.id === w || s.name === w);
  if (found) return found;
  const known = plan.scenarios.map((s) => `${s.id} ("${s.name}")`).join(', ');
  throw new ParkZeroError('NOT_FOUND', `no scenario "${w}"; the plan has ${known}`);
}
