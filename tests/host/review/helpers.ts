import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../../electron/host/cli/main.ts';
import { parsePlan, type Plan } from '../../../core/model/plan.ts';

export const SAMPLE_JSON = path.resolve('tests/fixtures/sample-park-2024.plan.json');

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pz-review-'));
}

/** Runs the CLI in-process and collects its output. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The sample park imported into DIR/name with `parkzero import`, as a reviewer would receive it. */
export async function importedSample(dir: string, name = 'sample.parkzero'): Promise<string> {
  const file = path.join(dir, name);
  const r = await cli('import', SAMPLE_JSON, '-o', file);
  if (r.code !== 0) throw new Error(r.err);
  return file;
}

/** Writes a modified copy of the sample JSON and imports it. */
export async function importedModified(dir: string, change: (plan: Plan) => void, name = 'modified.parkzero'): Promise<string> {
  // Parsed first, so every default is filled in and the callback edits a full Plan.
  const parsed = parsePlan(JSON.parse(fs.readFileSync(SAMPLE_JSON, 'utf8')));
  if (!parsed.ok) throw new Error('the sample is invalid');
  const plan = structuredClone(parsed.plan);
  change(plan);
  const json = path.join(dir, `${name}.json`);
  fs.writeFileSync(json, JSON.stringify(plan));
  const file = path.join(dir, name);
  const r = await cli('import', json, '-o', file);
  if (r.code !== 0) throw new Error(r.err);
  return file;
}
