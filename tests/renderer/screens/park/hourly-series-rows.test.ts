import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { ImportedSeries } from '../../../../core/model/hourly-series.ts';
import {
  baseFileName,
  importTarget,
  importTargets,
  problemLines,
  removeSeries,
  seriesRows,
} from '../../../../renderer/src/screens/park/hourly-series-rows.ts';
import { samplePlan } from '../../support/fake-host.ts';

const source = { file_name: 'pcb.csv', imported_at: '2025-03-01T10:00:00.000Z' };
const flat = (v: number) => Array.from({ length: 8760 }, () => v);

const load: ImportedSeries = {
  id: 'load-pcb',
  name: 'PCB',
  kind: 'load',
  target: { consumer_id: 'pcb' },
  source,
  values: flat(2),
};
const pv: ImportedSeries = {
  id: 'pv-ground-pv',
  name: 'PVsyst',
  kind: 'pv',
  target: { measure_id: 'ground-pv' },
  source,
  values: flat(0.5),
};
const weather: ImportedSeries = {
  id: 'weather',
  name: 'TMY',
  kind: 'weather',
  target: null,
  source: { file_name: 'suining.epw', imported_at: source.imported_at },
  weather: {
    lat_deg: 30.5,
    lon_deg: 105.6,
    time_zone_h: 8,
    elevation_m: 280,
    ghi_w_per_m2: flat(150),
    dni_w_per_m2: flat(0),
    dhi_w_per_m2: flat(0),
    temp_c: flat(17),
    wind_m_per_s: flat(1),
  },
};

function planWith(...series: ImportedSeries[]) {
  const plan = samplePlan();
  plan.hourly_series = series;
  return plan;
}

describe('hourly data panel helpers', () => {
  it('lists each series with its target name, source and annual figure', () => {
    const rows = seriesRows(planWith(load, pv, weather));
    const pcbName = samplePlan().consumers.find((c) => c.id === 'pcb')!.name;
    expect(rows.map((r) => [r.id, r.kind, r.target, r.fileName, r.annual])).toEqual([
      ['load-pcb', 'load', pcbName, 'pcb.csv', { kind: 'sum', value: 17_520 }],
      ['pv-ground-pv', 'pv', expect.any(String), 'pcb.csv', { kind: 'sum', value: 4380 }],
      // 150 W/m² every hour: 1,314 kWh/m².
      ['weather', 'weather', null, 'suining.epw', { kind: 'ghi_kwh_per_m2', value: 1314 }],
    ]);
  });

  it('offers enterprises for load and each PV or wind measure once, marking targets that already have data', () => {
    const plan = planWith(load);
    const loads = importTargets(plan, 'load');
    expect(loads).toHaveLength(plan.consumers.length);
    expect(loads.find((o) => o.id === 'pcb')?.taken).toBe(true);
    expect(loads.filter((o) => o.taken)).toHaveLength(1);
    expect(importTargets(plan, 'pv').map((o) => o.id)).toEqual(['rooftop-pv', 'ground-pv']);
    expect(importTargets(plan, 'wind').map((o) => o.id)).toEqual(['hill-wind']);
    expect(importTargets(plan, 'weather')).toEqual([]);
  });

  it('builds the request target per kind', () => {
    expect(importTarget('load', 'pcb')).toEqual({ consumer_id: 'pcb' });
    expect(importTarget('wind', 'hill-wind')).toEqual({ measure_id: 'hill-wind' });
    expect(importTarget('weather', 'ignored')).toBeNull();
  });

  it('removes one series by id', () => {
    const next = produce(planWith(load, pv), (d) => removeSeries(d, 'load-pcb'));
    expect(next.hourly_series.map((s) => s.id)).toEqual(['pv-ground-pv']);
  });

  it('keeps only the file name and splits the host refusal into lines', () => {
    expect(baseFileName('C:\\data\\pcb.csv')).toBe('pcb.csv');
    expect(baseFileName('/tmp/x/pcb.csv')).toBe('pcb.csv');
    expect(problemLines('a.csv: row 4: bad', [{ message: 'a.csv: row 4: bad' }])).toEqual([
      { text: 'a.csv: row 4: bad', reason: undefined },
    ]);
    expect(problemLines('one\ntwo\n', undefined)).toEqual([{ text: 'one' }, { text: 'two' }]);
    const reason = { key: 'series_empty_line', params: { file: 'a.csv', row: 4 } };
    expect(problemLines('a.csv: row 4: empty line', [{ message: 'a.csv: row 4: empty line', reason }])).toEqual([
      { text: 'a.csv: row 4: empty line', reason },
    ]);
  });
});
