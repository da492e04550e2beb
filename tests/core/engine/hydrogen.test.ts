import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../core/engine/index.ts';
import type { YearResult } from '../../../core/engine/index.ts';
import { tinyPlan, measure, consumer } from './fixtures.ts';

type Plan = ReturnType<typeof tinyPlan>;
const run = (plan: Plan) => runScenario(plan, 's', { mac: false });

/** produced + bought = used + sold + flared + losses, to 1e-9 relative. */
function expectBalanceCloses(y: YearResult): void {
  const h = y.energy.hydrogen;
  const left = h.produced_t + h.bought_t;
  const right = h.used_substitution_t + h.used_vehicles_t + h.used_enterprises_t + h.sold_t + h.flared_t + h.losses_t;
  expect(Math.abs(left - right)).toBeLessThanOrEqual(1e-9 * Math.max(1, left));
  expect(h.bought_t).toBeCloseTo(y.energy.by_carrier.hydrogen_t, 9);
}

/** 100 fuel-cell buses, 60,000 km a year each, 8 kg H2 per 100 km: 480 t H2; they replace diesel at 0.03 t/100 km. */
const buses = (extra: Record<string, unknown> = {}) =>
  measure(
    'buses',
    'transport',
    {
      vehicles: 100,
      km_per_vehicle_year: 60_000,
      fuel: 'diesel',
      fuel_per_100km: 0.03,
      kwh_per_km: 1.2,
      drive: 'hydrogen',
      kg_h2_per_100km: 8,
    },
    { consumer_ids: ['transit'], ...extra },
  );

const parkConsumers = () => [
  consumer('transit', { diesel_t: 5000, electricity_mwh: 1000 }, { load_profile: 'logistics' }),
  consumer('chem', { natural_gas_10k_nm3: 100, electricity_mwh: 20_000, hydrogen_t: 200 }, { sector: 'chemicals' }),
];

