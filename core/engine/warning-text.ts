import { paramSpec, type WarningParamSpec, type WarningUnit } from './warning-params.ts';
import type { WarningParams } from './warnings.ts';

/**
 * A warning's sentence in the reader's language, from a template per code and the warning's
 * params. Shared by the renderer (i18next's `{{name}}` placeholders) and the reports (`{name}`):
 * each passes its own templates and number formatting. Anything the template cannot say
 * exactly (unknown code or variant, a placeholder the code does not declare, a missing or
 * ill-typed param, an id without a name) gives the engine's English message instead: a reader
 * never sees a raw key or a half-filled sentence.
 */

export interface WarningLocale {
  /** Whether `bilingual` params print their `<name>_zh` companion. */
  chinese: boolean;
  /** A quantity with grouping and at most `digits` decimals. */
  number(value: number, digits: number): string;
  /** A fraction as a percentage with at most `digits` decimals, sign included ("25%"). */
  percent(fraction: number, digits: number): string;
  year(value: number): string;
  /** What follows a figure in `unit`, spacing included (" GJ", "°"). */
  unit(unit: Exclude<WarningUnit, 'carrier'>): string;
  /** What follows an amount of `carrier`, or null for an unknown carrier. */
  carrierUnit(carrier: string): string | null;
  carrier(id: string): string | null;
  region(id: string): string | null;
  /**
   * A consumer load profile's name (`load_shape` params). Optional: the reports print no
   * sentence that names one, and without it such a sentence falls back to English.
   */
  loadShape?(id: string): string | null;
}

/** The declared spec of a param of a code, or null (warnings: `paramSpec`). */
export type ParamSpecLookup = (code: string, name: string) => WarningParamSpec | null;

/** One sentence, or one per variant of the code. */
export type WarningTemplate = string | { readonly [variant: string]: string };
export type WarningTemplates = { readonly [code: string]: WarningTemplate | undefined };

export interface WarningSubject {
  code: string;
  message: string;
  /** Absent in results saved before warnings had params. */
  params?: WarningParams | undefined;
}

/** An English label inside a sentence: "Natural gas" -> "natural gas"; acronyms ("LPG") stay. */
export function midSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

const PLACEHOLDER = /\{\{(\w+)\}\}|\{(\w+)\}/g;

/** The template that applies to `w`, or null. */
export function templateFor(w: WarningSubject, templates: WarningTemplates): string | null {
  if (!Object.hasOwn(templates, w.code)) return null;
  const entry = templates[w.code];
  if (typeof entry === 'string') return entry;
  if (entry === undefined) return null;
  const v = w.params?.['variant'];
  return typeof v === 'string' && Object.hasOwn(entry, v) ? entry[v]! : null;
}

function formatParam(
  code: string,
  name: string,
  params: WarningParams,
  loc: WarningLocale,
  specOf: ParamSpecLookup,
): string | null {
  const spec = specOf(code, name);
  const value = params[name];
  if (spec === null || value === undefined) return null;
  if (spec.kind === 'year' || spec.kind === 'number' || spec.kind === 'percent') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    if (spec.kind === 'year') return loc.year(value);
    if (spec.kind === 'percent') return loc.percent(value, spec.digits);
    const figure = loc.number(value, spec.digits);
    if (spec.unit === undefined) return figure;
    if (spec.unit !== 'carrier') return figure + loc.unit(spec.unit);
    const c = params['carrier'];
    const u = typeof c === 'string' ? loc.carrierUnit(c) : null;
    return u === null ? null : figure + u;
  }
  if (typeof value !== 'string') return null;
  switch (spec.kind) {
    case 'carrier':
      return loc.carrier(value);
    case 'region':
      return loc.region(value);
    case 'load_shape':
      return loc.loadShape?.(value) ?? null;
    case 'bilingual': {
      const zh = params[`${name}_zh`];
      return loc.chinese && typeof zh === 'string' && zh !== '' ? zh : value;
    }
    case 'variant':
      return null; // selects the template; a sentence never prints it
    default:
      return value;
  }
}

/**
 * The warning in the reader's language. `translated` is false when the English message was
 * used instead (see the file comment). `specOf` says which params a code declares: the
 * warnings' by default; the dispatch note's sentences pass theirs (dispatch-notes.ts).
 */
export function warningText(
  w: WarningSubject,
  templates: WarningTemplates,
  loc: WarningLocale,
  specOf: ParamSpecLookup = paramSpec,
): { text: string; translated: boolean } {
  const template = templateFor(w, templates);
  if (template === null) return { text: w.message, translated: false };
  const params = w.params ?? {};
  let ok = true;
  const text = template.replace(PLACEHOLDER, (whole, a: string | undefined, b: string | undefined) => {
    const out = formatParam(w.code, a ?? b ?? '', params, loc, specOf);
    if (out === null) ok = false;
    return out ?? whole;
  });
  return ok ? { text, translated: true } : { text: w.message, translated: false };
}
