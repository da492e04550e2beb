import type { Plan } from '../../../../core/model/plan.ts';
import type { Scenario } from '../../../../core/model/scenario.ts';
import type { OptimiserRecord } from '../../../../core/model/optimiser-record.ts';
import type { Indicators } from '../../../../core/engine/index.ts';
import { indicatorKey } from '../../../../core/engine/index.ts';
import { shortfallSentence } from '../../../../core/optimise/shortfall-text.ts';
import { languageSide } from '../../../../core/text/language-side.ts';
import type { Lang } from '../i18n.ts';
import { indicatorName, kindName } from '../i18n.ts';
import { formatDate, formatIndicator, formatNumber, formatWanYuan, indicatorFormat, unit } from '../format.ts';
import type { MeasureKind } from '../../../../core/model/measures.ts';
import type { Cell, PdfWriter } from '../pdf/writer.ts';
import { COLORS } from '../pdf/writer.ts';
import { ot } from './strings.ts';

/**
 * The least-cost planner's part of the PDF report (after the measures, as their sub-sections): for each chosen scenario the planner
 * made (`scenario.optimiser`), the question (candidates with maxima and unit costs, time
 * resolution), the answer (builds, capacity by year), the LP's estimate beside the engine and
 * the base scenario, targets per milestone year, or the infeasibility report in plain words.
 *
 * Entry point: `optimiserSection(w, plan, scenarioIds, lang)`; it needs only the plan and a
 * writer with heading / paragraph / table, so it moves to another document model as it is.
 * Chinese text uses no English words: names a person typed in another script are replaced by
 * the measure kind or the indicator's Chinese name.
 */

const CJK = /[\u3400-\u9fff]/;
/** A Latin word of two letters or more (units like kW excepted only where a string says so). */
const LATIN_WORD = /[A-Za-z]{2,}/;

export function optimiserSection(w: PdfWriter, plan: Plan, scenarioIds: readonly string[], lang: Lang): void {
  const made = plan.scenarios.filter(
    (s): s is Scenario & { optimiser: OptimiserRecord } => scenarioIds.includes(s.id) && s.optimiser !== undefined,
  );
  for (const s of made) {
    w.newPage();
    scenarioPart(w, plan, s, s.optimiser, lang);
  }
}

function scenarioPart(w: PdfWriter, plan: Plan, s: Scenario, r: OptimiserRecord, lang: Lang): void {
  const names = nameBook(plan, r, lang);
  const base = plan.scenarios.find((x) => x.id === r.base_scenario_id);
  w.heading(names.scenario(s.name) === null ? ot(lang, 'headingPlain') : ot(lang, 'heading', { name: s.name }), 2);
  w.paragraph(
    ot(lang, 'intro', {
      date: formatDate(r.created_on, lang),
      base: quoted(names.scenario(base?.name ?? r.base_scenario_id), lang) ?? ot(lang, 'baseUnnamed'),
      days: r.settings.days,
      period: r.settings.period_years,
      rounds: r.rounds,
    }),
    { color: COLORS.muted, size: 8 },
  );
  const limits = parkLimits(r, lang);
  if (limits !== null) w.paragraph(limits, { size: 8 });
  w.paragraph(ot(lang, r.status), { bold: true });
  for (const line of shortfallLines(plan, r, lang, names)) w.paragraph(`• ${line}`, { size: 8 });

  w.heading(ot(lang, 'candidates'), 3, 80);
  w.table(
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
    { size: 7 },
  );

  w.heading(ot(lang, 'builds'), 3, 80);
  if (r.builds.length === 0) w.paragraph(ot(lang, 'nothing'));
  else
    w.table(
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
      { size: 7.5 },
    );
  capacityTable(w, r, names, lang);

  w.heading(ot(lang, 'compare'), 3, 80);
  w.table(
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
    { size: 7.5 },
  );

  if (r.targets.length > 0) {
    w.heading(ot(lang, 'targets'), 3, 80);
    w.table(
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
          ? { text: ot(lang, 'met'), fill: COLORS.passFill, color: COLORS.passInk }
          : { text: ot(lang, 'missed'), fill: COLORS.failFill, color: COLORS.failInk, bold: true };
        const u = key === null ? null : indicatorFormat(key).unit;
        const label = u === null ? names.target(x.target_id) : `${names.target(x.target_id)} [${unitText(u, lang)}]`;
        return [label, String(x.year), f(x.base_value), f(x.lp_value), f(x.engine_value), f(x.limit), verdict];
      }),
      { size: 7 },
    );
  }
}

/** Installed MW (PV, wind, storage power) at each milestone year, added up from the builds. */
function capacityTable(w: PdfWriter, r: OptimiserRecord, names: NameBook, lang: Lang): void {
  const keys = [
    ...new Set(r.builds.filter((b) => b.unit === 'kW' && b.part !== 'size').map((b) => `${b.candidate_id}|${b.part}`)),
  ];
  if (keys.length === 0) return;
  const years = r.emissions.map((e) => e.year);
  w.heading(ot(lang, 'capacityByYear'), 3, 60);
  w.table(
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
    { size: 7 },
  );
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
  /** The name as typed, or null when a Chinese report cannot print it (not Chinese). */
  scenario(name: string): string | null;
  candidate(id: string): string;
  target(id: string): string;
}

/**
 * Names for the reader's language: as typed in English; in Chinese, as typed when they are
 * Chinese, else the measure kind (numbered when several share it) or the indicator's name.
 */
function nameBook(plan: Plan, r: OptimiserRecord, lang: Lang): NameBook {
  const ok = (name: string) => (lang === 'en' ? true : CJK.test(name) && !LATIN_WORD.test(name));
  const side = (name: string) => languageSide(name, lang);
  const byKind = new Map<string, string[]>();
  for (const c of r.candidates) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c.id]);
  return {
    scenario: (name) => (ok(side(name)) ? side(name) : null),
    candidate: (id) => {
      const c = r.candidates.find((x) => x.id === id);
      if (c === undefined) return id;
      if (ok(side(c.name))) return side(c.name);
      const same = byKind.get(c.kind) ?? [];
      const kind = kindName(c.kind as MeasureKind, lang);
      return same.length > 1 ? `${kind}${same.indexOf(id) + 1}` : kind;
    },
    target: (id) => {
      const t = plan.targets.find((x) => x.id === id);
      if (t === undefined) return id;
      if (ok(side(t.name))) return side(t.name);
      const key = indicatorOf(plan, id);
      const name = key === null ? '目标' : indicatorName(key, lang);
      return t.kind === 'peak' ? `${name}（${t.peak_by_year}年达峰）` : name;
    },
  };
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
