import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { issueLine, issuePlace, issueWhat, parseIssuePath } from '../../../renderer/src/app/plan-issue-words.ts';
import { checkPlan } from '../../../core/engine/validate.ts';
import type { PlanIssue } from '../../../core/model/plan.ts';
import { translators, type TestLanguage } from '../support/translators.ts';

/**
 * Plan issues in the screen's language, read against the Suining sample: where (the entity by
 * its name, the field as its form labels it) and what (the reason's sentence), never a JSON
 * path, a key or zod's English in Chinese.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const suining = (): Json =>
  JSON.parse(readFileSync(new URL('../../../resources/samples/suining.plan.json', import.meta.url), 'utf8')) as Json;

let ts: Record<TestLanguage, TFunction>;
beforeAll(async () => {
  ts = await translators();
});

const zh = (plan: unknown) => ({ t: ts['zh-CN'], language: 'zh-CN', plan });
const enIn = (plan: unknown) => ({ t: ts.en, language: 'en', plan });
const LATIN = /[A-Za-z]/;
/** As the e2e language scan reads a screen: Latin words of three letters or more (names may hold “CO2”). */
const LATIN_WORD = /[A-Za-z]{3,}/;

function issuesOf(plan: Json): PlanIssue[] {
  const checked = checkPlan(plan);
  if (checked.ok) throw new Error('the plan was accepted');
  return checked.issues;
}

describe('plan issue paths', () => {
  it('parses dotted fields, list positions and quoted keys', () => {
    expect(parseIssuePath('consumers[3].energy.coal_t')).toEqual(['consumers', 3, 'energy', 'coal_t']);
    expect(parseIssuePath('scenarios[2].measure_overrides[0].set["params.capacity_kw"]')).toEqual([
      'scenarios',
      2,
      'measure_overrides',
      0,
      'set',
      'params.capacity_kw',
    ]);
    expect(parseIssuePath('(root)')).toEqual([]);
    expect(parseIssuePath('a..b')).toBeNull();
  });
});

describe('where a plan issue is, in words', () => {
  const plan = suining();

  it('names an enterprise and its field in both languages', () => {
    expect(issuePlace('consumers[3].energy.coal_t', zh(plan))).toBe('企业“磷酸铁锂正极材料厂”的基准年原煤消费量');
    expect(issuePlace('consumers[3].energy.coal_t', enIn(plan))).toBe(
      'Enterprise “LFP cathode materials plant” › Coal use in the base year',
    );
  });

  it('names a measure within its scenario', () => {
    expect(issuePlace('scenarios[1].measures[0].start_year', zh(plan))).toBe(
      '情景“清洁能源转型”中的措施“厂房屋顶光伏”的开始年份',
    );
    expect(issuePlace('scenarios[1].measures[0].start_year', enIn(plan))).toMatch(
      /^Measure “Rooftop PV on factory roofs” › .+ in scenario “Clean energy transition”$/,
    );
  });

  it('names a change to an inherited measure by the measure’s name', () => {
    const withOverride = suining();
    withOverride.scenarios[2].measure_overrides = [
      { measure_id: 'rooftop-pv', disabled: false, set: { 'params.capacity_kw': 1 } },
    ];
    const place = issuePlace('scenarios[2].measure_overrides[0].set["params.capacity_kw"]', zh(withOverride));
    expect(place).toMatch(/^情景“近零碳园区”中的继承措施“厂房屋顶光伏”的/);
    expect(place).not.toMatch(LATIN);
  });

  it('names the park, a target and a factor override', () => {
    expect(issuePlace('park.horizon_year', zh(plan))).toMatch(/^园区的/);
    expect(issuePlace('targets[0].indicator', zh(plan))).toMatch(/^目标“煤炭消费总量控制”的/);
    const withOverride = { ...plan, factor_overrides: [{ key: 'coal.ncv_gj_per_t', value: 20 }] };
    const place = issuePlace('factor_overrides[0].value', zh(withOverride));
    expect(place).toMatch(/^因子覆盖“.+”的/);
    expect(place).not.toMatch(LATIN);
  });

  it('says a position when the plan has no entity there, and words for parts it does not know', () => {
    expect(issuePlace('consumers[40].energy.coal_t', zh(plan))).toBe('第 41 个企业的基准年原煤消费量');
    expect(issuePlace('consumers[0].energy.unobtainium_t', zh(plan))).toMatch(/^企业“印制电路板厂”的.+的其他设置$/);
    expect(issuePlace('(root)', zh(plan))).toBe('整份规划');
    expect(issuePlace('format_version', zh(plan))).toBe('规划文件的格式');
    expect(issuePlace('no_such_part[2].x', zh(plan))).toBe('规划中的某一处');
    expect(issuePlace('a..b', zh(null))).toBe('规划中的某一处');
    expect(issuePlace('consumers[3].energy.coal_t', zh(null))).toBe('第 4 个企业的基准年原煤消费量');
    // A name refused for its control characters is not shown (a direction override would turn the line around).
    const spoofed = suining();
    spoofed.consumers[0].name_zh = '印制\u202e电路板厂';
    expect(issuePlace('consumers[0].name_zh', zh(spoofed))).toMatch(/^企业“印制电路板厂”的/);
    spoofed.consumers[0].name = 'x\u202ey';
    spoofed.consumers[0].name_en = 'x\u202ey';
    spoofed.consumers[0].name_zh = 'x\u202ey';
    expect(issuePlace('consumers[0].name', zh(spoofed))).toMatch(/^第 1 个企业的/);
    // With the plan shown before the refused edit, the enterprise keeps its name there.
    expect(issuePlace('consumers[0].name', { ...zh(spoofed), shown: plan })).toMatch(/^企业“印制电路板厂”的/);
    // Only the English name is clean (the paste set the primary and Chinese names): the shown plan's Chinese one is used.
    spoofed.consumers[0].name_en = 'Printed circuit board plant';
    expect(issuePlace('consumers[0].name', zh(spoofed))).toBe('企业“Printed circuit board plant”的名称');
    expect(issuePlace('consumers[0].name', { ...zh(spoofed), shown: plan })).toMatch(/^企业“印制电路板厂”的/);
  });
});