describe('hydrogen balance', () => {
  it('a scheduled electrolyser supplies the hydrogen buses first; only the shortfall is bought', () => {
    // The electrolyser's own substitution (diesel at "transit") takes its hydrogen first; the
    // buses get only what it leaves (here nothing), the next case the opposite.
    const plan = tinyPlan({
      consumers: parkConsumers(),
      measures: [
        buses(),
        measure(
          'h2',
          'green_hydrogen',
          { electrolyser_kw: 5000, operating_hours: 6000, kwh_per_kg: 50, displaced_carrier: 'diesel' },
          { consumer_ids: ['transit'] },
        ),
      ],
    });
    const y = run(plan).years[0]!;
    const h = y.energy.hydrogen;
    // 5 MW x 6000 h / 50 = 600 t possible. Diesel left after the buses: 5000 - 1800 = 3200 t,
    // so the substitution could take all 600 t; the buses then find nothing left.
    expect(h.produced_t).toBeCloseTo(600, 9);
    expect(h.used_vehicles_t).toBeCloseTo(480, 9);
    expect(h.used_substitution_t).toBeCloseTo(600, 9);
    expect(h.bought_t).toBeCloseTo(480 + 200, 9);
    expectBalanceCloses(y);
  });

  it('hydrogen the substitution cannot use goes to the buses and the enterprises instead of being bought', () => {
    // The electrolyser replaces hydrogen (displaced_carrier hydrogen) at an enterprise using
    // none, so all of its 600 t joins the park pool: the buses (480 t) first, then 120 t of
    // the chemical plant's 200 t feedstock; 80 t is bought.
    const plan = tinyPlan({
      consumers: parkConsumers(),
      measures: [
        buses(),
        measure(
          'h2',
          'green_hydrogen',
          { electrolyser_kw: 5000, operating_hours: 6000, kwh_per_kg: 50, displaced_carrier: 'hydrogen' },
          { consumer_ids: ['transit'] },
        ),
      ],
    });
    const r = run(plan);
    const y = r.years[0]!;
    const h = y.energy.hydrogen;
    expect(h.produced_t).toBeCloseTo(600, 9);
    expect(h.used_substitution_t).toBe(0);
    expect(h.used_vehicles_t).toBeCloseTo(480, 9);
    expect(h.used_enterprises_t).toBeCloseTo(200, 9);
    expect(h.own_supply_t).toBeCloseTo(600, 9);
    expect(h.bought_t).toBeCloseTo(80, 9);
    expect(y.energy.by_carrier.hydrogen_t).toBeCloseTo(80, 9);
    // Electrolysis electricity is part of the demand: 5 MW x 6000 h.
    expect(h.electrolysis_mwh).toBeCloseTo(30_000, 6);
    expect(y.energy.electricity.demand_mwh).toBeCloseTo(1000 + 20_000 + 30_000, 6);
    // Purchased hydrogen is paid only for the shortfall.
    expectBalanceCloses(y);
    // Grid power on a fossil-heavy grid to replace zero-counted purchased hydrogen: warned.
    const warn = r.warnings.find((w) => w.code === 'electrolysis_raises_emissions');
    expect(warn?.path).toBe('scenarios[1].measures[1].params.operating_mode');
    expect(warn?.params['displaced_tco2']).toBe(0);
  });

  it('a scheduled electrolyser produces only what the park uses, unless a sale price is set', () => {
    const measures = [
      buses(),
      measure(
        'h2',
        'green_hydrogen',
        { electrolyser_kw: 10_000, operating_hours: 6000, kwh_per_kg: 50, displaced_carrier: 'hydrogen' },
        { consumer_ids: ['transit'] },
      ),
    ];
    const capped = run(tinyPlan({ consumers: parkConsumers(), measures })).years[0]!;
    expect(capped.energy.hydrogen.produced_t).toBeCloseTo(680, 9);
    expect(capped.energy.hydrogen.sold_t).toBe(0);
    expect(capped.energy.hydrogen.electrolysis_mwh).toBeCloseTo(680 * 50, 6);
    expectBalanceCloses(capped);

    const selling = run(tinyPlan({ consumers: parkConsumers(), measures, settings: { hydrogen_sale_cny_per_t: 20_000 } }));
    const y = selling.years[0]!;
    expect(y.energy.hydrogen.produced_t).toBeCloseTo(1200, 9);
    expect(y.energy.hydrogen.sold_t).toBeCloseTo(520, 9);
    expect(y.costs.hydrogen_sales_cny).toBeCloseTo(520 * 20_000, 3);
    expect(y.energy.hydrogen.sale_revenue_cny).toBe(y.costs.hydrogen_sales_cny);
    const c = y.costs;
    expect(c.total_cny).toBeCloseTo(
      c.capex_cny + c.fixed_opex_cny + c.fuel_cny + c.electricity_cny + c.carbon_cny + c.offsets_cny - c.hydrogen_sales_cny,
      3,
    );
    expectBalanceCloses(y);
  });

  it('losses are a share of production and the balance still closes', () => {
    const y = run(
      tinyPlan({
        consumers: parkConsumers(),
        measures: [
          buses(),
          measure(
            'h2',
            'green_hydrogen',
            {
              electrolyser_kw: 10_000,
              operating_hours: 6000,
              kwh_per_kg: 50,
              displaced_carrier: 'hydrogen',
              losses_share: 0.1,
            },
            { consumer_ids: ['transit'] },
          ),
        ],
      }),
    ).years[0]!;
    const h = y.energy.hydrogen;
    // 680 t used, all from own production: 680 / 0.9 produced, a tenth of it lost.
    expect(h.produced_t).toBeCloseTo(680 / 0.9, 9);
    expect(h.losses_t).toBeCloseTo(680 / 0.9 - 680, 9);
    expect(h.bought_t).toBeCloseTo(0, 9);
    expectBalanceCloses(y);
  });

  it('grid_green: the electrolyser’s electricity is green power with its premium, and no emissions warning', () => {
    const m = (mode: string) =>
      measure(
        'h2',
        'green_hydrogen',
        {
          electrolyser_kw: 2000,
          operating_hours: 4000,
          kwh_per_kg: 50,
          displaced_carrier: 'hydrogen',
          operating_mode: mode,
          green_premium_cny_per_mwh: 40,
        },
        { consumer_ids: ['chem'] },
      );
    const green = run(tinyPlan({ consumers: parkConsumers(), measures: [m('grid_green')] }));
    const fixed = run(tinyPlan({ consumers: parkConsumers(), measures: [m('fixed_hours')] }));
    const g = green.years[0]!;
    const f = fixed.years[0]!;
    expect(g.energy.hydrogen.produced_t).toBeCloseTo(160, 9);
    expect(g.energy.electricity.green_power_mwh).toBeCloseTo(8000, 6);
    expect(g.costs.green_premium_cny).toBeCloseTo(8000 * 40, 3);
    expect(f.energy.electricity.green_power_mwh).toBe(0);
    expect(g.emissions.scope2_electricity_tco2).toBeLessThan(f.emissions.scope2_electricity_tco2);
    expect(green.warnings.some((w) => w.code === 'electrolysis_raises_emissions')).toBe(false);
    expect(fixed.warnings.some((w) => w.code === 'electrolysis_raises_emissions')).toBe(true);
  });

  it('plans without the new fields keep their numbers (mode absent = fixed hours, no pool use)', () => {
    const measures = [
      measure('h2', 'green_hydrogen', {
        electrolyser_kw: 1000,
        operating_hours: 4000,
        kwh_per_kg: 50,
        displaced_carrier: 'diesel',
      }),
    ];
    const a = run(tinyPlan({ energy: { diesel_t: 1000 }, measures })).years[0]!;
    const b = run(
      tinyPlan({
        energy: { diesel_t: 1000 },
        measures: [measure('h2', 'green_hydrogen', { ...measures[0]!.params, operating_mode: 'fixed_hours' })],
      }),
    ).years[0]!;
    expect(a).toEqual(b);
    expect(a.energy.hydrogen_produced_t).toBe(80);
    expect(a.energy.by_carrier.electricity_mwh).toBe(4000);
  });
});

