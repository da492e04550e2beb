import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ParkZeroError } from '../../../core/api/result.ts';
import type { CliIo } from './commands.ts';
import { escapeControlChars } from '../../../core/text/control-chars.ts';

const USAGE = `parkzero: plan near-zero-carbon industrial parks from the command line

Usage:
  parkzero new FILE [--sample suining|zhangye] [--name NAME] [--force]
                                                       a project from a sample park (default: suining)
  parkzero new FILE --blank --province NAME --city NAME [--name NAME] [--force]
                                                       an empty park at its location (climate, grid, tariff follow it)
  parkzero validate FILE                               check a project file; exit 0 when it is sound
  parkzero info FILE                                   park name, schema version, scenarios
  parkzero run FILE [--scenario ID|NAME ...] [--format table|json] [-o OUT]
                                                       compute every year of the pathway
  parkzero run FILE --scenario ID --hourly YEAR [-o hours.csv]
                                                       one year's hourly dispatch as CSV (8760 rows)
  parkzero report FILE -o OUT [--format pdf|docx|xlsx] [--lang zh|en] [--scenario ID|NAME ...] [--date YYYY-MM-DD]
                                                       the plan document as PDF or Word, or an Excel workbook
                                                       (format from OUT's extension)
                       [--risk-runs N]                 Monte Carlo runs of the uncertainty section (default 200; 0: leave it out)
  parkzero import PLAN.json -o FILE                    a project from plan JSON (replaces FILE atomically)
  parkzero export FILE -o PLAN.json                    the plan as JSON (lossless: import gives it back)
  parkzero serve [--port N] [--sample | --open FILE] [--root DIR]   (--sample opens the Suining sample)
                                                       the local browser host on 127.0.0.1; the page reads and
                                                       writes only inside DIR (default: FILE's folder, else ~/Documents)

Review:
  parkzero fingerprint FILE                            SHA-256 of the plan content (comments excluded)
  parkzero diff A B [--format text|json] [-o OUT]      what changed from A to B, and what it did to results
  parkzero keygen --out KEYBASE [--force]              Ed25519 keys: KEYBASE.key (private) and KEYBASE.pub
  parkzero sign FILE --key KEY.key [--signer NAME]     sign the plan's fingerprint into FILE.sig.json
  parkzero verify FILE --pub KEY.pub                   exit 0 when FILE's plan carries a valid signature by KEY
  parkzero memo FILE --reviewer NAME --conclusion pass|pass_with_changes|fail [--public-key KEY.pub] [--format md|pdf] [--lang en|zh] -o OUT
                                                       the review memo: fingerprint, targets, comments

Your own hourly data:
  parkzero series FILE add --kind load --consumer ID --csv PATH [--name NAME]
  parkzero series FILE add --kind pv|wind --measure ID --csv PATH [--name NAME]
                                                       attach an 8760-row CSV series (used as a shape)
  parkzero series FILE add --weather EPW_PATH          weather for PV at the park (EPW, 8760 hours)
  parkzero series FILE list                            the project's series
  parkzero series FILE remove ID                       remove one series

Many parks:
  parkzero submit FILE --scenario ID|NAME | --none      mark the scenario the park submits as its plan (the one
                                                       the portfolio shows), or unmark it
  parkzero portfolio DIR|FILE... [-o portfolio.xlsx|.pdf|.json|.txt] [--format table|json|xlsx|pdf] [--lang zh|en]
                     [--date YYYY-MM-DD] [--workers N]
                                                       one table of many parks, each with its submitted plan (or the
                                                       report's recommended scenario): milestone indicators, targets,
                                                       fingerprint and signature; files that cannot be read are listed
                                                       with why; the parks' plans summed by year (files read-only)

Least-cost planning:
  parkzero optimise FILE --scenario ID [--name NAME] [--days N] [--period-years N] [--target ID ...]
                    [--bounds BOUNDS.json] [--format table|json] [--lang en|zh] [--write-mps MODEL.mps]
                    [--time-limit S] [--dry-run]
                                                       the cheapest sizes and years of the plan's measures (PV, wind,
                                                       storage, green power, fuel switches, efficiency, waste heat,
                                                       electrolysers, fleets, CCUS, sinks, offsets) that meet the
                                                       targets, checked by the engine and added as a child scenario;
                                                       or, when none can, what each target reaches and what limits it.
                    --bounds: the park's limits as JSON, every field optional:
                      {"import_limit_mw": 120, "export_limit_mw": 0, "max_green_share": 0.3,
                       "max_offset_tco2_per_year": 20000, "yearly_budget_cny": 5e8,
                       "candidates": {"rooftop-pv": {"area_m2": 300000}, "ferroalloy-ccus": {"max": 30000},
                                      "park-storage:energy": {"min": 20, "max": 80}}}
                      sizes in MW (PV, wind, storage power), MWh (storage energy) or the measure's own
                      unit (a share 0..1, kW, t or GJ a year, ha, vehicles)

Uncertainty (inputs: the plan's own, --inputs FILE.json, or --offered defaults):
  parkzero sensitivity FILE --scenario ID [--output npv|npv-vs-parent|emissions|margin:TARGET:YEAR|indicator:KEY:YEAR]
                       [--sweep INPUT [--steps N]] [--format table|json] [-o OUT] [--workers N]
                                                       tornado (one input at a time low/high) or a one-input sweep
  parkzero montecarlo FILE --scenario ID --runs N --seed S [--sampling lhs|random] [--workers N] [--vs-parent]
                       [-o results.json|.xlsx]        N full engine runs: percentiles, target probabilities, rank correlations
                                                       (--vs-parent: also the NPV against the parent; runs it too, ~2x slower)
  parkzero help                                        this text

Exit codes: 0 success, 1 the file or plan was refused, 2 wrong usage, 3 internal error.`;

