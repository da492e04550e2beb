import { describe, expect, it } from 'vitest';
import { runPlan } from '../../../core/engine/index.ts';
import type { PlanResults } from '../../../core/engine/index.ts';
import { importedSeriesPlan } from './dispatch-note-cases.ts';
import { tinyPlan } from './fixtures.ts';

/** Every scenario's dispatch sentences say exactly its English description, tariff and notes, in that order. */
function expectParallel(results: PlanResults): void {
  for (const r of results.scenarios) {
    const d = r.dispatch;
    expect(
      d.sentences.map((s) => s.message),
      r.scenario_id,
    ).toEqual([d.description, d.tariff, ...d.notes]);
    expect(d.sentences.slice(0, 2).map((s) => s.code)).toEqual(['method', 'tariff']);
  }
}

describe('the dispatch note as sentences with their facts', () => {
  it('parallels the English description, tariff and notes, and keeps the English sentences', () => {
    const plan = tinyPlan({});
    const r = runPlan(plan, { mac: false }).scenarios[0]!;
    expectParallel(runPlan(plan, { mac: false }));
    expect(r.dispatch.tariff).toMatch(
      /^Sichuan TOU 2022 \(approximate\): flat period \d+\.\d CNY\/MWh, peak x1\.6, valley x0\.4, critical peak x1\.92 \(so that the base-year park load pays 600 CNY\/MWh on average\); export 300 CNY\/MWh; approximate Sichuan TOU periods after the NDRC notice Fagai Jiage \[2021\] No\. 1093/,
    );
    expect(r.dispatch.sentences[1]!.params).toMatchObject({
      variant: 'tou',
      tariff_zh: '四川分时电价（2022年，近似）',
      peak_ratio: 1.6,
      valley_ratio: 0.4,
      critical_ratio: 1.92,
      average_price: 600,
      export_price: 300,
    });
    expect(r.dispatch.climate_name).toEqual({ en: 'Mianyang', zh: '绵阳' });
    expectParallel(runPlan(plan, { mac: false, electricity: 'annual' }));
  });

  it('carries the names, files and dates of imported series', () => {
    const results = runPlan(importedSeriesPlan(), { mac: false });
    expectParallel(results);
    const s = results.scenarios.find((x) => x.scenario_id === 's')!.dispatch.sentences;
    expect(s.map((x) => x.code)).toEqual([
      'method',
      'tariff',
      'climate_note',
      'load_series',
      'generation_series',
      'generation_series',
      'weather_series',
    ]);
    expect(s[1]!.params).toEqual({ variant: 'flat', import_price: 600, export_price: 300 });
    expect(s[2]!.params).toEqual({
      variant: 'imported_weather',
      series: 'Typical year',
      file: 'mianyang.epw',
      imported_on: '2025-03-01',
    });
    expect(s[3]!.params).toEqual({
      consumer: 'c1',
      consumer_id: 'c1',
      load_profile: 'two_shift',
      series: 'Night shift',
      file: 'metered.csv',
      imported_on: '2025-03-01',
    });
    expect(s[5]!.params).toMatchObject({ variant: 'wind', measure_id: 'w1', series: 'Mast' });
  });
});
