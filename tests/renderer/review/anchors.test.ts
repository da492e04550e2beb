import { describe, expect, it } from 'vitest';
import { anchorName, anchorOptions } from '../../../renderer/src/screens/review/anchors.ts';
import { bilingualSamplePlan } from '../../fixtures/bilingual-sample.ts';

describe("comments' anchors", () => {
  it('are named in the reader’s language', () => {
    const plan = bilingualSamplePlan();
    expect(anchorName(plan, { kind: 'park', ref: null, year: null }, 'zh')).toBe('遂宁绿园工业园（示例）');
    expect(anchorName(plan, { kind: 'consumer', ref: 'pcb', year: null }, 'zh')).toBe('印制电路板厂');
    expect(anchorName(plan, { kind: 'consumer', ref: 'pcb', year: null }, 'en')).toBe('Printed circuit board plant');
    expect(anchorOptions(plan, 'measure', 'zh')[0]!.label).toBe('厂房屋顶光伏 (清洁能源转型情景)');
    expect(anchorName(plan, { kind: 'target', ref: 'gone', year: null }, 'zh')).toBeNull();
  });

  it('fall back to the other language when a name is missing, and to the primary name without a language', () => {
    const plan = bilingualSamplePlan();
    delete plan.targets[0]!.name_zh;
    expect(anchorName(plan, { kind: 'target', ref: plan.targets[0]!.id, year: null }, 'zh')).toBe(plan.targets[0]!.name_en);
    expect(anchorName(plan, { kind: 'scenario', ref: 'near-zero', year: null })).toBe('Near-zero-carbon park');
  });
});
