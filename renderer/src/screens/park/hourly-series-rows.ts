import type { Draft } from 'immer';
import type { HourlySeriesKind, ImportedSeries } from '../../../../core/model/hourly-series.ts';
import type { Plan } from '../../../../core/model/plan.ts';
import { annualGhiKwhPerM2, annualSum } from '../../../../core/diff/index.ts';
import type { NamedEntity } from '../../../../core/text/names.ts';
import type { ErrorReason } from '../../../../core/api/result.ts';

/**
 * What the Park screen's "Hourly data" panel shows and sends. The renderer never parses a file:
 * it only lists the plan's series, offers the targets an import can go to, and removes a series
 * with an ordinary commit.
 */

export interface SeriesRow {
  id: string;
  kind: HourlySeriesKind;
  /** The enterprise's or measure's name (its id if it is gone); null for weather (the park). */
  target: string | null;
  name: string;
  fileName: string;
  importedAt: string;
  /** Load / PV / wind: annual sum in the file's own units; weather: annual GHI, kWh/m². */
  annual: { kind: 'sum' | 'ghi_kwh_per_m2'; value: number };
}

function measuresOf(plan: Plan) {
  return plan.scenarios.flatMap((s) => s.measures.map((m) => ({ measure: m, scenario: s })));
}

/** Names an enterprise, scenario or measure; screens pass useLocalName, so names follow their language. */
type NameOf = (e: NamedEntity) => string;
const primary: NameOf = (e) => e.name;

function targetName(plan: Plan, s: ImportedSeries, nameOf: NameOf): string | null {
  if (s.kind === 'weather') return null;
  if (s.kind === 'load') {
    const c = plan.consumers.find((x) => x.id === s.target.consumer_id);
    return c === undefined ? s.target.consumer_id : nameOf(c);
  }
  const m = measuresOf(plan).find((x) => x.measure.id === s.target.measure_id)?.measure;
  return m === undefined ? s.target.measure_id : nameOf(m);
}

export function seriesRows(plan: Plan, nameOf: NameOf = primary): SeriesRow[] {
  return plan.hourly_series.map((s) => {
    const ghi = annualGhiKwhPerM2(s);
    return {
      id: s.id,
      kind: s.kind,
      target: targetName(plan, s, nameOf),
      name: s.name,
      fileName: s.source.file_name,
      importedAt: s.source.imported_at,
      annual: ghi !== null ? { kind: 'ghi_kwh_per_m2', value: ghi } : { kind: 'sum', value: annualSum(s) ?? 0 },
    };
  });
}

export interface TargetOption {
  id: string;
  label: string;
  /** Already has a series of this kind: the host would refuse a second one. */
  taken: boolean;
}

/**
 * Where a series of `kind` can go: enterprises for load, PV or wind measures (each id once,
 * with the scenarios it appears in) for pv / wind; none for weather, which belongs to the park.
 */
export function importTargets(plan: Plan, kind: HourlySeriesKind, nameOf: NameOf = primary): TargetOption[] {
  const has = (id: string) =>
    plan.hourly_series.some(
      (s) =>
        s.kind === kind &&
        ((s.kind === 'load' && s.target.consumer_id === id) ||
          ((s.kind === 'pv' || s.kind === 'wind') && s.target.measure_id === id)),
    );
  if (kind === 'weather') return [];
  if (kind === 'load') return plan.consumers.map((c) => ({ id: c.id, label: nameOf(c), taken: has(c.id) }));
  const byId = new Map<string, { name: string; scenarios: string[] }>();
  for (const { measure, scenario } of measuresOf(plan)) {
    if (measure.kind !== kind) continue;
    const entry = byId.get(measure.id) ?? { name: nameOf(measure), scenarios: [] };
    entry.scenarios.push(nameOf(scenario));
    byId.set(measure.id, entry);
  }
  return [...byId].map(([id, m]) => ({ id, label: `${m.name} (${m.scenarios.join(', ')})`, taken: has(id) }));
}

/** The `target` field of `series.import` for a kind and the picked id. */
export function importTarget(kind: HourlySeriesKind, targetId: string): { consumer_id: string } | { measure_id: string } | null {
  if (kind === 'weather') return null;
  return kind === 'load' ? { consumer_id: targetId } : { measure_id: targetId };
}

/** A file name without any folder (browsers give only the name, but a path must never reach the host). */
export function baseFileName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

/** The recipe that removes one series (a normal commit: one undo step). */
export function removeSeries(draft: Draft<Plan>, id: string): void {
  const i = draft.hourly_series.findIndex((s) => s.id === id);
  if (i >= 0) draft.hourly_series.splice(i, 1);
}

/** One problem of a refused import: the host's English line, and why for a person when the host says it. */
export interface ProblemLine {
  text: string;
  reason?: ErrorReason | undefined;
  /** The text is already in the screen's language (a problem the renderer found itself). */
  localised?: boolean;
}

/** The host's refusal as lines for the person: one per problem, `file: row N: reason`, with its reason. */
export function problemLines(
  message: string,
  details: readonly { message: string; reason?: ErrorReason | undefined }[] | undefined,
): ProblemLine[] {
  const lines: ProblemLine[] =
    details !== undefined && details.length > 0
      ? details.map((d) => ({ text: d.message.trim(), reason: d.reason }))
      : message.split('\n').map((l) => ({ text: l.trim() }));
  return lines.filter((l) => l.text !== '');
}
