import { readFileSync } from 'node:fs';
import {
  DISPATCH_NOTE_CODES,
  DISPATCH_NOTE_PARAMS,
  dispatchNoteVariants,
  parsePlanOrThrow,
  runPlan,
} from '../../../core/engine/index.ts';
import type { DispatchNoteCode, DispatchSentence, RunOptions, WarningParamSpec } from '../../../core/engine/index.ts';
import type { ImportedSeries } from '../../../core/model/hourly-series.ts';
import { parsePlan, type Plan } from '../../../core/model/plan.ts';
import { lookupClimate, synthesizeWeather } from '../../../core/profiles/index.ts';
import { measure, tinyPlan } from './fixtures.ts';

/**
 * Dispatch-note sentences to say in every language: the sample park's (every scenario, from
 * the engine), plans that reach the other codes and variants through the engine, and one
 * made-up sentence per code and variant with every declared param filled.
 */

export interface DispatchCase {
  where: string;
  sentence: DispatchSentence;
}

const samplePlan = (): Plan =>
  parsePlanOrThrow(JSON.parse(readFileSync(new URL('../../fixtures/sample-park-2024.plan.json', import.meta.url), 'utf8')));

function sentencesOf(label: string, plan: Plan, options: RunOptions = {}): DispatchCase[] {
  return runPlan(plan, { mac: false, ...options }).scenarios.flatMap((r) =>
    r.dispatch.sentences.map((sentence, i) => ({ where: `${label} ${r.scenario_id} #${i} ${sentence.code}`, sentence })),
  );
}

export function sampleParkDispatchSentences(): DispatchCase[] {
  return sentencesOf('sample', samplePlan());
}

const source = { file_name: 'metered.csv', imported_at: '2025-03-01T10:00:00.000Z' };
const hours = (f: (h: number) => number) => Array.from({ length: 8760 }, (_, h) => f(h));

/** A small plan with an imported load, PV and wind series and an imported weather file, on a flat tariff. */
export function importedSeriesPlan(): Plan {
  const climate = lookupClimate('Mianyang', 'Sichuan');
  if (!climate.ok) throw new Error(climate.message);
  const w = synthesizeWeather(climate.value.climate);
  const series: ImportedSeries[] = [
    { id: 'load', name: 'Night shift', kind: 'load', target: { consumer_id: 'c1' }, source, values: hours((h) => 1 + (h % 24)) },
    { id: 'pvs', name: 'PV sim', kind: 'pv', target: { measure_id: 'pv1' }, source, values: hours((h) => (h % 24 > 8 ? 1 : 0)) },
    { id: 'ws', name: 'Mast', kind: 'wind', target: { measure_id: 'w1' }, source, values: hours((h) => 1 + (h % 7)) },
    {
      id: 'epw',
      name: 'Typical year',
      kind: 'weather',
      target: null,
      source: { ...source, file_name: 'mianyang.epw' },
      weather: {
        lat_deg: w.lat_deg,
        lon_deg: w.lon_deg,
        time_zone_h: 8,
        elevation_m: 500,
        ghi_w_per_m2: Array.from(w.ghi_w_per_m2),
        dni_w_per_m2: Array.from(w.ghi_w_per_m2, () => 0),
        dhi_w_per_m2: Array.from(w.ghi_w_per_m2),
        temp_c: Array.from(w.temp_c),
        wind_m_per_s: Array.from(w.wind_m_per_s),
      },
    },
  ];
  const plan = tinyPlan({
    energy: { electricity_mwh: 10_000 },
    settings: { electricity_tariff: 'flat' },
    measures: [measure('pv1', 'pv', { capacity_kw: 3000, tilt_deg: 25 }), measure('w1', 'wind', { capacity_kw: 2000 })],
  });
  const parsed = parsePlan({
    ...plan,
    consumers: plan.consumers.map((c) => ({ ...c, load_profile: 'two_shift' })),
    hourly_series: series,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.plan;
}

/** Plans and run options that reach, through the engine, the sentences the sample park does not. */
export function otherEngineDispatchSentences(): DispatchCase[] {
  return [
    // Annual netting chosen for comparison.
    ...sentencesOf('sample annual', samplePlan(), { electricity: 'annual' }),
    // Imported load, PV, wind and weather; flat tariff.
    ...sentencesOf('imported', importedSeriesPlan()),
    // A city without a climate row: its province's capital.
    ...sentencesOf('capital', tinyPlan({ city: 'Nowhere', province: 'Sichuan' })),
    // Neither city nor province known: annual netting, no climate.
    ...sentencesOf('no climate', tinyPlan({ city: 'Nowhere', province: 'Atlantis' })),
  ];
}

function dummy(name: string, spec: WarningParamSpec): string | number {
  switch (spec.kind) {
    case 'number':
    case 'percent':
      return 12345.678;
    case 'year':
      return 2031;
    case 'load_shape':
      return 'two_shift';
    default:
      return name.endsWith('_zh') ? '遂宁' : 'Suining';
  }
}

/** Each code (and each of its variants) with every declared param. */
export function everyDispatchCodeAndVariant(): { code: DispatchNoteCode; variant: string | null; sentence: DispatchSentence }[] {
  return DISPATCH_NOTE_CODES.flatMap((code) => {
    const specs: Record<string, WarningParamSpec> = DISPATCH_NOTE_PARAMS[code];
    const base: DispatchSentence['params'] = {};
    for (const [name, spec] of Object.entries(specs)) if (spec.kind !== 'variant') base[name] = dummy(name, spec);
    const variants: (string | null)[] = dispatchNoteVariants(code).length > 0 ? [...dispatchNoteVariants(code)] : [null];
    return variants.map((variant) => ({
      code,
      variant,
      sentence: { code, message: `ENGLISH MESSAGE OF ${code}`, params: variant === null ? base : { ...base, variant } },
    }));
  });
}
