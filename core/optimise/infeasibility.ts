import type { BuiltLp } from './build-lp.ts';
import { rowActivity } from './lp.ts';
import type { LinearTarget, PlanningProblem } from './problem.ts';
import type { LpAnswer } from './read-solution.ts';

/**
 * What the elastic solve says when no plan meets every target: for each target and year that
 * is missed, the best value the candidates can reach, the gap, and the bounds that stop it
 * (a candidate at its maximum, the green-power cap, the offset cap, the export limit). Only
 * target rows are relaxed, so every other bound holds; the best value is the one of the
 * least-cost plan that misses the targets as little as possible (penalties far above costs).
 */

export type LimitingBound =
  | {
      readonly kind: 'candidate_max';
      readonly candidate: string;
      readonly part: string;
      readonly max: number;
      readonly unit: 'MW' | 'MWh';
    }
  | { readonly kind: 'green_cap'; readonly share: number }
  | { readonly kind: 'offset_cap'; readonly tco2: number }
  | { readonly kind: 'export_limit'; readonly mw: number }
  /** An annual measure (fuel switch, efficiency, CCUS, ...) at its largest size, in its own unit. */
  | {
      readonly kind: 'measure_max';
      readonly candidate: string;
      readonly measure_kind: string;
      readonly max: number;
      readonly unit: string;
    }
  | { readonly kind: 'import_limit'; readonly mw: number }
  | { readonly kind: 'budget'; readonly year: number; readonly cny: number };

export interface TargetShortfall {
  readonly target_id: string;
  readonly year: number;
  readonly bound: LinearTarget['bound'];
  /** In the indicator's unit (a share as a fraction). */
  readonly best: number;
  readonly limit: number;
  readonly gap: number;
  readonly unit: NonNullable<LinearTarget['unit']>;
  readonly limited_by: readonly LimitingBound[];
}

const AT_BOUND = 1e-6;
/** Bounds a sentence names before counting the rest. */
const MAX_NAMED = 4;

