import type { Plan } from '../../../../core/model/plan.ts';
import type { Scenario } from '../../../../core/model/scenario.ts';
import type { OptimiserRecord } from '../../../../core/model/optimiser-record.ts';
import type { Indicators } from '../../../../core/engine/index.ts';
import { indicatorKey } from '../../../../core/engine/index.ts';
import { shortfallSentence } from '../../../../core/optimise/shortfall-text.ts';
import type { Lang } from '../i18n.ts';
import { indicatorName, kindName } from '../i18n.ts';
import { formatDate, formatIndicator, formatNumber, formatWanYuan, indicatorFormat, unit } from '../format.ts';
import type { MeasureKind } from '../../../../core/model/measures.ts';
import type { ReportModel } from '../report-model.ts';
import type { Block, Cell, ExtraSection, LabelMaker, TableColumn } from '../document/model.ts';
import { ot } from './strings.ts';
import { nameLanguage, type NamedEntity } from '../../../../core/text/names.ts';
import { FALLBACK_MARK } from '../local-names.ts';

/**
 * The least-cost planner's part of the plan document (PDF and Word alike), as an annex: for
 * each chosen scenario the planner made (`scenario.optimiser`), the question (candidates with
 * maxima and unit costs, time resolution), the answer (builds, capacity by year), the LP's
 * estimate beside the engine and the base scenario, targets per milestone year, or the
 * infeasibility report in plain words. Absent when no chosen scenario came from the planner.
 *
 * Chinese text uses no English words: names a person typed in another script are replaced by
 * the measure kind or the indicator's Chinese name.
 */

type Made = Scenario & { optimiser: OptimiserRecord };

export function optimiserSections(m: ReportModel): ExtraSection[] {
  const made = m.plan.scenarios.filter((s): s is Made => m.scenarioIds.includes(s.id) && s.optimiser !== undefined);
  if (made.length === 0) return [];
  return [
    {
      id: 'least-cost',
      placement: 'annex',
      title: (lang) => ot(lang, 'annex'),
      build: ({ lang, label }) => made.flatMap((s) => scenarioPart(m.plan, s, s.optimiser, lang, label)),
    },
  ];
}

