import { describe, expect, it } from 'vitest';
import { runScenario, rampFactor } from '../../../core/engine/index.ts';
import { tinyPlan, measure, consumer } from './fixtures.ts';

const run = (plan: ReturnType<typeof tinyPlan>) => runScenario(plan, 's', { mac: false });
const runAnnual = (plan: ReturnType<typeof tinyPlan>) => runScenario(plan, 's', { mac: false, electricity: 'annual' });

describe('fuel switch', () => {
  it('useful energy = from energy x from_efficiency; to energy = useful / to_efficiency', () => {
    const r = run(
      tinyPlan({
        energy: { coal_t: 1000 },
        measures: [
          measure('fs', 'fuel_switch', {
            from_carrier: 'coal',
            to_carrier: 'natural_gas',
            share: 1,
            from_efficiency: 0.8,
            to_efficiency: 0.95,
          }),
        ],
      }),
    );
    const y = r.years[0]!;
    expect(y.energy.by_carrier.coal_t).toBe(0);
    expect(y.energy.by_carrier.natural_gas_10k_nm3).toBeCloseTo((1000 * 20.908 * 0.8) / 0.95 / 389.31, 12);
  });
  it('heat pumps via COP', () => {
    const r = run(
      tinyPlan({
        energy: { coal_t: 1000 },
        measures: [
          measure('hp', 'fuel_switch', {
            from_carrier: 'coal',
            to_carrier: 'electricity',
            share: 0.5,
            from_efficiency: 0.8,
            to_efficiency: 3,
          }),
        ],
      }),
    );
    const y = r.years[0]!;
    expect(y.energy.by_carrier.coal_t).toBeCloseTo(500, 12);
    expect(y.energy.by_carrier.electricity_mwh).toBeCloseTo((500 * 20.908 * 0.8) / 3 / 3.6, 9);
  });
  it('a share above 1 is clamped with a warning at the share path', () => {
    const r = run(
      tinyPlan({
        energy: { coal_t: 1000 },
        measures: [measure('fs', 'fuel_switch', { from_carrier: 'coal', to_carrier: 'natural_gas', share: 1.5 })],
      }),
    );
    expect(r.years[0]!.energy.by_carrier.coal_t).toBe(0);
    expect(r.warnings.find((w) => w.code === 'switch_share_above_one')?.path).toBe('scenarios[1].measures[0].params.share');
  });
  it('an amount larger than the fuel it replaces is clamped with a warning', () => {
    const r = run(
      tinyPlan({
        energy: { coal_t: 1000 },
        measures: [measure('fs', 'fuel_switch', { from_carrier: 'coal', to_carrier: 'natural_gas', amount: 3000 })],
      }),
    );
    expect(r.years[0]!.energy.by_carrier.coal_t).toBe(0);
    expect(r.years[0]!.energy.by_carrier.natural_gas_10k_nm3).toBeCloseTo((1000 * 20.908 * 0.8) / 0.95 / 389.31, 12);
    const w = r.warnings.find((x) => x.code === 'switch_exceeds_fuel');
    expect(w?.path).toBe('scenarios[1].measures[0].params.amount');
    expect(w?.first_year).toBe(2023);
  });
  it('a combustion target with efficiency above 1 is flagged', () => {
    const r = run(
      tinyPlan({
        energy: { coal_t: 1000 },
        measures: [measure('fs', 'fuel_switch', { from_carrier: 'coal', to_carrier: 'natural_gas', share: 1, to_efficiency: 2 })],
      }),
    );
    expect(r.warnings.some((w) => w.code === 'switch_efficiency_implausible')).toBe(true);
  });
});

