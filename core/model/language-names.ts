import { namesFromPrimary, textsFromPrimary } from '../text/names.ts';

/**
 * Names in two languages for plans written with one name (core/text/names.ts). Before
 * `name_zh` / `name_en` existed every park, enterprise, scenario, measure and target had one
 * `name`. `addLanguageNames` puts such a name into the language it is written in (a Chinese
 * character makes it Chinese) and leaves the other language empty, so a report in that language
 * marks the fallback until someone writes the name; `name` itself stays. A child scenario's
 * override of an inherited measure's `name` gets the same language field, or the parent's
 * language name would still show.
 *
 * It runs on every parse (parsePlan), which needs no format bump: the fields are optional, the
 * step is idempotent (an entity with either language name is left alone) and plans of every
 * format version take it. Project files get the same step in migration 0007.
 *
 * `withoutDerivedNames` is its inverse for the fingerprint: a language name that only repeats
 * the primary name in its own language adds nothing, so a plan keeps the fingerprint (and the
 * signatures on it) it had before the upgrade; names someone actually wrote are content.
 */

type Raw = Record<string, unknown>;

const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** Every object of a plan (as JSON) that carries a name: park, consumers, targets, scenarios, measures, overrides' `set`. */
function namedObjects(plan: Raw): Raw[] {
  const out: Raw[] = [];
  if (isObj(plan.park)) out.push(plan.park);
  out.push(...list(plan.consumers), ...list(plan.targets), ...list(plan.carbon_markets));
  for (const s of list(plan.scenarios)) {
    out.push(s, ...list(s.measures));
    for (const o of list(s.measure_overrides)) if (isObj(o.set)) out.push(o.set);
  }
  return out;
}

/** A copy of `input` (plan JSON) in which every entity with only `name` has it in its language too. */
export function addLanguageNames(input: unknown): unknown {
  if (!isObj(input)) return input;
  const plan = structuredClone(input);
  for (const entity of namedObjects(plan)) {
    if (typeof entity.name !== 'string' || entity.name_zh !== undefined || entity.name_en !== undefined) continue;
    Object.assign(entity, namesFromPrimary(entity.name.trim()));
  }
  return plan;
}

/** Texts in two languages (migration 0009): the primary field and its language versions, by entity. */
function textedObjects(plan: Raw): [Raw, string][] {
  const out: [Raw, string][] = [];
  if (isObj(plan.park)) out.push([plan.park, 'description']);
  for (const s of list(plan.scenarios)) out.push([s, 'description']);
  for (const t of list(plan.targets)) out.push([t, 'source']);
  return out;
}

/**
 * A copy of a parsed plan without the language names `addLanguageNames` would derive again, and
 * without language texts that only repeat the split of their primary text (migration 0009
 * writes them into project files; a person's own translation differs and stays content).
 */
export function withoutDerivedNames<T extends object>(plan: T): T {
  const copy = structuredClone(plan) as unknown as Raw;
  for (const [entity, field] of textedObjects(copy)) {
    if (typeof entity[field] !== 'string') continue;
    const derived = textsFromPrimary(entity[field]);
    if (entity[`${field}_zh`] === derived.zh && entity[`${field}_en`] === derived.en) {
      delete entity[`${field}_zh`];
      delete entity[`${field}_en`];
    }
  }
  for (const entity of namedObjects(copy)) {
    if (typeof entity.name !== 'string') continue;
    const derived = namesFromPrimary(entity.name);
    if (entity.name_zh === derived.name_zh && entity.name_en === derived.name_en) {
      delete entity.name_zh;
      delete entity.name_en;
    }
  }
  return copy as unknown as T;
}
