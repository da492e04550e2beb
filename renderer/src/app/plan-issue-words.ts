import type { TFunction } from 'i18next';
import type { ErrorReason } from '../../../core/api/result.ts';
import type { DiffSection } from '../../../core/diff/schema.ts';
import type { MeasureKind } from '../../../core/model/measures.ts';
import { parseCostKey } from '../../../core/costs/index.ts';
import { factorName } from '../../../core/text/factor-names.ts';
import { localName, type Lang } from '../../../core/text/names.ts';
import { isCleanName } from '../../../core/text/control-chars.ts';
import { planIssueReason, planIssueText, type PlanIssueLocale } from '../../../core/text/plan-issue-text.ts';
import { fieldWords, type FieldContext } from '../i18n/field-labels.ts';
import { formatNumber, formatYear } from '../format/numbers.ts';
import { hasMessage } from '../i18n/lookup.ts';
import { nameLang } from '../i18n/use-local-name.ts';
import { currentLocale } from '../i18n/index.ts';

/**
 * A plan issue (core/model/plan.ts PlanIssue: a JSON path, an English message and a reason) in
 * the screen's language: WHERE as words (the entity by its name in that language, the field as
 * the form that edits it labels it, i18n/field-labels.ts) and WHAT from the reason's sentence
 * (core/text/plan-issue-text.ts). Index paths (`consumers[3]`) are read against the plan given,
 * the one the issue was found in; it is read defensively, since a refused plan may be malformed.
 * A part of the path nothing here knows still reads as words ("another setting of …"); a Chinese
 * reader never sees a raw path, a key or zod's English.
 */

type LooseT = (key: string, options?: Record<string, unknown>) => string;

export interface IssueInput {
  t: TFunction;
  /** i18next language code (`en`, `zh-CN`). */
  language: string;
  /** The plan the issue was found in (the edited draft, the imported file); null when not at hand. */
  plan: unknown;
  /**
   * The plan on screen before the refused change, when it differs from `plan`: a name the draft
   * does not have in the reader's language (the refused name itself, say) is taken from it by id.
   */
  shown?: unknown;
}

export interface IssueLike {
  path: string;
  message: string;
  reason?: ErrorReason | undefined;
}

type Part = string | number;

