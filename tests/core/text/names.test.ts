import { describe, expect, it } from 'vitest';
import {
  applyNameChanges,
  applyTextChanges,
  localText,
  retextChanges,
  hasCjk,
  localName,
  nameLanguage,
  namesFromPrimary,
  primaryName,
  renameChanges,
} from '../../../core/text/names.ts';
import { addLanguageNames, withoutDerivedNames } from '../../../core/model/language-names.ts';
import { parsePlan } from '../../../core/model/plan.ts';
import { samplePlan } from '../fingerprint/sample.ts';

describe('localName', () => {
  const both = { name: '屋顶光伏', name_zh: '屋顶光伏', name_en: 'Rooftop PV' };

  it('gives the name in the asked language when there is one', () => {
    expect(localName(both, 'zh')).toEqual({ text: '屋顶光伏', fallback: false });
    expect(localName(both, 'en')).toEqual({ text: 'Rooftop PV', fallback: false });
  });

  it('falls back to the other language with a mark', () => {
    expect(localName({ name: 'Rooftop PV', name_en: 'Rooftop PV' }, 'zh')).toEqual({ text: 'Rooftop PV', fallback: true });
    expect(localName({ name: '屋顶光伏', name_zh: '屋顶光伏' }, 'en')).toEqual({ text: '屋顶光伏', fallback: true });
    // A blank language name counts as none.
    expect(localName({ name: 'x', name_zh: '  ', name_en: 'Wind' }, 'zh')).toEqual({ text: 'Wind', fallback: true });
  });

  it('prefers a primary name written in the asked language to the other language', () => {
    // Code that renamed only `name` leaves the old English copy; the Chinese primary wins for Chinese.
    expect(localName({ name: '遂宁喆源工业园', name_en: 'Suining Park' }, 'zh')).toEqual({
      text: '遂宁喆源工业园',
      fallback: false,
    });
    expect(localName({ name: '遂宁喆源工业园', name_en: 'Suining Park' }, 'en')).toEqual({
      text: 'Suining Park',
      fallback: false,
    });
  });

  it('reads a name given only as `name` in the language it is written in', () => {
    expect(localName({ name: '近零碳园区' }, 'zh')).toEqual({ text: '近零碳园区', fallback: false });
    expect(localName({ name: '近零碳园区' }, 'en')).toEqual({ text: '近零碳园区', fallback: true });
    expect(localName({ name: 'Baseline' }, 'en')).toEqual({ text: 'Baseline', fallback: false });
    expect(localName({ name: 'Baseline' }, 'zh')).toEqual({ text: 'Baseline', fallback: true });
  });
});

describe('language of a name', () => {
  it('is Chinese as soon as it has one Chinese character, including brand names with Latin letters', () => {
    expect(hasCjk('TCL 华星')).toBe(true);
    expect(nameLanguage('TCL 华星')).toBe('zh');
    expect(nameLanguage('𠀀')).toBe('zh'); // extension B, outside the BMP
    expect(nameLanguage('Lüyuan Park (illustrative)')).toBe('en');
    expect(nameLanguage('ソーラー')).toBe('en'); // kana alone is not a Chinese name
  });

  it('puts a lone name into its language and keeps the primary name Chinese first', () => {
    expect(namesFromPrimary('储能')).toEqual({ name_zh: '储能' });
    expect(namesFromPrimary('Storage')).toEqual({ name_en: 'Storage' });
    expect(primaryName({ name_zh: '储能', name_en: 'Storage' }, 'old')).toBe('储能');
    expect(primaryName({ name_zh: ' ', name_en: 'Storage' }, 'old')).toBe('Storage');
    expect(primaryName({}, 'old')).toBe('old');
  });
});

describe('plans with one name per entity', () => {
  it('get each name in its language on parse, everywhere a name lives, and nothing else changes', () => {
    const plan = samplePlan();
    expect(plan.park.name_en).toBe(plan.park.name);
    expect(plan.park.name_zh).toBeUndefined();
    for (const e of [...plan.consumers, ...plan.targets, ...plan.scenarios, ...plan.scenarios.flatMap((s) => s.measures)]) {
      expect(e.name_en).toBe(e.name);
      expect(e.name_zh).toBeUndefined();
    }
    const overrideNames = plan.scenarios.flatMap((s) => s.measure_overrides).filter((o) => typeof o.set.name === 'string');
    for (const o of overrideNames) expect(o.set.name_en).toBe(o.set.name);
    expect(withoutDerivedNames(plan)).toEqual(
      JSON.parse(JSON.stringify(plan), (k: string, v: unknown) => (k === 'name_en' ? undefined : v)),
    );
  });

  it('keep names someone wrote in either language, and the step is idempotent', () => {
    const plan = samplePlan();
    plan.scenarios[0]!.name = '基准情景';
    delete plan.scenarios[0]!.name_en;
    plan.consumers[0]!.name_zh = '印制电路板厂';
    const once = addLanguageNames(plan) as typeof plan;
    expect(once.scenarios[0]!.name_zh).toBe('基准情景');
    expect(once.scenarios[0]!.name_en).toBeUndefined();
    expect(once.consumers[0]).toMatchObject({ name_zh: '印制电路板厂', name_en: plan.consumers[0]!.name });
    expect(addLanguageNames(once)).toEqual(once);
    const parsed = parsePlan(once);
    expect(parsed.ok && parsed.plan.scenarios[0]!.name_zh).toBe('基准情景');
  });

  it('refuse control characters and over-long names in the language fields, with their path', () => {
    const plan = samplePlan();
    const bad = {
      ...plan,
      park: { ...plan.park, name_zh: '园区\u001b[2J' },
      consumers: [{ ...plan.consumers[0]!, name_en: 'x'.repeat(201) }, ...plan.consumers.slice(1)],
    };
    const parsed = parsePlan(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path).sort()).toEqual(['consumers[0].name_en', 'park.name_zh']);
  });
});

