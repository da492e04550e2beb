import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlanOrThrow, runScenario } from '../../../core/engine/index.ts';
import { localName, type NamedEntity } from '../../../core/text/names.ts';
import { warningPlace } from '../../../renderer/src/results/warning-place.ts';

const plan = parsePlanOrThrow(
  JSON.parse(readFileSync(new URL('../../../resources/samples/suining.plan.json', import.meta.url), 'utf8')),
);
const zh = (e: NamedEntity) => localName(e, 'zh').text;
const en = (e: NamedEntity) => localName(e, 'en').text;
const WORDS = { park: '园区', settings: '情景设置', factors: '因子库', plan: '方案' };

describe('where a warning points, in the plan’s names', () => {
  it('names scenario and measure, enterprise, settings and park instead of the path', () => {
    const nearZero = plan.scenarios.findIndex((s) => s.id === 'near-zero');
    const scenario = plan.scenarios[nearZero]!;
    expect(warningPlace(plan, `scenarios[${nearZero}].measures[0].lifetime_years`, zh, WORDS)).toBe(
      `${scenario.name_zh} › ${scenario.measures[0]!.name_zh}`,
    );
    expect(warningPlace(plan, `scenarios[${nearZero}].measures[0].params.capacity_kw`, en, WORDS)).toBe(
      `${scenario.name_en} › ${scenario.measures[0]!.name_en}`,
    );
    expect(warningPlace(plan, `scenarios[${nearZero}].settings.export_limit_kw`, zh, WORDS)).toBe(
      `${scenario.name_zh} › 情景设置`,
    );
    expect(warningPlace(plan, 'consumers[2].energy.coal_t', en, WORDS)).toBe(plan.consumers[2]!.name_en);
    expect(warningPlace(plan, 'park.city', zh, WORDS)).toBe('园区');
    // Paths the plan's names cannot say, or that point past its lists, say "the plan".
    expect(warningPlace(plan, '(root)', zh, WORDS)).toBe('方案');
    expect(warningPlace(plan, 'scenarios[99].settings', zh, WORDS)).toBe('方案');
    expect(warningPlace(plan, 'factor_overrides', zh, WORDS)).toBe('因子库');
    expect(warningPlace(plan, 'cost_overrides[0].value', zh, WORDS)).toBe('因子库');
    expect(warningPlace(plan, 'carbon_markets[0]', zh, WORDS)).toBe('方案');
  });

  it('says every warning of the sample without a path or a Latin word in Chinese', () => {
    for (const s of plan.scenarios)
      for (const w of runScenario(plan, s.id).warnings) {
        const place = warningPlace(plan, w.path, zh, WORDS);
        expect(place, w.path).not.toMatch(/[A-Za-z[\]]/);
        expect(place, w.path).not.toBe('方案');
      }
  });
});
