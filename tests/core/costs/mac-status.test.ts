import { describe, expect, it } from 'vitest';
import { macStatus } from '../../../core/engine/run.ts';
import { runScenario } from '../../../core/engine/index.ts';
import { tinyPlan, measure } from '../engine/fixtures.ts';

describe('MAC status', () => {
  it('names abatement, none, raising and the mixed case from the abatement signs', () => {
    expect(macStatus(10, 12)).toBe('abates');
    expect(macStatus(0, 0)).toBe('none');
    expect(macStatus(-5, -6)).toBe('raises');
    expect(macStatus(-1, 3)).toBe('mixed');
    expect(macStatus(1e-9, 0)).toBe('none');
  });

  it('a grid-powered electrolyser raises emissions, an efficiency measure abates, an idle offset abates nothing', () => {
    const plan = tinyPlan({
      energy: { coal_t: 1000, electricity_mwh: 1000, diesel_t: 100 },
      measures: [
        measure('eff', 'efficiency', { saving_share: 0.1 }, { capex_cny_per_unit: 1e6 }),
        measure(
          'h2',
          'green_hydrogen',
          { electrolyser_kw: 1000, operating_hours: 4000, displaced_carrier: 'diesel' },
          { capex_cny_per_unit: 2000 },
        ),
        measure('zero', 'offset', { tco2: 0, price_cny_per_t: 50 }),
      ],
    });
    const r = runScenario(plan, 's', { mac: true });
    const by = new Map(r.mac.map((m) => [m.measure_id, m]));
    expect(by.get('eff')!.status).toBe('abates');
    expect(by.get('eff')!.mac_cny_per_tco2).not.toBeNull();
    expect(by.get('h2')!.status).toBe('raises');
    expect(by.get('h2')!.average_annual_abatement_tco2).toBeLessThan(0);
    expect(by.get('h2')!.mac_cny_per_tco2).toBeNull();
    expect(by.get('zero')!.status).toBe('none');
  });
});