describe('surplus-following electrolysers', () => {
  const surplusPlan = (h2: Record<string, unknown>, settings: Record<string, unknown> = {}, years = 0) =>
    tinyPlan({
      province: 'Gansu',
      city: 'Zhangye',
      horizon_year: 2023 + years,
      settings: { export_limit_kw: null, ...settings },
      consumers: parkConsumers(),
      measures: [
        measure('pv', 'pv', { capacity_kw: 30_000 }),
        measure('wind', 'wind', { capacity_kw: 20_000, full_load_hours: 2500 }),
        buses(),
        ...(Object.keys(h2).length === 0
          ? []
          : [
              measure(
                'h2',
                'green_hydrogen',
                {
                  electrolyser_kw: 8000,
                  operating_hours: 0,
                  kwh_per_kg: 52,
                  displaced_carrier: 'hydrogen',
                  operating_mode: 'renewable_surplus',
                  ...h2,
                },
                { consumer_ids: ['transit'] },
              ),
            ]),
      ],
    });

  it('takes only surplus: grid import is unchanged, export falls by its electricity', () => {
    const without = run(surplusPlan({})).years[0]!.energy.electricity;
    const r = run(surplusPlan({ min_load_share: 0.1 }));
    const y = r.years[0]!;
    const e = y.energy.electricity;
    const h = y.energy.hydrogen;
    expect(h.electrolysis_mwh).toBeGreaterThan(1000);
    expect(h.produced_t).toBeCloseTo(h.electrolysis_mwh / 52, 9);
    expect(e.grid_import_mwh).toBeCloseTo(without.grid_import_mwh, 6);
    expect(e.exported_mwh + e.curtailed_mwh).toBeCloseTo(without.exported_mwh + without.curtailed_mwh - h.electrolysis_mwh, 6);
    // Its hydrogen serves the buses before anything is bought.
    expect(h.own_supply_t).toBeCloseTo(Math.min(h.produced_t, 680), 9);
    expect(h.bought_t).toBeCloseTo(Math.max(0, 680 - h.produced_t), 9);
    expectBalanceCloses(y);
    expect(r.warnings.some((w) => w.code === 'electrolysis_raises_emissions')).toBe(false);
  });

  it('holding the minimum load on grid power adds exactly that top-up to the import', () => {
    const off = run(surplusPlan({ min_load_share: 0.3 })).years[0]!;
    const r = run(surplusPlan({ min_load_share: 0.3, below_min_load: 'grid' }));
    const on = r.years[0]!;
    const without = run(surplusPlan({})).years[0]!;
    expect(on.energy.hydrogen.electrolysis_mwh).toBeGreaterThan(off.energy.hydrogen.electrolysis_mwh);
    // Every hour at least 30% of 8 MW.
    expect(on.energy.hydrogen.electrolysis_mwh).toBeGreaterThanOrEqual(0.3 * 8 * 8760 - 1e-6);
    const topUp = on.energy.electricity.grid_import_mwh - without.energy.electricity.grid_import_mwh;
    expect(topUp).toBeGreaterThan(0);
    expectBalanceCloses(on);
    // Grid power to replace purchased (zero-counted) hydrogen raises emissions: said.
    const warn = r.warnings.find((w) => w.code === 'electrolysis_raises_emissions');
    expect(warn?.params['grid_mwh']).toBeCloseTo(topUp, 6);
  });

  it('without a buyer the excess is flared with a warning; with a price it is sold', () => {
    const big = { electrolyser_kw: 40_000, min_load_share: 0 };
    const flared = run(surplusPlan(big));
    const y = flared.years[0]!;
    expect(y.energy.hydrogen.flared_t).toBeGreaterThan(0);
    expect(flared.warnings.some((w) => w.code === 'hydrogen_flared')).toBe(true);
    expectBalanceCloses(y);
    const sold = run(surplusPlan(big, { hydrogen_sale_cny_per_t: 25_000 })).years[0]!;
    expect(sold.energy.hydrogen.flared_t).toBe(0);
    expect(sold.energy.hydrogen.sold_t).toBeCloseTo(y.energy.hydrogen.flared_t, 9);
    expectBalanceCloses(sold);
  });

  it('a Zhangye-like park closes its hydrogen balance every year and its buses use its own hydrogen', () => {
    const plan = tinyPlan({
      province: 'Gansu',
      city: 'Zhangye',
      horizon_year: 2030,
      settings: { export_limit_kw: 5000, hydrogen_sale_cny_per_t: 18_000 },
      consumers: parkConsumers(),
      measures: [
        measure('pv', 'pv', { capacity_kw: 40_000 }, { ramp_years: 2 }),
        measure('wind', 'wind', { capacity_kw: 30_000, full_load_hours: 2400 }, { start_year: 2024 }),
        measure('bess', 'storage', { power_kw: 5000, energy_kwh: 10_000 }, { start_year: 2025 }),
        buses({ start_year: 2024, ramp_years: 3 }),
        measure(
          'h2-surplus',
          'green_hydrogen',
          {
            electrolyser_kw: 10_000,
            operating_hours: 0,
            kwh_per_kg: 52,
            displaced_carrier: 'natural_gas',
            operating_mode: 'renewable_surplus',
            min_load_share: 0.2,
            losses_share: 0.05,
          },
          { consumer_ids: ['chem'], start_year: 2025, ramp_years: 1 },
        ),
        measure(
          'h2-green',
          'green_hydrogen',
          {
            electrolyser_kw: 2000,
            operating_hours: 3000,
            kwh_per_kg: 55,
            displaced_carrier: 'hydrogen',
            operating_mode: 'grid_green',
          },
          { consumer_ids: ['chem'], start_year: 2027 },
        ),
      ],
    });
    const r = runScenario(plan, 's');
    for (const y of r.years) expectBalanceCloses(y);
    const last = r.years[r.years.length - 1]!;
    expect(last.energy.hydrogen.produced_t).toBeGreaterThan(0);
    expect(last.energy.hydrogen.own_supply_t - last.energy.hydrogen.used_substitution_t).toBeGreaterThan(0);
    // The buses' 480 t come from the park's own hydrogen before any is bought.
    expect(last.energy.hydrogen.bought_t).toBeLessThan(
      last.energy.hydrogen.used_vehicles_t + last.energy.hydrogen.used_enterprises_t,
    );
    // Annual netting runs the same balance (no hours: the year's surplus).
    const annual = runScenario(plan, 's', { mac: false, electricity: 'annual' });
    for (const y of annual.years) expectBalanceCloses(y);
  });
});