function scenarioPart(plan: Plan, s: Scenario, r: OptimiserRecord, lang: Lang, label: LabelMaker): Block[] {
  const names = nameBook(plan, r, lang);
  const base = plan.scenarios.find((x) => x.id === r.base_scenario_id);
  const out: Block[] = [];
  const heading = (text: string, level: 2 | 3) => out.push({ kind: 'heading', level, text });
  const para = (text: string, style: 'normal' | 'note' | 'strong' = 'normal') =>
    out.push({ kind: 'paragraph', text, origin: 'generated', style });
  const runSource = ot(lang, 'sourceRun', { date: formatDate(r.created_on, lang) });
  const table = (title: string, columns: TableColumn[], rows: Cell[][], source = runSource) =>
    out.push({ kind: 'table', label: label.table(), title, columns, rows, source, compact: true });

  const own = names.scenario(s);
  heading(own === null ? ot(lang, 'headingPlain') : ot(lang, 'heading', { name: own }), 2);
  para(
    ot(lang, 'intro', {
      date: formatDate(r.created_on, lang),
      base: quoted(base === undefined ? null : names.scenario(base), lang) ?? ot(lang, 'baseUnnamed'),
      days: r.settings.days,
      period: r.settings.period_years,
      rounds: r.rounds,
    }),
    'note',
  );
  const limits = parkLimits(r, lang);
  if (limits !== null) para(limits, 'note');
  para(ot(lang, r.status), 'strong');
  const shortfalls = shortfallLines(plan, r, lang, names);
  if (shortfalls.length > 0) out.push({ kind: 'bullets', items: shortfalls, origin: 'generated' });

  table(
    ot(lang, 'candidates'),
    [
      { header: ot(lang, 'candidate'), weight: 2.6 },
      { header: ot(lang, 'kind'), weight: 1 },
      { header: ot(lang, 'maximum'), weight: 1.8 },
      { header: ot(lang, 'unitCost'), weight: 1.8 },
      { header: ot(lang, 'costSource'), weight: 2.6 },
    ],
    r.candidates.map((c) => [
      names.candidate(c.id),
      kindName(c.kind as MeasureKind, lang),
      c.bounds
        .map((b) =>
          b.min !== null && b.min > 0
            ? `${partName(b.part, lang)} ${ot(lang, 'fromTo', { min: amount(b.min, b.unit, lang), max: amount(b.max ?? 0, b.unit, lang) })}`
            : `${partName(b.part, lang)} ${amount(b.max ?? 0, b.unit, lang)}`,
        )
        .join('\n'),
      c.costs.map((x) => `${formatNumber(x.value, x.value >= 100 ? 0 : 2)} ${ot(lang, `cost_${x.unit}`)}`).join('\n'),
      c.costs.map((x) => origin(x.origin, x.source, lang)).join('\n'),
    ]),
    ot(lang, 'sourceCandidates', { date: formatDate(r.created_on, lang) }),
  );

  // Each table carries its own numbered title; only "nothing to build" needs words of its own.
  if (r.builds.length === 0) para(ot(lang, 'nothing'));
  else
    table(
      ot(lang, 'builds'),
      [
        { header: ot(lang, 'year'), weight: 0.8 },
        { header: ot(lang, 'candidate'), weight: 3.2 },
        { header: ot(lang, 'size'), weight: 1.6, align: 'right' },
      ],
      r.builds.map((b) => [
        String(b.year),
        b.part === 'power' || b.part === 'energy'
          ? `${names.candidate(b.candidate_id)} · ${partName(b.part, lang)}`
          : names.candidate(b.candidate_id),
        amount(b.amount, b.unit, lang),
      ]),
    );
  capacityTable(r, names, lang, table);

  table(
    ot(lang, 'compare'),
    [
      { header: ot(lang, 'figure'), weight: 3.2 },
      { header: ot(lang, 'base'), weight: 1.2, align: 'right' },
      { header: ot(lang, 'lp'), weight: 1.2, align: 'right' },
      { header: ot(lang, 'engine'), weight: 1.2, align: 'right' },
    ],
    [
      [ot(lang, 'costVsBase'), '0', formatWanYuan(r.cost.lp_delta_cny), formatWanYuan(r.cost.engine_delta_cny)],
      [ot(lang, 'npv'), formatWanYuan(r.cost.base_npv_cny), '-', formatWanYuan(r.cost.engine_npv_cny)],
      ...r.emissions.map((e) => [
        ot(lang, 'netEmissions', { year: e.year }),
        formatNumber(e.base_net_tco2, 0),
        formatNumber(e.lp_net_tco2, 0),
        formatNumber(e.engine_net_tco2, 0),
      ]),
    ],
  );

  if (r.targets.length > 0) {
    table(
      ot(lang, 'targets'),
      [
        { header: ot(lang, 'target'), weight: 2.6 },
        { header: ot(lang, 'year'), weight: 0.7 },
        { header: ot(lang, 'base'), weight: 1.1, align: 'right' },
        { header: ot(lang, 'lp'), weight: 1.1, align: 'right' },
        { header: ot(lang, 'engine'), weight: 1.1, align: 'right' },
        { header: ot(lang, 'limit'), weight: 1.1, align: 'right' },
        { header: ot(lang, 'verdict'), weight: 0.9 },
      ],
      r.targets.map((x): Cell[] => {
        const key = indicatorOf(plan, x.target_id);
        const f = (v: number | null) => (key === null ? formatNumber(v, 2) : formatIndicator(key, v, lang, false));
        const verdict: Cell = x.pass
          ? { text: ot(lang, 'met'), tone: 'pass' }
          : { text: ot(lang, 'missed'), tone: 'fail', bold: true };
        const u = key === null ? null : indicatorFormat(key).unit;
        const name = u === null ? names.target(x.target_id) : `${names.target(x.target_id)}${bracket(unitText(u, lang), lang)}`;
        return [name, String(x.year), f(x.base_value), f(x.lp_value), f(x.engine_value), f(x.limit), verdict];
      }),
    );
  }
  return out;
}

