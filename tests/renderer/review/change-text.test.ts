import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { fieldWords } from '../../../renderer/src/i18n/field-labels.ts';
import { changeText, type DiffNames } from '../../../renderer/src/screens/review/change-text.ts';
import { diffPlans } from '../../../core/diff/index.ts';
import { DIFF_SECTIONS, type PlanChange } from '../../../core/diff/schema.ts';
import { parsePlan, type Plan } from '../../../core/model/plan.ts';
import { DEFAULT_SETTINGS, Scenario, ScenarioSettings } from '../../../core/model/scenario.ts';
import { HOURS_PER_SERIES } from '../../../core/model/hourly-series.ts';
import { Consumer, ConsumerEnergy, Park } from '../../../core/model/park.ts';
import { Measure } from '../../../core/model/measures.ts';
import { Target } from '../../../core/model/targets.ts';
import { TouTariffTable } from '../../../core/model/tou-tariff.ts';
import { CostOverride, FactorOverride } from '../../../core/model/plan.ts';
import { BenchmarkAllocation, CarbonCoverage, CarbonMarket, FixedAllocation } from '../../../core/carbon-market/schema.ts';
import { localName, type Lang } from '../../../core/text/names.ts';
import { zhCN } from '../../../renderer/src/i18n/zh-CN.ts';
import { translators, type TestLanguage } from '../support/translators.ts';

/**
 * The Compare-versions list in words: every field the diff can emit for the bundled sample
 * plans has a label in both languages (a new plan field without words fails here), and change
 * lines read as sentences with the entity's name, the field's words, units and choices in the
 * reader's language, never a plan path.
 */

const LANGS = ['en', 'zh-CN'] as const;
type Language = (typeof LANGS)[number];
let ts: Record<TestLanguage, TFunction>;

beforeAll(async () => {
  ts = await translators();
});

const SAMPLES = ['suining', 'zhangye'].map((name) => {
  const r = parsePlan(JSON.parse(readFileSync(`resources/samples/${name}.plan.json`, 'utf8')));
  if (!r.ok) throw new Error(`sample ${name}: ${JSON.stringify(r.issues)}`);
  return { name, plan: r.plan };
});

/** Latin words the Chinese screen may show: units of Chinese standards (tests/e2e/language-scan.test.ts), and a heat pump's COP as the measure form names it. */
const ALLOWED_LATIN_IN_ZH = new Set(['MWh', 'kWh', 'GWh', 'kWp', 'tce', 'kgce', 'gce', 'tCO', 'CCUS', 'EPW', 'CSV', 'COP']);
const latinIn = (text: string) => [...text.matchAll(/[A-Za-z]{3,}/g)].map((m) => m[0]).filter((w) => !ALLOWED_LATIN_IN_ZH.has(w));
const HAN = /\p{Script=Han}/u;

/** Names from the plan, like the screen's useDiffNames (in the reader's language). */
function namesOf(plan: Plan, language: Language): DiffNames {
  const lang: Lang = language === 'zh-CN' ? 'zh' : 'en';
  const lists: Partial<Record<PlanChange['section'], readonly { id: string; name: string }[]>> = {
    consumers: plan.consumers,
    scenarios: plan.scenarios,
    measures: plan.scenarios.flatMap((s) => s.measures),
    targets: plan.targets,
    carbon_markets: plan.carbon_markets ?? [],
  };
  return (section, id, fallback) => {
    const e = lists[section]?.find((x) => x.id === id);
    return e === undefined ? fallback : localName(e, lang).text;
  };
}

const hours = (v: number) => Array.from({ length: HOURS_PER_SERIES }, (_, h) => v + (h % 24));

/**
 * The sample plus everything a plan can hold that the samples leave out (overrides, carbon
 * markets and coverage, hourly series and weather, a child's measure overrides, every scenario
 * setting), so the enumeration reaches every section of the diff.
 */
