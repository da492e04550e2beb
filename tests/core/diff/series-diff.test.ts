import { describe, expect, it } from 'vitest';
import { PlanDiff, comparePlans, describeChange, diffPlans, formatDiffText } from '../../../core/diff/index.ts';
import type { ImportedSeries, WeatherSeries } from '../../../core/model/hourly-series.ts';
import type { Plan } from '../../../core/model/plan.ts';
import { samplePlan } from '../fingerprint/sample.ts';

const source = { file_name: 'pcb-2023.csv', imported_at: '2025-03-01T10:00:00.000Z' };
const hours = (f: (h: number) => number) => Array.from({ length: 8760 }, (_, h) => f(h));

const pcbLoad: ImportedSeries = {
  id: 'load-pcb',
  name: 'PCB metered 2023',
  kind: 'load',
  target: { consumer_id: 'pcb' },
  source,
  values: hours(() => 2), // annual sum 17,520
};

const weather: WeatherSeries = {
  id: 'weather',
  name: 'Suining TMY',
  kind: 'weather',
  target: null,
  source: { file_name: 'suining.epw', imported_at: '2025-03-02T08:00:00.000Z' },
  weather: {
    lat_deg: 30.5,
    lon_deg: 105.6,
    time_zone_h: 8,
    elevation_m: 280,
    ghi_w_per_m2: hours((h) => (h % 24 === 12 ? 500 : 0)), // 365 × 500 W/m² = 182.5 kWh/m²
    dni_w_per_m2: hours(() => 0),
    dhi_w_per_m2: hours(() => 0),
    temp_c: hours(() => 17),
    wind_m_per_s: hours(() => 1.5),
  },
};

function withSeries(...series: ImportedSeries[]): Plan {
  const plan = samplePlan();
  plan.hourly_series = structuredClone(series);
  return plan;
}

const seriesChanges = (a: Plan, b: Plan) => diffPlans(a, b).filter((c) => c.section === 'hourly_series');

describe('hourly series in plan diffs', () => {
  it('an added or removed series is its summary, never its 8760 values', () => {
    const [added] = seriesChanges(withSeries(), withSeries(pcbLoad));
    expect(added).toMatchObject({
      change: 'added',
      id: 'load-pcb',
      name: 'PCB metered 2023',
      path: 'hourly_series[load-pcb]',
      old: null,
    });
    expect(added!.new).toEqual({
      id: 'load-pcb',
      name: 'PCB metered 2023',
      kind: 'load',
      target: 'pcb',
      file_name: 'pcb-2023.csv',
      imported_at: '2025-03-01T10:00:00.000Z',
      annual_sum: 17_520,
    });
    expect(JSON.stringify(added).length).toBeLessThan(500);
    expect(describeChange(added!)).toBe(
      'added    hourly series "PCB metered 2023" [load-pcb] (load for pcb, annual sum 17,520, from pcb-2023.csv)',
    );

    const [removed] = seriesChanges(withSeries(weather), withSeries());
    expect(removed).toMatchObject({ change: 'removed', id: 'weather', new: null });
    expect(describeChange(removed!)).toBe(
      'removed  hourly series "Suining TMY" [weather] (weather, annual GHI 182.5 kWh/m², from suining.epw)',
    );
  });

  it('changed values are one change: the annual sum before and after', () => {
    const b = { ...pcbLoad, values: hours((h) => (h < 4380 ? 3 : 2)), source: { ...source, file_name: 'pcb-2024.csv' } };
    const changes = seriesChanges(withSeries(pcbLoad), withSeries(b));
    expect(changes.map((c) => [c.field, c.old, c.new, c.unit])).toEqual([
      ['source.file_name', 'pcb-2023.csv', 'pcb-2024.csv', null],
      ['values', 17_520, 21_900, null],
    ]);
    expect(describeChange(changes[1]!)).toBe('changed  hourly_series[load-pcb]: values changed (annual sum 17,520 → 21,900)');
  });

  it('a reshaped series with the same annual sum still shows as changed', () => {
    const b = { ...pcbLoad, values: hours((h) => (h % 2 === 0 ? 4 : 0)) };
    const changes = seriesChanges(withSeries(pcbLoad), withSeries(b));
    expect(changes.map((c) => [c.field, c.old, c.new])).toEqual([['values', 17_520, 17_520]]);
  });

  it('weather columns report annual GHI (kWh/m²) or a mean, scalars their own units', () => {
    const b = structuredClone(weather);
    b.weather.ghi_w_per_m2 = hours((h) => (h % 24 === 12 ? 600 : 0));
    b.weather.temp_c = hours(() => 18);
    b.weather.elevation_m = 300;
    const changes = seriesChanges(withSeries(weather), withSeries(b));
    expect(changes.map((c) => [c.field, c.old, c.new, c.unit])).toEqual([
      ['weather.elevation_m', 280, 300, 'm'],
      ['weather.ghi_w_per_m2', 182.5, 219, 'kWh/m²'],
      ['weather.temp_c', 17, 18, '°C'],
    ]);
    expect(describeChange(changes[1]!)).toBe(
      'changed  hourly_series[weather]: ghi_w_per_m2 changed (annual GHI 182.5 kWh/m² → 219 kWh/m²)',
    );
    expect(describeChange(changes[2]!)).toBe(
      'changed  hourly_series[weather]: temp_c changed (annual mean temperature 17 °C → 18 °C)',
    );
  });

  it('identical series give no changes; a renamed one gives only the name', () => {
    expect(seriesChanges(withSeries(pcbLoad, weather), withSeries(pcbLoad, weather))).toEqual([]);
    const renamed = seriesChanges(withSeries(pcbLoad), withSeries({ ...pcbLoad, name: 'PCB 2023 (checked)' }));
    expect(renamed.map((c) => [c.field, c.old, c.new])).toEqual([['name', 'PCB metered 2023', 'PCB 2023 (checked)']]);
  });

  it('the whole comparison stays valid against the diff schema and its text names the series', () => {
    const a = withSeries(pcbLoad);
    const b = withSeries({ ...pcbLoad, values: hours(() => 1) }, weather);
    const diff = comparePlans({ label: 'A', plan: a }, { label: 'B', plan: b });
    expect(PlanDiff.safeParse(diff).success).toBe(true);
    expect(diff.same_content).toBe(false);
    const text = formatDiffText(diff);
    expect(text).toContain('values changed (annual sum 17,520 → 8,760)');
    expect(text).toContain('added    hourly series "Suining TMY" [weather]');
    expect(text).not.toMatch(/2, 2, 2/);
  });
});