describe('efficiency', () => {
  it('saves a share of the targeted use, one carrier or all', () => {
    const r = run(
      tinyPlan({
        energy: { coal_t: 1000, electricity_mwh: 1000 },
        measures: [
          measure('e1', 'efficiency', { carrier: 'electricity', saving_share: 0.1 }),
          measure('e2', 'efficiency', { carrier: null, saving_share: 0.05 }),
        ],
      }),
    );
    const y = r.years[0]!;
    expect(y.energy.by_carrier.electricity_mwh).toBeCloseTo(850, 9);
    expect(y.energy.by_carrier.coal_t).toBeCloseTo(950, 9);
  });
  it('shares summing above 100% are scaled to 100% with a warning on the consumer and carrier', () => {
    const r = run(
      tinyPlan({
        energy: { electricity_mwh: 1000 },
        measures: [
          measure('e1', 'efficiency', { carrier: 'electricity', saving_share: 0.7 }),
          measure('e2', 'efficiency', { carrier: null, saving_share: 0.6 }),
        ],
      }),
    );
    expect(r.years[0]!.energy.by_carrier.electricity_mwh).toBeCloseTo(0, 9);
    expect(r.warnings.find((w) => w.code === 'efficiency_shares_above_one')?.path).toBe('consumers[0].energy.electricity_mwh');
  });
});

describe('residual heat and pressure', () => {
  it('recovered heat displaces fuel at the displaced efficiency; pressure power is on-site generation', () => {
    const r = run(
      tinyPlan({
        consumers: [consumer('c1', { coal_t: 1000, electricity_mwh: 1000 }, { waste_heat_available_gj: 2000 })],
        measures: [
          measure('wh', 'waste_heat', {
            heat_recovered_gj: 1000,
            displaced_carrier: 'coal',
            displaced_efficiency: 0.8,
            pressure_power_mwh: 100,
          }),
        ],
      }),
    );
    const y = r.years[0]!;
    expect(y.energy.by_carrier.coal_t).toBeCloseTo(1000 - 1000 / 0.8 / 20.908, 9);
    expect(y.energy.electricity.grid_import_mwh).toBeCloseTo(900, 9);
    expect(y.indicators.waste_heat_utilisation).toBeCloseTo(0.5, 12);
  });
  it('recovery beyond the declared residual heat is capped', () => {
    const r = run(
      tinyPlan({
        consumers: [consumer('c1', { coal_t: 1000 }, { waste_heat_available_gj: 500 })],
        measures: [measure('wh', 'waste_heat', { heat_recovered_gj: 1000, displaced_carrier: 'coal' })],
      }),
    );
    expect(r.years[0]!.energy.waste_heat_recovered_gj).toBeCloseTo(500, 9);
    expect(r.warnings.some((w) => w.code === 'waste_heat_exceeds_available')).toBe(true);
  });
});