/** Installed MW (PV, wind, storage power) at each milestone year, added up from the builds. */
function capacityTable(
  r: OptimiserRecord,
  names: NameBook,
  lang: Lang,
  table: (title: string, columns: TableColumn[], rows: Cell[][]) => void,
): void {
  const keys = [
    ...new Set(r.builds.filter((b) => b.unit === 'kW' && b.part !== 'size').map((b) => `${b.candidate_id}|${b.part}`)),
  ];
  if (keys.length === 0) return;
  const years = r.emissions.map((e) => e.year);
  table(
    ot(lang, 'capacityByYear'),
    [
      { header: ot(lang, 'candidate'), weight: 3 },
      ...years.map((y) => ({ header: String(y), weight: 0.8, align: 'right' as const })),
    ],
    keys.map((key) => {
      const [id, part] = key.split('|') as [string, string];
      const builds = r.builds.filter((b) => b.candidate_id === id && b.part === part);
      const label = part === 'power' ? `${names.candidate(id)} · ${partName('power', lang)}` : names.candidate(id);
      return [
        label,
        ...years.map((y) => formatNumber(builds.filter((b) => b.year <= y).reduce((a, b) => a + b.amount, 0) / 1000, 1)),
      ];
    }),
  );
}

function bracket(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` [${text}]`;
}

function shortfallLines(plan: Plan, r: OptimiserRecord, lang: Lang, names: NameBook): string[] {
  const ids = [...new Set(r.shortfalls.map((s) => s.target_id))];
  return ids.flatMap((id) => {
    const list = r.shortfalls.filter((s) => s.target_id === id);
    const first = list[0]!;
    const worst = list.reduce((a, b) => (b.gap > a.gap ? b : a), first);
    const peak = plan.targets.find((t) => t.id === id)?.kind === 'peak';
    return (worst === first ? [first] : [first, worst]).map((s) => {
      const text = shortfallSentence(s, lang, { target: names.target, candidate: names.candidate }, peak);
      // The sentence's power units as Chinese words in a Chinese report.
      return lang === 'zh' ? text.replace(/ ?MWh\b/g, '兆瓦时').replace(/ ?MW\b/g, '兆瓦') : text;
    });
  });
}

interface NameBook {
  /** The scenario's name in the reader's language, or null when it has none. */
  scenario(s: NamedEntity): string | null;
  candidate(id: string): string;
  target(id: string): string;
}

/**
 * Names for the reader's language: the entity's name in that language when it has one (the
 * report's plan carries the other language's name with an "untranslated" mark otherwise), else
 * the measure kind (numbered when several share it) or the indicator's name, so this annex reads
 * in one language even for a plan typed in the other.
 */
function nameBook(plan: Plan, r: OptimiserRecord, lang: Lang): NameBook {
  const byKind = new Map<string, string[]>();
  for (const c of r.candidates) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c.id]);
  return {
    scenario: (s) => readerName(s, lang),
    candidate: (id) => {
      const c = r.candidates.find((x) => x.id === id);
      if (c === undefined) return id;
      // A candidate that is one of the plan's measures has its names there; the record keeps
      // only the name as typed when the planner ran.
      const measure = plan.scenarios.flatMap((x) => x.measures).find((x) => x.id === id);
      const own = measure === undefined ? null : readerName(measure, lang);
      if (own !== null) return own;
      if (nameLanguage(c.name) === lang) return c.name;
      const same = byKind.get(c.kind) ?? [];
      const kind = kindName(c.kind as MeasureKind, lang);
      return same.length > 1 ? `${kind}${same.indexOf(id) + 1}` : kind;
    },
    target: (id) => {
      const t = plan.targets.find((x) => x.id === id);
      if (t === undefined) return id;
      const own = readerName(t, lang);
      if (own !== null) return own;
      const key = indicatorOf(plan, id);
      const name = key === null ? ot(lang, 'target') : indicatorName(key, lang);
      return t.kind === 'peak' ? ot(lang, 'peakBy', { name, year: t.peak_by_year }) : name;
    },
  };
}