/** `consumers[3].energy.coal_t`, `scenarios[1].measure_overrides[0].set["params.capacity_kw"]` as parts; null when it is not a path. */
export function parseIssuePath(path: string): Part[] | null {
  if (path === '(root)' || path === '') return [];
  const parts: Part[] = [];
  const re = /(?:^|\.)([^.[\]"]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/gy;
  let at = 0;
  while (at < path.length) {
    re.lastIndex = at;
    const m = re.exec(path);
    if (m === null) return null;
    if (m[1] !== undefined) parts.push(m[1]);
    else if (m[2] !== undefined) parts.push(Number(m[2]));
    else parts.push(m[3]!.replace(/\\(.)/g, '$1'));
    at = re.lastIndex;
  }
  return parts;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function at(v: unknown, ...path: Part[]): unknown {
  let node = v;
  for (const p of path) {
    if (typeof p === 'number') node = Array.isArray(node) ? node[p] : undefined;
    else node = isRecord(node) && Object.hasOwn(node, p) ? node[p] : undefined;
  }
  return node;
}
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
/** A name as a place may show it: a refused name (control characters, direction overrides) is left out. */
const cleanName = (v: unknown) => {
  const s = str(v);
  return s !== undefined && s.length <= 200 && isCleanName(s) ? s : undefined;
};

/** An entity's name in the reader's language (`fallback`: in the other one), or null when the record has none. */
function localNameOf(record: unknown, lang: Lang): { text: string; fallback: boolean } | null {
  const name = cleanName(at(record, 'name'));
  const zh = cleanName(at(record, 'name_zh'));
  const enName = cleanName(at(record, 'name_en'));
  if (name === undefined && zh === undefined && enName === undefined) return null;
  return localName({ name: name ?? zh ?? enName!, name_zh: zh, name_en: enName }, lang);
}

/** The records of a section in a plan, for finding one by id (measures of every scenario). */
function recordsOf(plan: unknown, s: DiffSection): unknown[] {
  if (s === 'measures') {
    const scenarios = at(plan, 'scenarios');
    return Array.isArray(scenarios)
      ? scenarios.flatMap((x) => (Array.isArray(at(x, 'measures')) ? (at(x, 'measures') as unknown[]) : []))
      : [];
  }
  const list = at(plan, s);
  return Array.isArray(list) ? list : [];
}

/** The name of `record` for the reader: its own, or the shown plan's one of the same id when that is in the reader's language. */
function nameOf(record: unknown, lang: Lang, s: DiffSection, shown?: unknown): string | null {
  const own = localNameOf(record, lang);
  if (own !== null && !own.fallback) return own.text;
  const id = at(record, 'id');
  if (shown !== undefined && typeof id === 'string') {
    const other = localNameOf(
      recordsOf(shown, s).find((x) => at(x, 'id') === id),
      lang,
    );
    if (other !== null && (!other.fallback || own === null)) return other.text;
  }
  return own?.text ?? null;
}

/** The dotted field of the parts after an entity, without list positions (`energy.coal_t`). */
const fieldOf = (parts: readonly Part[]) => parts.filter((p): p is string => typeof p === 'string').join('.');

/** Where the issue is, in words of the screen's language (a sentence start: capitalised in English). */
export function issuePlace(path: string, input: IssueInput): string {
  const place = placeOf(path, input);
  return nameLang(input.language) === 'en' ? place.charAt(0).toUpperCase() + place.slice(1) : place;
}

function placeOf(path: string, input: IssueInput): string {
  const t = input.t as unknown as LooseT;
  const lang = nameLang(input.language);
  const plan = input.plan;
  const parts = parseIssuePath(path);
  if (parts === null) return t('planIssues.place.somewhere');
  if (parts.length === 0) return t('planIssues.place.wholePlan');

  const section = (s: DiffSection) => t(`review.compare.section.${s}`);
  const named = (s: DiffSection, record: unknown, index: number) => {
    const name = nameOf(record, lang, s, input.shown);
    return name === null
      ? t('planIssues.place.nth', { section: section(s), n: index + 1 })
      : t('review.compare.entity', { section: section(s), name });
  };
  const line = (entity: string, field: string | null) => (field === null ? entity : t('planIssues.fieldOf', { entity, field }));
  const field = (s: DiffSection, rest: readonly Part[], ctx: FieldContext = {}) => {
    const f = fieldOf(rest);
    return f === '' ? null : fieldWords(input.t, s, f, ctx).label;
  };
  const measureCtx = (m: unknown): FieldContext => {
    const kind = str(at(m, 'kind'));
    const params = at(m, 'params');
    return kind === undefined ? {} : { measure: { kind: kind as MeasureKind, params: isRecord(params) ? params : {} } };
  };

  const [head, index, ...rest] = parts;
  const i = typeof index === 'number' ? index : -1;
  switch (head) {
    case 'format':
    case 'format_version':
      return t('planIssues.place.format');
    case 'park':
      return line(section('park'), field('park', parts.slice(1)));
    case 'consumers':
    case 'targets':
    case 'carbon_markets': {
      if (i < 0) return t('planIssues.place.all', { section: section(head) });
      return line(named(head, at(plan, head, i), i), field(head, rest));
    }
    case 'hourly_series': {
      if (i < 0) return t('planIssues.place.all', { section: section(head) });
      const name = cleanName(at(plan, head, i, 'name'));
      const who =
        name === undefined
          ? t('planIssues.place.nth', { section: section(head), n: i + 1 })
          : t('review.compare.entity', { section: section(head), name });
      return line(who, field(head, rest));
    }
    case 'factor_overrides':
    case 'cost_overrides': {
      if (i < 0) return t('planIssues.place.all', { section: section(head) });
      const key = str(at(plan, head, i, 'key'));
      const name =
        key === undefined ? null : head === 'factor_overrides' ? factorName(key, lang) : costName(t, key, lang, input.language);
      // A key the library does not know is said by position: its raw text is a code.
      const who =
        name === null || (lang === 'zh' && /[A-Za-z]/.test(name))
          ? t('planIssues.place.nth', { section: section(head), n: i + 1 })
          : t('review.compare.entity', { section: section(head), name });
      return line(who, field(head, rest));
    }
    case 'scenarios':
      return scenarioPlace(parts, input, { t, lang, section, named, line, field, measureCtx });
    case 'comments':
      return i < 0 ? t('planIssues.place.comments') : t('planIssues.place.comment', { n: i + 1 });
    case 'uncertainty': {
      const n = typeof rest[0] === 'number' ? rest[0] : -1;
      if (index !== 'inputs' || n < 0) return t('planIssues.place.uncertainty');
      const f = rest[1];
      const who = t('planIssues.place.uncertainInput', { n: n + 1 });
      return typeof f === 'string' && hasMessage(`planIssues.uncertainField.${f}`)
        ? line(who, t(`planIssues.uncertainField.${f}`))
        : who;
    }
    case 'report':
      return t('planIssues.place.report');
    default:
      return t('planIssues.place.somewhere');
  }
}

interface Helpers {
  t: LooseT;
  lang: Lang;
  section: (s: DiffSection) => string;
  named: (s: DiffSection, record: unknown, index: number) => string;
  line: (entity: string, field: string | null) => string;
  field: (s: DiffSection, rest: readonly Part[], ctx?: FieldContext) => string | null;
  measureCtx: (m: unknown) => FieldContext;
}

function scenarioPlace(parts: readonly Part[], input: IssueInput, h: Helpers): string {
  const { t, lang, section, named, line, field, measureCtx } = h;
  const plan = input.plan;
  const [, index, sub, subIndex, ...rest] = parts;
  if (typeof index !== 'number') return t('planIssues.place.all', { section: section('scenarios') });
  const scenario = at(plan, 'scenarios', index);
  const scenarioName = nameOf(scenario, lang, 'scenarios', input.shown);
  const inScenario = (what: string) =>
    scenarioName === null
      ? t('planIssues.place.inNthScenario', { what, n: index + 1 })
      : t('review.compare.inScenario', { what, scenario: scenarioName });
  const measures = () =>
    (Array.isArray(at(plan, 'scenarios')) ? (at(plan, 'scenarios') as unknown[]) : []).flatMap((s) => {
      const list = at(s, 'measures');
      return Array.isArray(list) ? list : [];
    });

  if (sub === 'measures' && typeof subIndex === 'number') {
    const m = at(scenario, 'measures', subIndex);
    return inScenario(line(named('measures', m, subIndex), field('measures', rest, measureCtx(m))));
  }
  if (sub === 'measure_overrides' && typeof subIndex === 'number') {
    const id = str(at(scenario, 'measure_overrides', subIndex, 'measure_id'));
    const measure = id === undefined ? undefined : measures().find((m) => at(m, 'id') === id);
    const measureName = (mid: string) => {
      const m = measures().find((x) => at(x, 'id') === mid);
      return nameOf(m, lang, 'measures', input.shown) ?? t('planIssues.place.inheritedMeasure');
    };
    if (id === undefined) return inScenario(t('planIssues.place.nthOverride', { n: subIndex + 1 }));
    const [what, key] = rest;
    const f =
      what === 'set' && typeof key === 'string'
        ? `measure_overrides.${id}.set.${key}`
        : typeof what === 'string'
          ? `measure_overrides.${id}.${what}`
          : `measure_overrides.${id}`;
    const ctx: FieldContext = { ...measureCtx(measure), measureName };
    return inScenario(fieldWords(input.t, 'scenarios', f, ctx).label);
  }
  const who =
    scenarioName === null
      ? t('planIssues.place.nth', { section: section('scenarios'), n: index + 1 })
      : named('scenarios', scenario, index);
  return line(who, field('scenarios', parts.slice(2)));
}

function costName(t: LooseT, key: string, lang: Lang, language: string): string | null {
  const k = parseCostKey(key);
  if (typeof k === 'string') return null;
  const tech = t(`factors.costs.technology.${k.technology}`);
  const param = t(`factors.costs.parameter.${k.parameter}`);
  const year = k.year === null ? null : t('factors.costs.yearPoint', { year: formatYear(k.year, currentLocale(language)) });
  return lang === 'zh'
    ? `${tech}${param}${year === null ? '' : `（${year}）`}`
    : `${tech}, ${param}${year === null ? '' : `, ${year}`}`;
}

/** Where a field's choices have words: the namespace of the language files that names them. */
const CHOICE_WORDS: Record<string, string> = {
  sector: 'sector',
  load_profile: 'loadProfile',
  grid_region: 'gridRegion',
  kind: 'measureKind',
  carrier: 'carrier',
  from_carrier: 'carrier',
  to_carrier: 'carrier',
  displaced_carrier: 'carrier',
};

/** The reason's sentence with the screen's number formats, and allowed values in words where the field has them. */
export function issueLocale(path: string, input: IssueInput): PlanIssueLocale {
  const t = input.t as unknown as LooseT;
  const lang = nameLang(input.language);
  const locale = currentLocale(input.language);
  const parts = parseIssuePath(path) ?? [];
  const last = [...parts].reverse().find((p): p is string => typeof p === 'string');
  const space = last === undefined ? undefined : CHOICE_WORDS[last];
  return {
    lang,
    number: (v) => formatNumber(v, locale, 6),
    year: (v) => formatYear(v, locale),
    count: (v) => formatNumber(v, locale, 0),
    values: (items) => {
      const said = items.map((v) => (space !== undefined && hasMessage(`${space}.${v}`) ? t(`${space}.${v}`) : null));
      const words = said.every((w) => w !== null) ? (said as string[]) : items;
      return words.map((w) => `“${w}”`).join(lang === 'zh' ? '、' : ', ');
    },
  };
}

/** What is wrong and what would fix it; without a sentence for the reason, a general one (English: the host's message). */
export function issueWhat(issue: IssueLike, input: IssueInput): string {
  const loc = issueLocale(issue.path, input);
  const said = planIssueText(issue.reason, loc);
  if (said !== null) return said;
  if (loc.lang === 'en' && issue.message !== '') return issue.message;
  return planIssueText(planIssueReason('invalid_generic'), loc)!;
}

/** "Enterprise “PCB plant”: coal use in the base year — This cannot be negative. …" as one line. */
export function issueLine(issue: IssueLike, input: IssueInput): string {
  const t = input.t as unknown as LooseT;
  return t('planIssues.line', { where: issuePlace(issue.path, input), what: issueWhat(issue, input) });
}

/** The first issue as one line (where and what), for a refusal shown in one message. */
export function firstIssueLine(issues: readonly IssueLike[], input: IssueInput): string {
  const first = issues[0];
  return first === undefined ? '' : issueLine(first, input);
}

/** The first issue's sentence only, for a form field that already says where. */
export function firstIssueWhat(issues: readonly IssueLike[], input: IssueInput): string {
  const first = issues[0];
  return first === undefined ? '' : issueWhat(first, input);
}