/** Exit codes are part of the CLI's contract for scripts and CI. */
export const EXIT = { ok: 0, refused: 1, usage: 2, internal: 3 } as const;

/**
 * `parkzero run … | head` closes the pipe early: the reader wanted no more, so an EPIPE on
 * stdout ends the command quietly (exit code 0, as `cat` does under SIGPIPE), never a crash.
 */
let stdoutClosed = false;
let stdoutGuarded = false;
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stdoutClosed = true;
    process.exit(process.exitCode ?? 0);
  });
}

const defaultIo: CliIo = {
  out: (line) => {
    guardStdout();
    if (!stdoutClosed) process.stdout.write(`${line}\n`);
  },
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs one CLI invocation and returns its exit code; errors print one clear line. */
export async function main(argv: string[], rawIo: CliIo = defaultIo): Promise<number> {
  // Every line this command prints may carry text from a file someone sent (park names,
  // signer names from an unverified sidecar, messages quoting them): control characters are
  // shown as visible escapes so no file can move the cursor or recolour the terminal.
  const io: CliIo = {
    out: (line) => rawIo.out(escapeControlChars(line)),
    err: (line) => rawIo.err(escapeControlChars(line)),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  // The command table loads the engine, the store and their dependencies: `help` need not wait.
  const { commands } = await import('./commands.ts');
  const command = commands[name];
  if (!command) {
    io.err(`parkzero: unknown command "${name}"; run "parkzero help"`);
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`parkzero ${name}: ${(error as Error).message}`);
    return EXIT.usage;
  }
  const n = parsed.positionals.length;
  if (n < command.positionals.length || n > (command.maxPositionals ?? command.positionals.length)) {
    io.err(
      `parkzero ${name}: expected ${command.positionals.map((p) => p.toUpperCase()).join(' ') || 'no arguments'}; run "parkzero help"`,
    );
    return EXIT.usage;
  }
  const paths = command.pathPositionals ?? Infinity;
  const positionals = parsed.positionals.map((p, i) => (i < paths ? resolve(p) : p));
  try {
    return await command.run(positionals, parsed.values as Record<string, string | boolean | undefined>, io);
  } catch (error) {
    if (error instanceof ParkZeroError) {
      // Store messages already name the file, so the line is just the code and the message.
      io.err(`${error.code}: ${error.message}`);
      return EXIT.refused;
    }
    io.err(`parkzero ${name}: internal error: ${(error as Error).stack ?? String(error)}`);
    return EXIT.internal;
  }
}