describe('plan issues as lines', () => {
  /** Broken copies of the sample: schema rules, cross-field rules and an engine rule (each stage stops the next). */
  const brokenPlans = (): Json[] => {
    const schema = suining();
    schema.consumers[3].energy.coal_t = -5;
    schema.consumers[1].load_profile = 'three_shift';
    schema.consumers[0].colour = 'red';
    const crossField = suining();
    crossField.scenarios[1].measures[0].start_year = 2070;
    // Also leaves the measures that served li-carbonate naming an enterprise the plan no longer has.
    crossField.consumers[2].id = 'pcb';
    crossField.scenarios[1].measures[1].consumer_ids = ['nobody'];
    const engine = suining();
    engine.factor_overrides = [{ key: 'coal.no_such_factor', value: 1, source: 'test' }];
    return [schema, crossField, engine];
  };
  const broken = () => brokenPlans()[0]!;

  it('says every issue of broken plans in Chinese without Latin letters (beyond what the user typed)', () => {
    let count = 0;
    for (const plan of brokenPlans())
      for (const issue of issuesOf(plan)) {
        count += 1;
        const line = issueLine(issue, zh(plan));
        expect(line.replace(/“(pcb|nobody|colour|li-carbonate)”/g, ''), issue.path).not.toMatch(LATIN_WORD);
      }
    expect(count).toBeGreaterThanOrEqual(6);
    const plan = broken();
    const negative = issuesOf(plan).find((i) => i.path === 'consumers[3].energy.coal_t')!;
    expect(issueLine(negative, zh(plan))).toBe('企业“磷酸铁锂正极材料厂”的基准年原煤消费量：此值不能为负数。请填写零或正数。');
    expect(issueLine(negative, enIn(plan))).toBe(
      'Enterprise “LFP cathode materials plant” › Coal use in the base year: This cannot be negative. Enter zero or a positive number.',
    );
  });

  it('says the allowed choices of a field in words', () => {
    const plan = broken();
    const profile = issuesOf(plan).find((i) => i.path === 'consumers[1].load_profile')!;
    expect(issueWhat(profile, zh(plan))).toMatch(/^此值不在可选范围内（可选：“.+”）。请从中选择一项。$/);
    expect(issueWhat(profile, zh(plan))).not.toMatch(LATIN);
    expect(issueWhat(profile, enIn(plan))).toContain('“Two shifts”');
  });

  it('falls back to a general sentence in Chinese, and the host’s message in English, without a reason', () => {
    const issue = { path: 'consumers[0].name', message: 'Too big: expected string to have <=200 characters' };
    expect(issueWhat(issue, zh(null))).toBe('此处的值不符合规划规则。请对照编辑它的表单检查。');
    expect(issueWhat(issue, enIn(null))).toBe('Too big: expected string to have <=200 characters');
    expect(issueWhat({ ...issue, reason: { key: 'from_a_newer_host', params: {} } }, zh(null))).toBe(
      '此处的值不符合规划规则。请对照编辑它的表单检查。',
    );
  });
});