export function shortfalls(problem: PlanningProblem, built: BuiltLp, x: ArrayLike<number>, answer: LpAnswer): TargetShortfall[] {
  const { index, model } = built;
  const act = rowActivity(model, x);
  const out: TargetShortfall[] = [];
  for (const check of answer.targets) {
    if (check.shortfall <= 0) continue;
    const t = check.target;
    const scale = t.indicator_scale ?? 1;
    const period = index.periods.find((p) => p.years.includes(t.year))!;
    const limited: LimitingBound[] = [];
    // Only the bounds of candidates that enter this row can limit it: a coal cap the supported
    // candidates cannot move is limited by none of them, not by all of them.
    const live = t.terms.filter((term) => term.coef !== 0);
    const qs = new Set(live.map((term) => term.quantity));
    const named = new Set(live.filter((term) => term.quantity === 'candidate_units').map((term) => term.candidate));
    const electric = ['import_mwh', 'export_mwh', 'curtailed_mwh', 'renewable_used_mwh', 'scope2_electricity_tco2'].some((q) =>
      qs.has(q as never),
    );
    const relevant = (c: PlanningProblem['candidates'][number]) =>
      c.kind === 'offset'
        ? qs.has('offset_tco2')
        : c.kind === 'green_power'
          ? qs.has('green_mwh') || qs.has('scope2_electricity_tco2')
          : c.kind === 'annual'
            ? named.has(c.id)
            : electric;
    const atMax = (col: number | undefined) => {
      if (col === undefined) return null;
      const max = model.col_upper[col]!; // the candidate's maximum, tightened by the park's bounds
      return Number.isFinite(max) && x[col]! >= max - AT_BOUND * Math.max(1, max) ? max : null;
    };
    for (const c of problem.candidates) {
      if (!relevant(c)) continue;
      const parts: [string, 'MW' | 'MWh'][] =
        c.kind === 'pv' || c.kind === 'wind'
          ? [[c.id, 'MW']]
          : c.kind === 'storage'
            ? [
                [`${c.id}:power`, 'MW'],
                [`${c.id}:energy`, 'MWh'],
              ]
            : [];
      for (const [key, unit] of parts) {
        const max = atMax(period.cap.get(key));
        if (max !== null) limited.push({ kind: 'candidate_max', candidate: c.id, part: key, max, unit });
      }
      if (c.kind === 'annual') {
        const max = atMax(period.cap.get(c.id));
        if (max !== null) limited.push({ kind: 'measure_max', candidate: c.id, measure_kind: c.measure_kind, max, unit: c.unit });
      }
      if (c.kind === 'green_power') {
        const row = index.green_cap_rows[index.periods.indexOf(period)];
        if (row !== undefined && act[row]! >= -AT_BOUND * Math.max(1, x[period.green]!))
          limited.push({
            kind: 'green_cap',
            share: Math.min(c.max_share_of_import, problem.bounds?.max_green_share ?? Infinity),
          });
      }
      if (c.kind === 'offset' && period.offset >= 0) {
        const max = model.col_upper[period.offset]!;
        if (x[period.offset]! >= max - AT_BOUND * Math.max(1, max)) limited.push({ kind: 'offset_cap', tco2: max });
      }
    }
    const exportLimit = model.col_upper[period.exp]!;
    if (electric && Number.isFinite(exportLimit) && period.exp >= 0) {
      let hit = false;
      for (let h = 0; h < period.hours && !hit; h++)
        hit = x[period.curt + h]! > AT_BOUND && x[period.exp + h]! >= exportLimit - AT_BOUND;
      if (hit) limited.push({ kind: 'export_limit', mw: exportLimit });
    }
    // The grid connection limits a target when electrification would need more than it carries.
    const importLimit = model.col_upper[period.imp]!;
    if ((electric || named.size > 0) && Number.isFinite(importLimit)) {
      let hit = false;
      for (let h = 0; h < period.hours && !hit; h++)
        hit = x[period.imp + h]! >= importLimit - AT_BOUND * Math.max(1, importLimit);
      if (hit) limited.push({ kind: 'import_limit', mw: importLimit });
    }
    // A yearly budget spent in full in a build year up to the target's year holds builds back.
    for (const br of index.budget_rows ?? [])
      if (
        br.year <= t.year &&
        act[br.row]! >= model.row_upper[br.row]! - AT_BOUND * Math.max(1, Math.abs(model.row_upper[br.row]!))
      )
        limited.push({ kind: 'budget', year: br.year, cny: br.budget_cny });
    // The bounds that move this row most first: an annual measure by |coefficient x maximum|
    // (its whole effect on the row); the electricity-side bounds after them, in model order.
    // The park-wide limits come first (the green-power cap, the grid, the budget: few, and
    // what a user most often can negotiate), then PV, wind and storage at their maxima, then
    // the annual measures by how much each moves the row at its maximum.
    const rank = (l: LimitingBound) => (l.kind === 'measure_max' ? 2 : l.kind === 'candidate_max' ? 1 : 0);
    const impact = (l: LimitingBound) => {
      if (l.kind !== 'measure_max') return 0;
      let coef = 0;
      for (const term of live) if (term.candidate === l.candidate) coef += term.coef;
      return Math.abs(coef * l.max);
    };
    limited.sort((a, b) => rank(a) - rank(b) || impact(b) - impact(a));
    out.push({
      target_id: t.target_id,
      year: t.year,
      bound: t.bound,
      best: check.indicator,
      limit: t.limit * scale,
      // A ratio whose denominator moves: the gap is the indicator's own, not the row's scaled.
      gap: t.ratio === undefined ? check.shortfall * scale : Math.abs(t.limit * scale - check.indicator),
      unit: t.unit ?? 'MWh',
      limited_by: limited,
    });
  }
  return out;
}

export type Lang = 'zh' | 'en';

export interface ShortfallNames {
  /** The target's name in the reader's language. */
  readonly target: (id: string) => string;
  /** A candidate's name (the measure's name as the user typed it). */
  readonly candidate: (id: string) => string;
}

/** One plain sentence per shortfall, in Chinese or English; never a solver status. */
export function describeShortfall(s: TargetShortfall, lang: Lang, names: ShortfallNames): string {
  const num = (v: number) => fmt(v, s.unit, lang);
  // A sentence names the first few bounds (the ones that move the target most come first);
  // the rest are counted, so a plan with twenty candidates still reads as one line.
  const shown = s.limited_by.slice(0, MAX_NAMED);
  const rest = s.limited_by.length - shown.length;
  const reasons = shown.map((l) => reason(l, lang, names));
  if (rest > 0) reasons.push(lang === 'zh' ? `其他${rest}项措施的上限` : `the maxima of ${rest} other candidates`);
  if (lang === 'zh') {
    const best = s.bound === 'min' ? `最多可达${num(s.best)}` : `最低只能降到${num(s.best)}`;
    const why = reasons.length > 0 ? `；受限于${joinZh(reasons)}` : '；候选措施均已用尽其作用';
    return `${s.year}年${names.target(s.target_id)}：${best}，目标${num(s.limit)}，差${num(s.gap)}${why}`;
  }
  const best = `${num(s.best)} at best`;
  const why = reasons.length > 0 ? `; limited by ${joinEn(reasons)}` : '; no candidate can do more';
  return `${names.target(s.target_id)} ${s.year}: ${best}, target ${num(s.limit)} (short by ${num(s.gap)})${why}`;
}