/** The entity's name in `lang`, or null when it has none (only the other language's, marked). */
function readerName(e: NamedEntity, lang: Lang): string | null {
  const own = lang === 'zh' ? e.name_zh : e.name_en;
  if (own !== undefined && own.trim() !== '') return own.trim();
  if (e.name.endsWith(FALLBACK_MARK[lang](''))) return null;
  return nameLanguage(e.name) === lang ? e.name : null;
}

function indicatorOf(plan: Plan, targetId: string): keyof Indicators | null {
  const t = plan.targets.find((x) => x.id === targetId);
  if (t === undefined) return null;
  return indicatorKey(t.indicator, t.kind === 'limit' ? t.energy_method : 'equivalent') as keyof Indicators;
}

/** The park-wide limits the run was given, as one sentence; null when none were. */
function parkLimits(r: OptimiserRecord, lang: Lang): string | null {
  const b = r.settings.bounds;
  if (b === undefined) return null;
  const parts: string[] = [];
  const n = (v: number) => formatNumber(v, v >= 100 ? 0 : 1);
  if (b.import_limit_mw !== undefined) parts.push(ot(lang, 'limitImport', { v: n(b.import_limit_mw) }));
  if (b.export_limit_mw !== undefined) parts.push(ot(lang, 'limitExport', { v: n(b.export_limit_mw) }));
  if (b.max_green_share !== undefined) parts.push(ot(lang, 'limitGreen', { v: n(b.max_green_share * 100) }));
  if (b.max_offset_tco2_per_year !== undefined) parts.push(ot(lang, 'limitOffset', { v: n(b.max_offset_tco2_per_year) }));
  if (b.yearly_budget_cny !== undefined) parts.push(ot(lang, 'limitBudget', { v: n(b.yearly_budget_cny / 1e4) }));
  if (parts.length === 0) return null;
  return `${ot(lang, 'parkLimits')}${parts.join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '.'}`;
}

function partName(part: string, lang: Lang): string {
  return ot(lang, `part_${part}` as 'part_capacity');
}

/** A bound or a build in the unit a planner reads: kW as MW, kWh as MWh, a share in %. */
function amount(v: number, unit: OptimiserRecord['builds'][number]['unit'], lang: Lang): string {
  const shown = unit === 'kW' || unit === 'kWh' ? v / 1000 : unit === 'share' ? v * 100 : v;
  const digits = unit === 'share' ? 1 : Math.abs(shown) >= 100 ? 0 : 2;
  return `${formatNumber(shown, digits)} ${ot(lang, `unit_${unit}`)}`;
}

function origin(o: OptimiserRecord['candidates'][number]['costs'][number]['origin'], source: string, lang: Lang): string {
  switch (o) {
    case 'measure':
      return ot(lang, 'originMeasure');
    case 'library':
      return ot(lang, 'originLibrary', { source });
    case 'project_override':
      return ot(lang, 'originOverride', { source });
    case 'edited':
      return ot(lang, 'originEdited');
    case 'none':
      return ot(lang, 'originNone');
  }
}

function quoted(name: string | null, lang: Lang): string | null {
  if (name === null) return null;
  return lang === 'zh' ? `“${name}”` : `"${name}"`;
}

/** Units in words for a Chinese report (the shared table keeps "CO2" in its Chinese units). */
const ZH_UNITS: Partial<Record<Parameters<typeof unit>[0], string>> = {
  tco2: '吨二氧化碳',
  tco2_per_tce: '吨二氧化碳/吨标准煤',
  tco2_per_10k_cny: '吨二氧化碳/万元',
  tce: '吨标准煤',
};

function unitText(u: Parameters<typeof unit>[0], lang: Lang): string {
  if (u === 'percent') return '%';
  return lang === 'zh' ? (ZH_UNITS[u] ?? unit(u, lang)) : unit(u, lang);
}