function withEverything(plan: Plan): Plan {
  const p = structuredClone(plan);
  const root = p.scenarios.find((s) => s.parent_id === null)!;
  const child = p.scenarios.find((s) => s.parent_id === root.id) ?? p.scenarios[1]!;
  const inherited = root.measures[0] ?? p.scenarios.flatMap((s) => s.measures).find((m) => m.kind === 'pv')!;
  const pv = p.scenarios.flatMap((s) => s.measures).find((m) => m.kind === 'pv')!;
  p.factor_overrides = [{ key: 'coal.ncv_gj_per_t', value: 20.1, source: '测算', note: '' }];
  p.cost_overrides = [{ key: 'cost.pv_rooftop.capex_cny_per_unit.2030', value: 2800, source: '报价', note: '' }];
  const path = [{ year: 2025, value: 80 }];
  p.carbon_markets = [
    {
      id: 'cn-ets',
      name: '全国碳市场',
      kind: 'national',
      price_cny_per_t: path,
      price_source: '公开行情',
      offset_cap_share: 0.05,
      offset_cap_source: '管理办法',
      offset_price_cny_per_t: path,
      offset_price_source: '公开行情',
      notes: '',
    },
  ];
  p.consumers[0]!.carbon_market = {
    market_id: 'cn-ets',
    from_year: 2026,
    scope: 'direct',
    allocation: {
      kind: 'benchmark',
      benchmark_tco2_per_unit: path,
      output_unit: '吨',
      output_base_year: 1000,
      source: '配额方案',
    },
    offsets_available_tco2: path,
  };
  p.consumers[1]!.carbon_market = {
    market_id: 'cn-ets',
    from_year: null,
    scope: 'direct_and_indirect',
    allocation: { kind: 'fixed', allowance_tco2: path, source: '配额方案' },
    offsets_available_tco2: null,
  };
  const source = { file_name: 'load.csv', imported_at: '2025-01-01T00:00:00.000Z' };
  p.hourly_series = [
    { id: 'load-1', name: '负荷', source, kind: 'load', target: { consumer_id: p.consumers[0]!.id }, values: hours(1) },
    { id: 'pv-1', name: '光伏', source, kind: 'pv', target: { measure_id: pv.id }, values: hours(1) },
    {
      id: 'weather',
      name: '气象',
      source,
      kind: 'weather',
      target: null,
      weather: {
        lat_deg: 30,
        lon_deg: 105,
        time_zone_h: 8,
        elevation_m: 300,
        ghi_w_per_m2: hours(100),
        dni_w_per_m2: hours(100),
        dhi_w_per_m2: hours(50),
        temp_c: hours(10),
        wind_m_per_s: hours(2),
      },
    },
  ];
  root.settings = {
    ...DEFAULT_SETTINGS,
    grid_factor_vintage_year: 2022,
    storage_grid_import_cap_kw: 1000,
    storage_peak_target_kw: 1000,
    output_growth_path: [{ year: 2025, value: 0.05 }],
    hydrogen_sale_cny_per_t: 20000,
    demand_charge_cny_per_kw_month: 30,
    tou_tariff: {
      name: '分时电价表',
      source: '通知',
      year: 2024,
      secondary: true,
      months: Array.from({ length: 12 }, () => 'f'.repeat(24)),
      ratios: { critical: 2, peak: 1.6, flat: 1, valley: 0.4, deep_valley: 0.3 },
    },
  };
  root.submitted_plan = true;
  root.measures.forEach((m) => (m.responsible_party = '管委会'));
  const numeric = Object.keys(inherited.params).find(
    (k) => typeof (inherited.params as Record<string, unknown>)[k] === 'number',
  )!;
  child.measure_overrides = [{ measure_id: inherited.id, disabled: false, set: { [`params.${numeric}`]: 1, capex_cny: 5 } }];
  return p;
}

/** The keys a schema names: an object's shape, every option of a union, the input of a transform. */
function keysOf(schema: unknown): string[] {
  const s = schema as { shape?: object; options?: unknown[]; in?: unknown };
  if (s.shape !== undefined) return Object.keys(s.shape);
  if (s.options !== undefined) return [...new Set(s.options.flatMap(keysOf))];
  return s.in === undefined ? [] : keysOf(s.in);
}

/** Every key of `schema` on `obj` (value 1 where missing: the diff compares JSON, it does not validate). */
function fill(obj: unknown, schema: unknown): void {
  const o = obj as Record<string, unknown>;
  for (const k of keysOf(schema)) if (!Object.hasOwn(o, k)) o[k] = 1;
}

/**
 * withEverything with every field the plan schema names present, read from the zod schemas
 * rather than from a list, so a field added to the model later is enumerated (and needs words)
 * even before a sample uses it. One measure of each kind carries every parameter of its kind.
 */