function reason(l: LimitingBound, lang: Lang, names: ShortfallNames): string {
  const pct = (v: number) => `${round(v * 100)}%`;
  switch (l.kind) {
    case 'candidate_max': {
      const id = l.part.split(':')[0]!;
      const part = l.part.endsWith(':power')
        ? lang === 'zh'
          ? '功率'
          : ' power'
        : l.part.endsWith(':energy')
          ? lang === 'zh'
            ? '容量'
            : ' energy'
          : '';
      const amount = lang === 'zh' ? `${round(l.max)}${l.unit === 'MW' ? '兆瓦' : '兆瓦时'}` : `${round(l.max)} ${l.unit}`;
      return lang === 'zh'
        ? `${names.candidate(id)}${part}上限（${amount}）`
        : `the maximum of ${names.candidate(id)}${part} (${amount})`;
    }
    case 'green_cap':
      return lang === 'zh' ? `绿电比例上限（电网购电的${pct(l.share)}）` : `the ${pct(l.share)} green-power cap`;
    case 'offset_cap':
      return lang === 'zh' ? `碳抵消上限（每年${round(l.tco2)}吨二氧化碳）` : `the offset cap (${round(l.tco2)} tCO2 a year)`;
    case 'export_limit':
      return lang === 'zh' ? `上网功率上限（${round(l.mw)}兆瓦）` : `the export limit (${round(l.mw)} MW)`;
    case 'import_limit':
      return lang === 'zh' ? `电网接入容量（${round(l.mw)}兆瓦）` : `the grid connection (${round(l.mw)} MW)`;
    case 'budget':
      return lang === 'zh'
        ? `${l.year}年投资预算（${round(l.cny / 1e4)}万元）`
        : `the ${l.year} budget (${round(l.cny / 1e6)} million CNY)`;
    case 'measure_max': {
      const amount = l.unit === 'share' ? `${round(l.max * 100)}%` : `${round(l.max)} ${unitName(l.unit, lang)}`;
      return lang === 'zh'
        ? `${names.candidate(l.candidate)}上限（${amount}）`
        : `the maximum of ${names.candidate(l.candidate)} (${amount})`;
    }
  }
}

/** A measure's size unit in words (core/costs SizeUnit). */
function unitName(unit: string, lang: Lang): string {
  const zh: Record<string, string> = {
    kw: '千瓦',
    kwh: '千瓦时',
    gj_per_year: '吉焦/年',
    t_per_year: '吨/年',
    ha: '公顷',
    vehicle: '辆',
    carrier_unit_per_year: '实物量/年',
    mwh_per_year: '兆瓦时/年',
  };
  const en: Record<string, string> = {
    kw: 'kW',
    kwh: 'kWh',
    gj_per_year: 'GJ a year',
    t_per_year: 't a year',
    ha: 'ha',
    vehicle: 'vehicles',
    carrier_unit_per_year: 'units a year',
    mwh_per_year: 'MWh a year',
  };
  return (lang === 'zh' ? zh : en)[unit] ?? (lang === 'zh' ? '' : unit);
}

const UNIT_ZH: Record<string, string> = {
  t: '吨',
  tce: '吨标准煤',
  tCO2: '吨二氧化碳',
  'tCO2/tce': '吨二氧化碳/吨标准煤',
  MWh: '兆瓦时',
};

function fmt(v: number, unit: TargetShortfall['unit'], lang: Lang): string {
  if (unit === 'share') return `${round(v * 100)}%`;
  return `${round(v)} ${lang === 'zh' ? UNIT_ZH[unit] : unit}`;
}

/** Three significant figures, at most one decimal for large numbers: plain for a sentence. */
function round(v: number): string {
  const a = Math.abs(v);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  return Number(v.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}

function joinZh(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join('、')}和${parts[parts.length - 1]}`;
}

function joinEn(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
