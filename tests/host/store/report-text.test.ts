import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../electron/host/store/index.ts';
import { checkPlanOrThrow } from '../../../core/engine/validate.ts';
import { planFingerprint } from '../../../core/fingerprint/index.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { smallPlan } from './fixtures/plans.ts';
import { tempDir } from './helpers.ts';

/** The report's cover details and narrative (plan.report) and a measure's responsible party, in the project file (schema v6). */

const REPORT = {
  organisation: '四川省某规划设计研究院',
  client: '遂宁绿园工业园区管委会',
  version: 'V1.2',
  status: 'draft' as const,
  recommended_scenario_id: null,
  texts: [
    { chapter: 'basis' as const, lang: 'zh' as const, body: '《中华人民共和国节约能源法》\n\n《工业领域碳达峰实施方案》' },
    { chapter: 'safeguards' as const, lang: 'en' as const, body: 'A steering group meets every quarter.' },
  ],
};

function roundTrip(plan: Plan): Plan {
  const dir = tempDir();
  const store = new ProjectStore({ workDir: path.join(dir, 'working') });
  try {
    const file = path.join(dir, 'r.parkzero');
    store.create(file, plan, { overwrite: false }).close();
    const again = store.open(file, { mode: 'review' });
    const read = again.plan();
    again.close();
    return read;
  } finally {
    store.closeAll();
  }
}

describe('report text in the project file', () => {
  it('round-trips the cover details, the narrative and a responsible party, and stays absent when never set', () => {
    const base = checkPlanOrThrow(smallPlan());
    base.scenarios[0]!.measures[0]!.responsible_party = '园区管委会经发局';
    const plan = checkPlanOrThrow({ ...base, report: REPORT });
    const read = roundTrip(plan);
    expect(read.report).toEqual(plan.report);
    expect(read.scenarios[0]!.measures[0]!.responsible_party).toBe('园区管委会经发局');
    expect(planFingerprint(read)).toBe(planFingerprint(plan));

    const none = checkPlanOrThrow(smallPlan());
    const readNone = roundTrip(none);
    expect('report' in readNone).toBe(false);
    expect('responsible_party' in readNone.scenarios[0]!.measures[0]!).toBe(false);
    expect(planFingerprint(readNone)).toBe(planFingerprint(none));
  });

  it('is edited with plan patches like any section, and a second text for the same chapter and language is refused', () => {
    const dir = tempDir();
    const store = new ProjectStore({ workDir: path.join(dir, 'working') });
    try {
      const project = store.create(path.join(dir, 'e.parkzero'), checkPlanOrThrow(smallPlan()), { overwrite: false });
      project.edit([{ op: 'add', path: ['report'], value: REPORT }], 'Write the report text', 0);
      expect(project.plan().report?.texts.map((x) => x.chapter)).toEqual(['basis', 'safeguards']);
      expect(() =>
        project.edit(
          [{ op: 'add', path: ['report', 'texts', 2], value: { chapter: 'basis', lang: 'zh', body: 'again' } }],
          'Duplicate',
          1,
        ),
      ).toThrow(/a second zh text for chapter "basis"/);
      expect(() =>
        project.edit([{ op: 'replace', path: ['report', 'recommended_scenario_id'], value: 'gone' }], 'Recommend', 1),
      ).toThrow(/unknown scenario "gone"/);
      expect(project.plan().report?.texts.length).toBe(2);
    } finally {
      store.closeAll();
    }
  });
});