function withEveryField(plan: Plan): Plan {
  const p = withEverything(plan);
  fill(p.park, Park);
  for (const c of p.consumers) {
    fill(c, Consumer);
    fill(c.energy, ConsumerEnergy);
  }
  for (const c of p.consumers.flatMap((x) => (typeof x.carbon_market === 'object' ? [x.carbon_market] : []))) {
    fill(c, CarbonCoverage);
    fill(c.allocation, c.allocation.kind === 'benchmark' ? BenchmarkAllocation : FixedAllocation);
  }
  for (const m of p.carbon_markets ?? []) fill(m, CarbonMarket);
  for (const o of p.factor_overrides) fill(o, FactorOverride);
  for (const o of p.cost_overrides) fill(o, CostOverride);
  for (const t of p.targets)
    fill(
      t,
      (Target as unknown as { in: { options: { shape: { kind: { value: string } } }[] } }).in.options.find(
        (o) => o.shape.kind.value === t.kind,
      ),
    );
  const root = p.scenarios.find((s) => s.parent_id === null)!;
  for (const s of p.scenarios) {
    fill(s, Scenario);
    fill(s.settings, ScenarioSettings);
  }
  fill(root.settings.energy_prices, ScenarioSettings.shape.energy_prices);
  fill(root.settings.tou_tariff, TouTariffTable);
  fill(root.settings.tou_tariff!.ratios, TouTariffTable.shape.ratios);
  for (const option of Measure.options) {
    const kind = option.shape.kind.value;
    const measure = {
      id: `every-${kind}`,
      name: '全部字段',
      kind,
      params: {},
    } as unknown as Plan['scenarios'][number]['measures'][number];
    fill(measure, option);
    fill(measure.params, option.shape.params);
    root.measures.push(measure);
  }
  return p;
}

const ENTITY_LISTS = [...DIFF_SECTIONS.filter((x) => x !== 'park'), 'measure_overrides'];

/** Every leaf changed: numbers, text, flags, lists (ids and keys kept, so entities still match). */
function everyLeafChanged(v: unknown, key = ''): unknown {
  if (['id', 'key', 'measure_id', 'format', 'format_version'].includes(key)) return v;
  if (typeof v === 'number') return v + 1;
  if (typeof v === 'string') return `${v}2`;
  if (typeof v === 'boolean') return !v;
  if (v === null) return 1;
  if (Array.isArray(v)) {
    // A series keeps its kind and target (the diff compares those between series of one kind).
    if (key === 'hourly_series')
      return v.map((x: Record<string, unknown>) => ({
        ...(everyLeafChanged(x) as object),
        kind: x['kind'],
        target: x['target'],
      }));
    // Lists of entities the diff matches by id or key: each entity changed, none added.
    if ((ENTITY_LISTS as readonly string[]).includes(key)) return v.map((x) => everyLeafChanged(x));
    return v.length === 0 ? ['x'] : [...v, v[0]];
  }
  if (typeof v === 'object' && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, everyLeafChanged(x, k)]));
  return v;
}

/** The changes the diff emits between a sample, its enriched form and that form with every leaf changed, both ways. */
function enumeratedChanges(plan: Plan): { change: PlanChange; plan: Plan }[] {
  const full = withEveryField(plan);
  const changed = everyLeafChanged(full) as Plan;
  return [
    ...diffPlans(plan, full).map((change) => ({ change, plan: full })),
    ...diffPlans(full, plan).map((change) => ({ change, plan })),
    ...diffPlans(full, changed).map((change) => ({ change, plan: changed })),
    ...diffPlans(changed, full).map((change) => ({ change, plan: full })),
  ];
}

describe('every field the diff emits for the sample plans has words in both languages', () => {
  for (const sample of SAMPLES) {
    it(sample.name, () => {
      const all = enumeratedChanges(sample.plan);
      const fields = new Set(all.map(({ change: c }) => `${c.section} ${c.field ?? ''}`));
      // The enumeration reaches every section and most of the plan (guards against a silent no-op).
      expect(new Set(all.map(({ change: c }) => c.section)).size).toBe(9);
      expect(fields.size).toBeGreaterThan(200);
      const missing: string[] = [];
      for (const { change: c, plan } of all) {
        if (c.field === null) continue;
        for (const lng of LANGS) {
          const measure = plan.scenarios.flatMap((s) => s.measures).find((m) => m.id === c.id);
          const names = namesOf(plan, lng);
          const ctx = {
            measureName: (id: string) => names('measures', id, id),
            ...(measure === undefined
              ? {}
              : { measure: { kind: measure.kind, params: measure.params as Record<string, unknown> } }),
          };
          const w = fieldWords(ts[lng], c.section, c.field, ctx);
          const words = `${w.label} ${w.unit ?? ''}`;
          if (!w.known) missing.push(`${lng} ${c.section} ${c.field}: no label`);
          else if (lng === 'zh-CN' && latinIn(words).length > 0) missing.push(`zh ${c.section} ${c.field}: ${words}`);
          else if (lng === 'en' && HAN.test(words)) missing.push(`en ${c.section} ${c.field}: ${words}`);
          if (/_|\w\.\w/.test(words)) missing.push(`${lng} ${c.section} ${c.field}: key in words: ${words}`);
        }
      }
      expect([...new Set(missing)]).toEqual([]);
    });
  }
});

