import crypto from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSamplePlan } from '../electron/host/host.ts';
import { writePlanFile } from '../electron/host/store/index.ts';
import { sidecarPath, signPlan } from '../electron/host/signing/signatures.ts';
import { checkPlanOrThrow } from '../core/engine/validate.ts';
import type { Plan } from '../core/model/plan.ts';

/**
 * The portfolio's "done when" folder (issue 15), for its test and its benchmark: for each
 * bundled sample, `copies` project files each with its own edits (name, coal use scaled, the
 * scenario marked as submitted, the report's choice, a signature), plus one hostile file that
 * is not a project at all. Returns the files written.
 */
export function writePortfolioFolder(dir: string, copies = 10): { parks: string[]; hostile: string } {
  const parks: string[] = [];
  const key = crypto.generateKeyPairSync('ed25519').privateKey;
  for (const sample of ['suining', 'zhangye'] as const) {
    const base = loadSamplePlan(sample);
    for (let k = 1; k <= copies; k++) {
      const plan = editedCopy(base, k);
      const file = join(dir, `${sample}-${String(k).padStart(2, '0')}.parkzero`);
      writePlanFile(file, plan, { overwrite: false });
      // Every fourth copy is signed by its consultant; the portfolio lists the signature's state.
      if (k % 4 === 1)
        signPlan(plan, { key, signer: '规划咨询单位', now: new Date('2026-01-01T00:00:00Z'), sidecar: sidecarPath(file) });
      parks.push(file);
    }
  }
  const hostile = join(dir, 'hostile.parkzero');
  // Bytes that look like nothing: not SQLite, so the store refuses the file before opening it.
  writeFileSync(hostile, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
  return { parks, hostile };
}

/** Copy `k` of a sample: its own name, coal use scaled down by k x 3%, and a plan choice by k. */
function editedCopy(base: Plan, k: number): Plan {
  const plan = structuredClone(base);
  plan.park.name = `${base.park.name} ${k}`;
  if (plan.park.name_zh !== undefined) plan.park.name_zh = `${plan.park.name_zh} ${k} 号`;
  if (plan.park.name_en !== undefined) plan.park.name_en = `${plan.park.name_en} no. ${k}`;
  for (const c of plan.consumers) c.energy.coal_t = Math.round(c.energy.coal_t * (1 - 0.03 * k));
  const leaves = plan.scenarios.filter((s) => !plan.scenarios.some((c) => c.parent_id === s.id));
  if (k % 3 === 1) leaves[0]!.submitted_plan = true;
  else if (k % 3 === 2)
    plan.report = {
      ...(plan.report ?? { organisation: '', client: '', version: '', status: 'draft', texts: [] }),
      recommended_scenario_id: plan.scenarios[0]!.id,
    };
  return checkPlanOrThrow(plan);
}
