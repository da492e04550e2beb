import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { Plan } from '../../../core/model/plan.ts';
import { TARGET_INDICATORS } from '../../../core/model/targets.ts';
import { TARGET_TEMPLATES } from '../../../core/engine/templates.ts';
import {
  addPathPoint,
  addTargets,
  customTarget,
  indicatorInfo,
  nextPathPoint,
  pathPointProblem,
  removePathPoint,
  setPathPoint,
  setTargetSource,
  templatePreview,
  templateTextKey,
} from '../../../renderer/src/screens/targets/target-edits.ts';
import { en } from '../../../renderer/src/i18n/en.ts';
import { zhCN } from '../../../renderer/src/i18n/zh-CN.ts';
import { samplePlan } from '../support/fake-host.ts';

describe('indicator units', () => {
  it('come from the engine’s definitions; fractions are edited as %', () => {
    expect(indicatorInfo('coal_t', 'equivalent')).toEqual({ unit: 't', scale: 1, methodDependent: false });
    expect(indicatorInfo('non_fossil_share', 'coal_method')).toEqual({ unit: 'percent', scale: 100, methodDependent: true });
    expect(indicatorInfo('co2_per_tce', 'equivalent').unit).toBe('tco2_per_tce');
    for (const k of TARGET_INDICATORS)
      for (const m of ['equivalent', 'coal_method'] as const) {
        const info = indicatorInfo(k, m);
        expect(en.targets.unit[info.unit], `${k} ${m}`).toBeTruthy();
      }
  });
});

describe('templates', () => {
  const plan = samplePlan();

  it('add every instantiated target as one valid edit, with ids unique against the plan', () => {
    for (const tpl of TARGET_TEMPLATES) {
      const preview = templatePreview(plan, tpl.id);
      expect(preview.targets.length).toBeGreaterThan(0);
      const next = produce(plan, addTargets(preview.targets));
      expect(Plan.safeParse(next).success).toBe(true);
      expect(next.targets).toHaveLength(plan.targets.length + preview.targets.length);
      expect(next.targets.slice(-preview.targets.length).every((t) => t.template === tpl.id)).toBe(true);
      // Adding the same set again makes copies with fresh ids, still a valid plan.
      const again = produce(next, addTargets(templatePreview(next, tpl.id).targets));
      expect(Plan.safeParse(again).success).toBe(true);
    }
  });

  it('check from the year asked for', () => {
    const preview = templatePreview(plan, 'provincial-near-zero-carbon-park', 2035);
    expect(preview.targets.every((t) => t.kind === 'limit' && t.path[0]!.year === 2035)).toBe(true);
  });

  it('have every note and not-modelled indicator in both languages', () => {
    for (const tpl of TARGET_TEMPLATES) {
      expect(en.targets.template.name[tpl.id as keyof typeof en.targets.template.name]).toBeTruthy();
      expect(zhCN.targets.template.name[tpl.id as keyof typeof zhCN.targets.template.name]).toBeTruthy();
      const preview = templatePreview(plan, tpl.id);
      for (const text of [...preview.notes, ...preview.not_modelled]) expect(templateTextKey(text), text).not.toBeNull();
    }
    expect(templateTextKey('Targets are checked from 2030 on.')).toEqual({
      key: 'targets.template.text.checkedFrom',
      params: { year: '2030' },
    });
  });
});

describe('year paths', () => {
  const plan = samplePlan();
  const cap = () => plan.targets.find((t) => t.id === 'coal-cap')!;

  it('keep years in order when one is changed, and refuse a year already used', () => {
    const next = produce(plan, setPathPoint('coal-cap', 0, { year: 2035 }));
    const t = next.targets.find((x) => x.id === 'coal-cap')!;
    expect(t.kind === 'limit' && t.path.map((p) => p.year)).toEqual([2030, 2035, 2040]);
    expect(Plan.safeParse(next).success).toBe(true);
    expect(pathPointProblem(cap(), 0, 2030)).toBe('year_taken');
    expect(pathPointProblem(cap(), 0, 2026)).toBeNull();
  });

  it('add a point five years on (within the horizon) and never remove the last one', () => {
    expect(nextPathPoint(cap(), 2060)).toEqual({ year: 2045, value: 40_000 });
    expect(nextPathPoint(cap(), 2042)).toEqual({ year: 2042, value: 40_000 });
    const added = produce(plan, addPathPoint('coal-cap', { year: 2045, value: 20_000 }));
    expect(added.targets.find((x) => x.id === 'coal-cap')!.kind === 'limit').toBe(true);
    let one = plan;
    for (let i = 0; i < 5; i++) one = produce(one, removePathPoint('coal-cap', 0));
    const left = one.targets.find((x) => x.id === 'coal-cap')!;
    expect(left.kind === 'limit' && left.path).toHaveLength(1);
  });
});

describe('custom targets', () => {
  it('make limits and peaks the schema accepts, and say which field is wrong', () => {
    const base = {
      id: 'target-9',
      name: 'Cap',
      indicator: 'coal_t',
      bound: 'max',
      energy_method: 'equivalent',
      year: 2030,
      value: 5,
      source: '',
    } as const;
    const limit = customTarget({ ...base, kind: 'limit' });
    expect(limit.ok && limit.target.kind === 'limit' && limit.target.path).toEqual([{ year: 2030, value: 5 }]);
    const peak = customTarget({ ...base, kind: 'peak', indicator: 'net_emissions_tco2' });
    expect(peak.ok && peak.target.kind === 'peak' && peak.target.peak_by_year).toBe(2030);
    const bad = customTarget({ ...base, kind: 'peak', indicator: 'non_fossil_share' });
    expect(!bad.ok && bad.path).toBe('indicator');
  });
});

describe("a target's source", () => {
  it("is written in the screen's language beside the primary text, which follows only when it was the text shown", () => {
    const plan = samplePlan();
    const id = plan.targets[0]!.id;
    const primary = plan.targets[0]!.source;
    const zh = produce(plan, setTargetSource(id, 'zh', '委托方要求'));
    expect(zh.targets[0]).toMatchObject({ source: primary, source_zh: '委托方要求' });
    const en = produce(zh, setTargetSource(id, 'en', 'Client brief, 2024'));
    expect(en.targets[0]).toMatchObject({
      source: 'Client brief, 2024',
      source_zh: '委托方要求',
      source_en: 'Client brief, 2024',
    });
    expect(Plan.safeParse(en).success).toBe(true);
  });
});