describe('renaming', () => {
  it('keeps a name given once in one place: the language copy follows the primary and back', () => {
    const upgraded = { name: 'Rooftop PV', name_en: 'Rooftop PV' };
    expect(renameChanges(upgraded, 'primary', ' Roof PV ')).toEqual({ name: 'Roof PV', name_zh: null, name_en: 'Roof PV' });
    // Renamed into Chinese: the English copy of the old name goes, the Chinese one is the new name.
    expect(renameChanges(upgraded, 'primary', '屋顶光伏')).toEqual({ name: '屋顶光伏', name_zh: '屋顶光伏', name_en: null });
    expect(renameChanges(upgraded, 'en', 'Roof PV')).toEqual({ name: 'Roof PV', name_zh: null, name_en: 'Roof PV' });
    expect(renameChanges(upgraded, 'zh', '屋顶光伏')).toEqual({ name: 'Rooftop PV', name_zh: '屋顶光伏', name_en: 'Rooftop PV' });
  });

  it('keeps names someone wrote apart from the primary, and never leaves an entity without a name', () => {
    const both = { name: '屋顶光伏', name_zh: '屋顶光伏', name_en: 'Rooftop PV' };
    expect(renameChanges(both, 'primary', '厂房屋顶光伏')).toEqual({
      name: '厂房屋顶光伏',
      name_zh: '厂房屋顶光伏',
      name_en: 'Rooftop PV',
    });
    expect(renameChanges(both, 'zh', '')).toEqual({ name: 'Rooftop PV', name_zh: null, name_en: 'Rooftop PV' });
    expect(renameChanges(both, 'en', '')).toEqual({ name: '屋顶光伏', name_zh: '屋顶光伏', name_en: null });
    expect(renameChanges({ name: '储能', name_zh: '储能' }, 'zh', '')).toBeNull();
    expect(renameChanges(both, 'primary', '  ')).toBeNull();
    const entity: { name: string; name_zh?: string; name_en?: string } = { ...both };
    applyNameChanges(entity, { name: 'Rooftop PV', name_zh: null, name_en: 'Rooftop PV' });
    expect(entity).toEqual({ name: 'Rooftop PV', name_en: 'Rooftop PV' });
  });
});

describe('texts in two languages (descriptions, target sources)', () => {
  it('are read in the asked language, else the other one marked as a fallback; an empty text is no fallback', () => {
    expect(localText('中文说明', undefined, 'English text', 'en')).toEqual({ text: 'English text', fallback: false });
    expect(localText('中文说明', undefined, undefined, 'zh')).toEqual({ text: '中文说明', fallback: false });
    expect(localText('中文说明', undefined, undefined, 'en')).toEqual({ text: '中文说明', fallback: true });
    expect(localText('', undefined, undefined, 'en')).toEqual({ text: '', fallback: false });
  });

  it('are edited in one language: the primary follows when it was the text shown, and stays when it is the other language', () => {
    // A Chinese screen writes the Chinese text of an English-only description: the English primary stays.
    expect(retextChanges({ primary: 'Output grows.' }, 'zh', ' 企业按计划增长。 ')).toEqual({
      primary: 'Output grows.',
      zh: '企业按计划增长。',
      en: null,
    });
    // The English screen edits the English primary it showed: the primary follows.
    expect(retextChanges({ primary: 'Output grows.' }, 'en', 'Output grows as planned.')).toEqual({
      primary: 'Output grows as planned.',
      zh: null,
      en: 'Output grows as planned.',
    });
    // Removing the only Chinese text of a Chinese-primary description leaves the English one as primary.
    expect(retextChanges({ primary: '中文', zh: '中文', en: 'English' }, 'zh', '')).toEqual({
      primary: 'English',
      zh: null,
      en: 'English',
    });
    const target: { source: string; source_zh?: string; source_en?: string } = { source: 'Brief', source_en: 'Brief' };
    applyTextChanges(target, 'source', { primary: 'Brief', zh: '委托方要求', en: null });
    expect(target).toEqual({ source: 'Brief', source_zh: '委托方要求' });
  });
});