describe('MAC by removal with a surplus-following electrolyser', () => {
  it('equals a rerun without the measure, for the electrolyser and for the PV it feeds on', () => {
    const plan = tinyPlan({
      province: 'Gansu',
      city: 'Zhangye',
      horizon_year: 2027,
      settings: { export_limit_kw: 2000 },
      consumers: parkConsumers(),
      measures: [
        measure('pv', 'pv', { capacity_kw: 30_000 }, { start_year: 2024 }),
        buses(),
        measure(
          'h2',
          'green_hydrogen',
          {
            electrolyser_kw: 8000,
            operating_hours: 0,
            displaced_carrier: 'hydrogen',
            operating_mode: 'renewable_surplus',
            below_min_load: 'grid',
          },
          { start_year: 2025 },
        ),
      ],
    });
    const full = runScenario(plan, 's');
    for (const id of ['h2', 'pv']) {
      const without: Plan = {
        ...plan,
        scenarios: [
          ...plan.scenarios,
          {
            id: 'w',
            name: 'without',
            parent_id: 's',
            description: '',
            settings: {},
            measures: [],
            measure_overrides: [{ measure_id: id, disabled: true, set: {} }],
          },
        ],
      };
      const rerun = runScenario(without, 'w', { mac: false });
      let cum = 0;
      full.years.forEach((y, i) => (cum += rerun.years[i]!.emissions.net_tco2 - y.emissions.net_tco2));
      expect(full.mac.find((m) => m.measure_id === id)!.cumulative_abatement_tco2).toBe(cum);
    }
  });
});
