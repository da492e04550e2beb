import { chooseOutputFormat } from '../cli/output-format.ts';
import type { CliIo, Command } from '../cli/commands.ts';
import { EngineWorkerPool } from '../engine/worker-pool.ts';
import { writeTextFileAtomically } from '../text-file.ts';
import {
  PORTFOLIO_TEXT,
  aggregatePathway,
  cellText,
  refusalText,
  refusedColumns,
  rowColumns,
} from '../../../core/portfolio/index.ts';
import type { Portfolio, PortfolioColumn } from '../../../core/portfolio/index.ts';
import type { Lang } from '../../../core/text/names.ts';
import { evaluatePortfolio } from './evaluate.ts';
import fs from 'node:fs';
import { ParkZeroError } from '../../../core/api/result.ts';
import type { EditPatch } from '../../../core/api/contract.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { ProjectStore } from '../store/index.ts';
import { makeScratchDir } from '../store/scratch.ts';

type Format = 'table' | 'json' | 'xlsx' | 'pdf';
const FORMATS: Record<Format, string> = { table: 'txt', json: 'json', xlsx: 'xlsx', pdf: 'pdf' };

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! > 0x2e80 ? 2 : 1;
  return w;
}

function textTable<R>(columns: PortfolioColumn<R>[], rows: readonly R[]): string[] {
  const cells = [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => cellText(c.kind, c.value(r))))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => width(row[i]!))));
  return cells.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - width(cell));
        return columns[i]!.kind === 'text' ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** The portfolio as printed: the parks, the files not read with why, one summary line. */
export function portfolioText(p: Portfolio, lang: Lang): string[] {
  const T = PORTFOLIO_TEXT[lang];
  const lines = [T.title, ...textTable(rowColumns(lang, 'compact'), p.rows), T.compactUnits, T.choiceFootnote];
  if (p.refused.length > 0) lines.push('', T.refused, ...textTable(refusedColumns(lang), p.refused));
  lines.push('', T.summary(p.rows.length, p.refused.length));
  for (const f of p.empty_folders ?? []) lines.push(T.emptyFolder(f.folder));
  return lines;
}

/** The portfolio as JSON: rows, refused files (reason in both languages) and the summed pathway. */
export function portfolioJson(p: Portfolio): string {
  return `${JSON.stringify(
    {
      format: 'parkzero-portfolio',
      format_version: 1,
      rows: p.rows,
      refused: p.refused.map((r) => ({ ...r, reason_zh: refusalText(r, 'zh') })),
      empty_folders: p.empty_folders ?? [],
      aggregate: aggregatePathway(p.rows),
    },
    null,
    2,
  )}\n`;
}

function usage(io: CliIo, message: string, command = 'portfolio'): number {
  io.err(`parkzero ${command}: ${message}`);
  return 2;
}

/** Patches that leave `id` (or, for null, no scenario) marked as the submitted plan. */
export function submittedPlanPatches(plan: Plan, id: string | null): EditPatch[] {
  const patches: EditPatch[] = [];
  plan.scenarios.forEach((s, i) => {
    const want = s.id === id;
    if (s.submitted_plan === true && !want) patches.push({ op: 'remove', path: ['scenarios', i, 'submitted_plan'] });
    if (s.submitted_plan !== true && want) patches.push({ op: 'add', path: ['scenarios', i, 'submitted_plan'], value: true });
  });
  return patches;
}

/** Marks the submitted plan in a project file: an ordinary edit (change log) saved atomically. */
function markSubmitted(file: string, wanted: string | null): { plan: Plan; changed: boolean } {
  const workDir = makeScratchDir('submit');
  const store = new ProjectStore({ workDir });
  try {
    const project = store.open(file, { mode: 'edit' });
    if (project.readOnly) throw new ParkZeroError('READ_ONLY', `cannot edit: ${project.readOnlyMessage ?? file}`);
    const plan = project.plan();
    let id: string | null = null;
    if (wanted !== null) {
      const found = plan.scenarios.find((s) => s.id === wanted || s.name === wanted);
      if (!found) {
        const known = plan.scenarios.map((s) => `${s.id} ("${s.name}")`).join(', ');
        throw new ParkZeroError('NOT_FOUND', `no scenario "${wanted}"; the plan has ${known}`);
      }
      id = found.id;
    }
    const patches = submittedPlanPatches(plan, id);
    if (patches.length === 0) return { plan, changed: false };
    project.edit(patches, id === null ? 'Unmark the submitted plan' : `Mark ${id} as the submitted plan`, project.revision);
    project.save();
    return { plan: project.plan(), changed: true };
  } finally {
    store.closeAll();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

export const portfolioCommands: Record<string, Command> = {
  submit: {
    positionals: ['file'],
    options: { scenario: { type: 'string' }, none: { type: 'boolean' } },
    async run([file], values, io) {
      const scenario = typeof values.scenario === 'string' && values.scenario !== '' ? values.scenario : null;
      if ((scenario === null) === (values.none !== true))
        return usage(io, 'give --scenario ID|NAME (the scenario this park submits as its plan) or --none, one of them', 'submit');
      const { plan, changed } = markSubmitted(file!, scenario);
      const marked = plan.scenarios.find((s) => s.submitted_plan === true);
      io.out(
        `${file}: ${marked === undefined ? 'no scenario is marked as the submitted plan' : `the submitted plan is ${marked.id} ("${marked.name}")`}${changed ? '' : ' (unchanged)'}`,
      );
      return 0;
    },
  },
  portfolio: {
    positionals: ['dir'],
    maxPositionals: 1000,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string' },
      lang: { type: 'string', default: 'zh' },
      /** The PDF's date (YYYY-MM-DD), for reproducible files; today by default. */
      date: { type: 'string' },
      workers: { type: 'string' },
    },
    async run(inputs, values, io) {
      const output = typeof values.output === 'string' && values.output !== '' ? values.output : null;
      const chosen = chooseOutputFormat<Format>(FORMATS, values.format, output, 'table');
      if (!chosen.ok) return usage(io, chosen.message);
      const lang = values.lang;
      if (lang !== 'zh' && lang !== 'en') return usage(io, `--lang must be "zh" or "en", got "${String(lang)}"`);
      const date = typeof values.date === 'string' ? values.date : new Date().toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return usage(io, `--date must be YYYY-MM-DD, got "${date}"`);
      const workers = values.workers === undefined ? 2 : Number(values.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 16) return usage(io, '--workers must be 1 to 16');
      const pool = new EngineWorkerPool(workers);
      let portfolio: Portfolio;
      try {
        portfolio = await evaluatePortfolio(inputs, { pool });
      } finally {
        await pool.close();
      }
      const format = chosen.format;
      if (format === 'table') {
        const lines = portfolioText(portfolio, lang);
        if (output === null) for (const line of lines) io.out(line);
        else writeTextFileAtomically(output, `${lines.join('\n')}\n`);
      } else if (format === 'json') {
        const text = portfolioJson(portfolio);
        if (output === null) io.out(text.trimEnd());
        else writeTextFileAtomically(output, text);
      } else {
        if (output === null) return usage(io, `${format} needs -o FILE.${FORMATS[format]}`);
        const bytes =
          format === 'xlsx'
            ? await (await import('./workbook.ts')).portfolioWorkbook(portfolio, lang)
            : await (await import('./pdf.ts')).portfolioPdf(portfolio, lang, date);
        writeTextFileAtomically(output, bytes);
      }
      if (output !== null)
        io.out(
          `wrote the portfolio of ${portfolio.rows.length} park(s), ${portfolio.refused.length} file(s) not read, to ${output}`,
        );
      return 0;
    },
  },
};