describe('change lines read as sentences', () => {
  const base = SAMPLES[0]!.plan;
  const line = (c: PlanChange, lng: Language, plan: Plan = base) => {
    const { what, values } = changeText(c, { t: ts[lng], language: lng, plan, names: namesOf(plan, lng) });
    return values === null ? what : `${what} | ${values}`;
  };
  const changesTo = (edit: (p: Plan) => void, from: Plan = base) => {
    const older = structuredClone(from);
    edit(older);
    return diffPlans(older, from);
  };

  it('names the park’s and an enterprise’s fields with units, in each language', () => {
    const changes = changesTo((p) => {
      p.park.discount_rate = 0.08;
      p.consumers.find((c) => c.id === 'li-carbonate')!.energy.coal_t = 90_000;
    });
    expect(changes.map((c) => line(c, 'en'))).toEqual([
      'park: Discount rate (real) | 8% → 6%',
      'enterprise “Lithium carbonate refinery”: Coal use in the base year | 90,000 t → 86,000 t',
    ]);
    expect(changes.map((c) => line(c, 'zh-CN'))).toEqual([
      '园区：折现率（实际） | 8% → 6%',
      '企业“碳酸锂精炼厂”：基准年原煤消费量 | 90,000 吨 → 86,000 吨',
    ]);
  });

  it('puts choices, prices and measure parameters in words', () => {
    const changes = changesTo((p) => {
      const root = p.scenarios.find((s) => s.id === 'baseline')!;
      root.settings.grid_factor_scope = 'national';
      root.settings.energy_prices = { ...DEFAULT_SETTINGS.energy_prices, coal_cny_per_t: 800 };
      const ct = p.scenarios.find((s) => s.id === 'clean-transition')!;
      const pv = ct.measures.find((m) => m.id === 'rooftop-pv')!;
      if (pv.kind === 'pv') pv.params.capacity_kw += 1000;
      const efficiency = ct.measures.find((m) => m.id === 'cathode-efficiency')!;
      if (efficiency.kind === 'efficiency') efficiency.params.carrier = efficiency.params.carrier === null ? 'coal' : null;
      efficiency.consumer_ids = [];
      const sw = ct.measures.find((m) => m.id === 'food-coal-to-gas')!;
      if (sw.kind === 'fuel_switch') sw.params.from_carrier = 'diesel';
    });
    const en = changes.map((c) => line(c, 'en'));
    const zh = changes.map((c) => line(c, 'zh-CN'));
    expect(en).toContain(
      'scenario “Business as usual”: Grid emission factor | National average → Regional grid (Southwest China)',
    );
    expect(zh).toContain('情景“照常发展”：电网排放因子 | 全国平均 → 区域电网（西南）'.replace('西南', zhCN.gridRegion.southwest));
    expect(en).toContain('scenario “Business as usual”: Energy prices (constant real terms) | set → the default');
    const pvLine = en.find((x) => x.includes('Capacity'));
    expect(pvLine).toMatch(/^measure “.+” in scenario “Clean energy transition”: Capacity \| [\d,]+ kW → [\d,]+ kW$/);
    expect(en.find((x) => x.includes('From |'))).toMatch(/: From \| Diesel → Natural gas|: From \| Diesel → Coal/);
    const retrofit = '情景“清洁能源转型”中的措施“正极材料厂窑炉与电机改造”';
    expect(zh).toContain(`${retrofit}：节约的能源 | 原煤 → 全部能源`);
    expect(zh).toContain(`${retrofit}：作用的企业 | 全园区 → 磷酸铁锂正极材料厂`);
    for (const text of zh) expect(latinIn(text), text).toEqual([]);
    for (const text of en) expect(HAN.test(text), text).toBe(false);
  });

  it('names added, removed and reordered entities without ids', () => {
    const changes = changesTo((p) => {
      p.consumers = p.consumers.filter((c) => c.id !== 'offices');
      p.consumers.reverse();
      p.targets.push({ ...structuredClone(p.targets[0]!), id: 'gone', name: '旧目标', name_zh: '旧目标', name_en: 'Old target' });
    });
    const zh = changes.map((c) => line(c, 'zh-CN'));
    expect(zh).toContain('企业“园区管委会及办公楼”');
    expect(zh).toContain('目标“旧目标”');
    expect(zh.find((x) => x.startsWith('企业列表的顺序'))).toMatch(/^企业列表的顺序 \| 冷链仓库、.+ → 印制电路板厂、/);
    const en = changes.map((c) => line(c, 'en'));
    expect(en).toContain('target “Old target”');
    for (const text of [...zh, ...en]) expect(text).not.toMatch(/[[\]_]|li-carbonate|cold-chain/);
  });

  it('says a blank scenario setting by what it means, and a left-out one as inherited or the default', () => {
    const current = structuredClone(base);
    const nearZero = current.scenarios.find((s) => s.id === 'near-zero')!;
    nearZero.settings.export_limit_kw = null;
    nearZero.settings.hydrogen_sale_cny_per_t = null;
    const root = current.scenarios.find((s) => s.id === 'baseline')!;
    root.settings.storage_peak_target_kw = null;
    const older = structuredClone(current);
    older.scenarios.find((s) => s.id === 'near-zero')!.settings.export_limit_kw = 5000;
    delete older.scenarios.find((s) => s.id === 'near-zero')!.settings.hydrogen_sale_cny_per_t;
    delete older.scenarios.find((s) => s.id === 'baseline')!.settings.storage_peak_target_kw;
    const changes = diffPlans(older, current);
    const zh = changes.map((c) => line(c, 'zh-CN', current));
    expect(zh).toEqual([
      expect.stringMatching(/^情景“照常发展”：.+ \| 默认值 → 储能能守住的最低值（逐月）$/),
      expect.stringMatching(/^情景“近零碳园区”：.+ \| 5,000 kW → 不限$/),
      expect.stringMatching(/^情景“近零碳园区”：.+ \| 沿用上级情景 → 无买方$/),
    ]);
    const en = changes.map((c) => line(c, 'en', current));
    expect(en[1]).toMatch(/\| 5,000 kW → No limit$/);
    expect(en[2]).toMatch(/\| as its parent scenario → no buyer$/);
    for (const text of zh) expect(text).not.toContain('未设定');
  });

  it('reads a field it has no words for as part of its entity, never as a path', () => {
    const c: PlanChange = {
      change: 'changed',
      section: 'scenarios',
      id: 'baseline',
      name: 'Business as usual',
      scenario_id: null,
      field: 'settings.future_knob',
      path: 'scenarios[baseline].settings.future_knob',
      old: 1,
      new: 2,
      unit: null,
    };
    expect(line(c, 'en')).toBe('scenario “Business as usual”: another setting of Assumptions | 1 → 2');
    expect(line(c, 'zh-CN')).toBe(`情景“照常发展”：${zhCN.scenarios.settings.title}的其他设置 | 1 → 2`);
    expect(line({ ...c, field: 'mystery' }, 'zh-CN')).toBe('情景“照常发展”：情景的其他设置 | 1 → 2');
  });

  it('says what an added factor override and an hourly series are', () => {
    const full = withEverything(base);
    const changes = diffPlans(base, full);
    const zh = changes.map((c) => line(c, 'zh-CN', full));
    expect(zh).toContain('因子覆盖“原煤低位发热量” | 20.1 GJ/t');
    expect(zh.find((x) => x.startsWith('逐时序列“气象”'))).toMatch(/^逐时序列“气象” \| 气象（EPW）、水平总辐射 [\d,]+ kWh\/m²$/);
    expect(zh).toContain('成本覆盖“屋顶光伏单位规模投资（2030 年）” | 2,800 元/kW');
    expect(changes.map((c) => line(c, 'en', full))).toContain(
      'cost override “Rooftop PV, Capex per unit of size, year 2030” | 2,800 CNY/kW',
    );
    const edited = structuredClone(full);
    edited.factor_overrides[0]!.value = 20.3;
    expect(diffPlans(full, edited).map((c) => line(c, 'zh-CN', edited))).toEqual([
      '因子覆盖“原煤低位发热量”：取值 | 20.1 GJ/t → 20.3 GJ/t',
    ]);
    for (const text of zh) expect(latinIn(text), text).toEqual([]);
  });
});