describe('hydrogen and transport', () => {
  it('electrolyser electricity is added; H2 displaces diesel by LHV 120 MJ/kg x substitution ratio', () => {
    const r = run(
      tinyPlan({
        energy: { diesel_t: 1000 },
        measures: [
          measure('h2', 'green_hydrogen', {
            electrolyser_kw: 1000,
            operating_hours: 4000,
            kwh_per_kg: 50,
            displaced_carrier: 'diesel',
            substitution_ratio: 1,
          }),
        ],
      }),
    );
    const y = r.years[0]!;
    expect(y.energy.hydrogen_produced_t).toBeCloseTo(80, 12);
    expect(y.energy.by_carrier.electricity_mwh).toBeCloseTo(4000, 9);
    expect(y.energy.by_carrier.diesel_t).toBeCloseTo(1000 - (80 * 120) / 42.652, 9);
  });
  it('hydrogen beyond the displaced use scales production down', () => {
    const r = run(
      tinyPlan({
        energy: { diesel_t: 10 },
        measures: [
          measure('h2', 'green_hydrogen', { electrolyser_kw: 1000, operating_hours: 4000, displaced_carrier: 'diesel' }),
        ],
      }),
    );
    const y = r.years[0]!;
    expect(y.energy.by_carrier.diesel_t).toBe(0);
    expect(y.energy.hydrogen_produced_t).toBeCloseTo((10 * 42.652) / 120, 9);
    expect(r.warnings.some((w) => w.code === 'hydrogen_exceeds_use')).toBe(true);
  });
  it('electric vehicles replace fuel with electricity', () => {
    const r = run(
      tinyPlan({
        energy: { diesel_t: 100 },
        measures: [
          measure('ev', 'transport', {
            vehicles: 10,
            km_per_vehicle_year: 10_000,
            fuel: 'diesel',
            fuel_per_100km: 0.03,
            kwh_per_km: 1.2,
          }),
        ],
      }),
    );
    const y = r.years[0]!;
    expect(y.energy.by_carrier.diesel_t).toBeCloseTo(70, 9);
    expect(y.energy.by_carrier.electricity_mwh).toBeCloseTo(120, 9);
  });
  it('hydrogen vehicles add purchased hydrogen', () => {
    const r = run(
      tinyPlan({
        energy: { diesel_t: 100 },
        measures: [
          measure('fc', 'transport', {
            vehicles: 10,
            km_per_vehicle_year: 10_000,
            fuel: 'diesel',
            fuel_per_100km: 0.03,
            kwh_per_km: 1.2,
            drive: 'hydrogen',
            kg_h2_per_100km: 8,
          }),
        ],
      }),
    );
    expect(r.years[0]!.energy.by_carrier.hydrogen_t).toBeCloseTo(8, 9);
  });
  it('a fleet using more fuel than the inventory is flagged', () => {
    const r = run(
      tinyPlan({
        energy: { diesel_t: 10 },
        measures: [
          measure('ev', 'transport', {
            vehicles: 10,
            km_per_vehicle_year: 10_000,
            fuel: 'diesel',
            fuel_per_100km: 0.03,
            kwh_per_km: 1.2,
          }),
        ],
      }),
    );
    expect(r.years[0]!.energy.by_carrier.diesel_t).toBe(0);
    expect(r.years[0]!.energy.by_carrier.electricity_mwh).toBeCloseTo(40, 9);
    expect(r.warnings.some((w) => w.code === 'transport_exceeds_fuel')).toBe(true);
  });
});

