import path from 'node:path';
import { ParkZeroError } from '../../../core/api/result.ts';
import type { ScenarioResult } from '../../../core/engine/index.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { portfolioRow, recommendPlan, submittedScenario } from '../../../core/portfolio/index.ts';
import type { Portfolio, PortfolioRow, RefusedFile, SignatureState } from '../../../core/portfolio/index.ts';
import type { EngineWorkerPool } from '../engine/worker-pool.ts';
import { listSignatures, sidecarPath } from '../signing/signatures.ts';
import { readPlanFile } from '../store/index.ts';
import { portfolioFiles } from './files.ts';

/**
 * Evaluates a portfolio: each file is read through the store's untrusted-open pipeline
 * (readPlanFile: header, size, schema, integrity and plan checks on a private copy, so the
 * original is never opened by SQLite and stays byte-identical), then its shown scenario runs on
 * the engine worker pool. Files are read one after the other on this thread while the workers
 * compute the parks already read. A file that fails anywhere becomes a refused row; the others
 * go on.
 */

export interface PortfolioProgress {
  /** Files finished (read and computed, or refused) of all files. */
  done: number;
  total: number;
}

export interface EvaluateOptions {
  pool: EngineWorkerPool;
  onProgress?: (progress: PortfolioProgress) => void;
  /** Polled between files: true stops reading more and ends the run with CANCELLED. */
  cancelled?: () => boolean;
}

export async function evaluatePortfolio(inputs: readonly string[], options: EvaluateOptions): Promise<Portfolio> {
  const { files, refused: unlisted, emptyFolders } = portfolioFiles(inputs);
  const total = files.length + unlisted.length;
  let done = unlisted.length;
  const tick = () => options.onProgress?.({ done, total });
  tick();
  const outcomes: Promise<PortfolioRow | RefusedFile>[] = [];
  for (const file of files) {
    if (options.cancelled?.()) throw new ParkZeroError('CANCELLED', 'the portfolio was cancelled');
    let outcome: Promise<PortfolioRow | RefusedFile>;
    try {
      const plan = readPlanFile(file);
      outcome = parkRow(file, plan, options.pool).catch((e: unknown) => refusal(file, e));
    } catch (e) {
      outcome = Promise.resolve(refusal(file, e));
    }
    outcomes.push(
      outcome.then((x) => {
        done += 1;
        tick();
        return x;
      }),
    );
    // Let finished runs report progress between synchronous file reads.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const settled = await Promise.all(outcomes);
  if (options.cancelled?.()) throw new ParkZeroError('CANCELLED', 'the portfolio was cancelled');
  const rows = settled.filter((x): x is PortfolioRow => 'park' in x);
  const refused = [...unlisted, ...settled.filter((x): x is RefusedFile => !('park' in x))];
  return { rows, refused, empty_folders: emptyFolders };
}

async function parkRow(file: string, plan: Plan, pool: EngineWorkerPool): Promise<PortfolioRow> {
  const picked = submittedScenario(plan);
  // Without a marked or chosen scenario the report's rule needs every scenario's results.
  const ids = picked === null ? plan.scenarios.map((s) => s.id) : [picked.id];
  // The table shows no figure against a parent scenario, so each pathway runs alone.
  const results = await pool.run({ plan, scenarioIds: ids, mac: false, compareParent: false });
  const result: ScenarioResult = picked === null ? recommendPlan(results) : results[0]!;
  const fingerprint = planFingerprint(plan);
  return portfolioRow(plan, result, picked?.choice ?? 'recommended', {
    file: path.basename(file),
    path: file,
    fingerprint,
    ...signatureState(file, fingerprint),
  });
}

/**
 * The signature file beside the project, listed without a key (safe-read: bounded, no FIFO or
 * device). `signed` only says its newest signature names this fingerprint; verifying is `parkzero verify`.
 */
function signatureState(file: string, fingerprint: string): { signature: SignatureState; signers: string[] } {
  const listed = listSignatures(sidecarPath(file));
  const signers = [...new Set(listed.signatures.map((s) => s.signer))];
  if (listed.state === 'broken') return { signature: 'broken', signers };
  const newest = listed.signatures.at(-1);
  if (newest === undefined) return { signature: 'unsigned', signers: [] };
  return { signature: newest.fingerprint === fingerprint ? 'signed' : 'changed', signers };
}

function refusal(file: string, e: unknown): RefusedFile {
  const base = { file: path.basename(file), path: file };
  if (e instanceof ParkZeroError)
    return { ...base, code: e.code, message: e.message, ...(e.reason === undefined ? {} : { reason: e.reason }) };
  return { ...base, code: 'INTERNAL', message: `${JSON.stringify(file)}: ${e instanceof Error ? e.message : String(e)}` };
}
