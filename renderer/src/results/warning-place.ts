import type { Plan } from '../../../core/model/plan.ts';
import type { NamedEntity } from '../../../core/text/names.ts';

/** Words for the parts of a plan a warning can point at, in the reader's language. */
export interface PlaceWords {
  park: string;
  settings: string;
  /** Factor and cost overrides (both on the Factors screen). */
  factors: string;
  /** Anything the plan's names cannot say (the plan as a whole, a factor override, …). */
  plan: string;
}

const INDEX = /^(\w+)\[(\d+)\]/;

/**
 * Where a warning points, said with the plan's own names instead of the engine's JSON path:
 * `scenarios[2].measures[4].lifetime_years` reads "近零碳园区 › 厂房屋顶光伏", `consumers[0].energy.coal_t`
 * the enterprise's name, `scenarios[1].settings.export_limit_kw` "清洁能源转型 › 情景设置". The
 * field itself is left out: the warning's sentence says what is wrong with it. Indices follow
 * the engine's paths (core/engine/resolve.ts: positions in plan.scenarios, a scenario's own
 * measures and overrides, plan.consumers).
 */
export function warningPlace(plan: Plan, path: string, nameOf: (e: NamedEntity) => string, words: PlaceWords): string {
  if (path === 'park' || path.startsWith('park.')) return words.park;
  if (/^(factor|cost)_overrides\b/.test(path)) return words.factors;
  const head = INDEX.exec(path);
  if (head === null) return words.plan;
  const [, list, index] = head;
  const rest = path.slice(head[0].length);
  if (list === 'consumers') {
    const c = plan.consumers[Number(index)];
    return c === undefined ? words.plan : nameOf(c);
  }
  if (list !== 'scenarios') return words.plan;
  const s = plan.scenarios[Number(index)];
  if (s === undefined) return words.plan;
  const parts = [nameOf(s)];
  const inner = INDEX.exec(rest.replace(/^\./, ''));
  if (inner !== null && inner[1] === 'measures') {
    const m = s.measures[Number(inner[2])];
    if (m !== undefined) parts.push(nameOf(m));
  } else if (inner !== null && inner[1] === 'measure_overrides') {
    const id = s.measure_overrides[Number(inner[2])]?.measure_id;
    const m = id === undefined ? undefined : plan.scenarios.flatMap((x) => x.measures).find((x) => x.id === id);
    if (m !== undefined) parts.push(nameOf(m));
  } else if (rest.startsWith('.settings')) parts.push(words.settings);
  return parts.join(' › ');
}