describe('PV, wind and storage', () => {
  it('PV uses the given specific yield and degrades with age', () => {
    const r = run(
      tinyPlan({
        energy: { electricity_mwh: 10_000 },
        horizon_year: 2024,
        measures: [measure('pv', 'pv', { capacity_kw: 1000, specific_yield_kwh_per_kw: 1200, degradation_rate: 0.01 })],
      }),
    );
    expect(r.years[0]!.energy.electricity.pv_mwh).toBeCloseTo(1200, 9);
    expect(r.years[1]!.energy.electricity.pv_mwh).toBeCloseTo(1188, 9);
    expect(r.years[0]!.energy.electricity.grid_import_mwh).toBeCloseTo(8800, 9);
    expect(r.years[0]!.energy.by_carrier.electricity_mwh).toBeCloseTo(10_000, 9);
  });
  it('a null yield comes from the PV model for the tilt and azimuth at the park climate, with an info warning', () => {
    const plan = tinyPlan({
      energy: { electricity_mwh: 10_000 },
      city: 'Panzhihua',
      measures: [
        measure('pv', 'pv', { capacity_kw: 1000, tilt_deg: 22 }),
        measure('east', 'pv', { capacity_kw: 1000, tilt_deg: 22, azimuth_deg: -90 }),
      ],
    });
    for (const r of [run(plan), runAnnual(plan)]) {
      const [south, east] = r.dispatch.generators;
      expect(south).toMatchObject({
        measure_id: 'pv',
        kind: 'pv',
        yield_source: 'model',
        library_yield: 1500,
        library_key: 'pv_yield_city.panzhihua',
      });
      // core/profiles/README.md: Panzhihua at its reference tilt of 22 degrees, 1591 kWh/kWp.
      expect(south!.yield_used).toBeCloseTo(1591, -1);
      expect(south!.modelled_yield).toBe(south!.yield_used);
      expect(east!.yield_used).toBeLessThan(south!.yield_used * 0.95);
      expect(r.years[0]!.energy.electricity.pv_mwh).toBeCloseTo(south!.yield_used + east!.yield_used, 9);
      expect(r.warnings.find((w) => w.code === 'default_yield_used')?.path).toBe(
        'scenarios[1].measures[0].params.specific_yield_kwh_per_kw',
      );
    }
  });
  it('without any climate the yield comes from the factor library (and the balance is annual)', () => {
    const r = run(
      tinyPlan({
        energy: { electricity_mwh: 10_000 },
        province: 'Atlantis',
        city: 'X',
        measures: [measure('pv', 'pv', { capacity_kw: 1000 })],
      }),
    );
    expect(r.dispatch.method).toBe('annual');
    expect(r.dispatch.generators[0]).toMatchObject({ yield_source: 'factor_library', modelled_yield: null });
    expect(r.years[0]!.energy.electricity.pv_mwh).toBeCloseTo(r.dispatch.generators[0]!.library_yield, 9);
    expect(r.warnings.some((w) => w.code === 'climate_unknown' && w.severity === 'warning')).toBe(true);
  });
  it('PV beyond the named consumers roofs is flagged', () => {
    const r = run(
      tinyPlan({
        consumers: [consumer('c1', { electricity_mwh: 10_000 }, { roof_area_m2: 1000 })],
        measures: [measure('pv', 'pv', { capacity_kw: 1000, area_m2_per_kw: 6 }, { consumer_ids: ['c1'] })],
      }),
    );
    expect(r.warnings.find((w) => w.code === 'pv_exceeds_roof')?.path).toBe('scenarios[1].measures[0].params.capacity_kw');
  });
  it('ground-mounted PV (no consumers named) is not checked against roofs', () => {
    const r = run(
      tinyPlan({
        consumers: [consumer('c1', { electricity_mwh: 10_000 }, { roof_area_m2: 1000 })],
        measures: [measure('pv', 'pv', { capacity_kw: 1000, area_m2_per_kw: 6 })],
      }),
    );
    expect(r.warnings.map((w) => w.code)).not.toContain('pv_exceeds_roof');
    // The same field on the one consumer's roof is flagged.
    const onRoof = run(
      tinyPlan({
        consumers: [consumer('c1', { electricity_mwh: 10_000 }, { roof_area_m2: 1000 })],
        measures: [measure('pv', 'pv', { capacity_kw: 1000, area_m2_per_kw: 6 }, { consumer_ids: ['c1'] })],
      }),
    );
    expect(onRoof.warnings.find((w) => w.code === 'pv_exceeds_roof')?.params).toMatchObject({
      variant: 'named_consumers',
      area_m2: 6000,
    });
  });
  it('surplus generation is exported (annual netting) and earns the export price', () => {
    const r = runAnnual(
      tinyPlan({
        energy: { electricity_mwh: 1000 },
        measures: [measure('w', 'wind', { capacity_kw: 1000, full_load_hours: 2000 })],
      }),
    );
    const y = r.years[0]!;
    expect(y.energy.electricity.exported_mwh).toBeCloseTo(1000, 9);
    expect(y.energy.electricity.grid_import_mwh).toBe(0);
    expect(y.costs.export_revenue_cny).toBeCloseTo(1000 * 300, 6);
  });
  it('hourly: surplus beyond load and storage is curtailed at the default export limit 0, exported without limit', () => {
    const plan = (limit?: number | null) =>
      tinyPlan({
        energy: { electricity_mwh: 1000 },
        measures: [measure('w', 'wind', { capacity_kw: 1000, full_load_hours: 2000 })],
        ...(limit === undefined ? {} : { settings: { export_limit_kw: limit } }),
      });
    const none = run(plan()).years[0]!.energy.electricity;
    expect(none.exported_mwh).toBe(0);
    expect(none.curtailed_mwh).toBeGreaterThan(1000);
    // wind and load do not coincide hour by hour: part of the load is still bought
    expect(none.grid_import_mwh).toBeGreaterThan(0);
    expect(none.self_consumed_mwh + none.curtailed_mwh).toBeCloseTo(2000, 6);
    const free = run(plan(null)).years[0]!;
    expect(free.energy.electricity.curtailed_mwh).toBe(0);
    expect(free.energy.electricity.exported_mwh).toBeCloseTo(none.curtailed_mwh, 6);
    expect(free.costs.export_revenue_cny).toBeCloseTo(free.energy.electricity.exported_mwh * 300, 3);
    const some = run(plan(200)).years[0]!.energy.electricity;
    expect(some.exported_mwh).toBeGreaterThan(0);
    expect(some.curtailed_mwh).toBeGreaterThan(0);
    expect(some.exported_mwh + some.curtailed_mwh).toBeCloseTo(none.curtailed_mwh, 6);
  });
  it('storage adds only its losses in the annual balance', () => {
    const r = runAnnual(
      tinyPlan({
        energy: { electricity_mwh: 1000 },
        measures: [measure('st', 'storage', { power_kw: 100, energy_kwh: 200, round_trip_efficiency: 0.9, usable_share: 0.5 })],
      }),
    );
    const y = r.years[0]!;
    const losses = (100 * 330 * 0.1) / 1000;
    expect(y.energy.electricity.storage_losses_mwh).toBeCloseTo(losses, 12);
    expect(y.energy.by_carrier.electricity_mwh).toBeCloseTo(1000 + losses, 9);
    expect(y.energy.measure_deltas.find((d) => d.source === 'st')?.delta).toBeCloseTo(losses, 12);
  });
});

describe('timing and costs', () => {
  it('ramp: (years since start + 1) / (ramp_years + 1)', () => {
    const m = { start_year: 2025, ramp_years: 2 } as Parameters<typeof rampFactor>[0];
    expect([2024, 2025, 2026, 2027, 2030].map((y) => rampFactor(m, y))).toEqual([0, 1 / 3, 2 / 3, 1, 1]);
  });
  it('capex follows the ramp, is replaced after its lifetime, and the residual value is credited', () => {
    const plan = tinyPlan({
      base_year: 2023,
      horizon_year: 2032,
      measures: [
        measure(
          'e',
          'efficiency',
          { saving_share: 0.1 },
          { start_year: 2024, ramp_years: 1, lifetime_years: 4, capex_cny: 1000, fixed_opex_cny_per_year: 10 },
        ),
      ],
    });
    const r = run(plan);
    const capex = r.years.map((y) => y.costs.capex_cny);
    // tranches of 500 in 2024 and 2025, replaced in 2028/2029 and 2032 (2033 is past the horizon)
    expect(capex).toEqual([0, 500, 500, 0, 0, 500, 500, 0, 0, 500]);
    // 2032 tranche: 3 of 4 years left; 2029 tranche: 0 of 4 left after 2032 -> (2029+4)-(2033) = 0
    expect(r.years[9]!.costs.residual_value_cny).toBeCloseTo(375, 9);
    expect(r.years[1]!.costs.fixed_opex_cny).toBeCloseTo(5, 12);
    expect(r.years[2]!.costs.fixed_opex_cny).toBeCloseTo(10, 12);
    expect(r.warnings.some((w) => w.code === 'lifetime_before_horizon')).toBe(true);
  });
  it('energy and carbon costs at the scenario prices', () => {
    const r = runScenario(tinyPlan({ energy: { coal_t: 100, electricity_mwh: 100 } }), 'base');
    const y = r.years[0]!;
    expect(y.costs.fuel_cny).toBeCloseTo(100 * 900, 9);
    // Hourly TOU tariff scaled so the base-year park load pays the plan's average price.
    expect(y.costs.electricity_cny).toBeCloseTo(100 * 600, 6);
    // carbon price path 2024: 90 CNY/t, held flat before -> 90 in 2023
    expect(y.costs.carbon_cny).toBeCloseTo(90 * y.emissions.net_tco2, 6);
  });
});
