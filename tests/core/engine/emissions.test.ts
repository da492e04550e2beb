import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../core/engine/index.ts';
import { ScenarioResult } from '../../../core/engine/result-schema.ts';
import { tinyPlan, measure, consumer } from './fixtures.ts';

const COAL_CO2 = (20.908 * 26.37 * 0.94 * 44) / 12 / 1000;
const GAS_CO2 = (389.31 * 15.3 * 0.99 * 44) / 12 / 1000;
const first = (plan: ReturnType<typeof tinyPlan>, id = 's') => {
  const r = runScenario(plan, id);
  ScenarioResult.parse(r);
  return r.years[0]!;
};

describe('base inventory, hand-checked (2023, national grid)', () => {
  const y = first(tinyPlan({ energy: { coal_t: 1000, electricity_mwh: 1000, heat_gj: 1000, natural_gas_10k_nm3: 10 } }), 'base');
  it('scope 1 from the derived fuel factors', () => {
    expect(y.emissions.scope1_by_fuel.coal_t).toBeCloseTo(1000 * COAL_CO2, 9);
    expect(Math.abs(y.emissions.scope1_by_fuel.coal_t - 1900.3)).toBeLessThan(0.1);
    expect(y.emissions.scope1_by_fuel.natural_gas_10k_nm3).toBeCloseTo(10 * GAS_CO2, 9);
  });
  it('scope 2: grid average 0.5306 without green power; purchased heat 0.11 tCO2/GJ', () => {
    expect(y.emissions.scope2_electricity_tco2).toBeCloseTo(530.6, 9);
    expect(y.emissions.scope2_heat_tco2).toBeCloseTo(110, 9);
    expect(y.factors.grid_applied_series).toBe('average');
  });
  it('tce by both methods', () => {
    const fuels = 1000 * 0.7143 + 10 * 12.143 + 1000 * 0.03412;
    expect(y.energy.tce_equivalent).toBeCloseTo(fuels + 1000 * 0.1229, 9);
    // 2023 lies after the last coal-method point (2022): held flat at 300.7 gce/kWh
    expect(y.energy.tce_coal_method).toBeCloseTo(fuels + 1000 * 0.3007, 9);
    expect(y.factors.electricity_coal_method_tce_per_mwh).toBeCloseTo(0.3007, 12);
  });
  it('indicators state their method and compute both', () => {
    expect(y.indicators.electrification_rate_equivalent).toBeCloseTo(122.9 / y.energy.tce_equivalent, 12);
    expect(y.indicators.electrification_rate_coal_method).toBeCloseTo(300.7 / y.energy.tce_coal_method, 12);
    const energyCo2 = y.emissions.scope1_fuel_tco2 + y.emissions.scope2_tco2;
    expect(y.indicators.co2_per_tce_equivalent).toBeCloseTo(energyCo2 / y.energy.tce_equivalent, 12);
    expect(y.indicators.tco2_per_10k_cny_va).toBeCloseTo(y.emissions.gross_tco2 / 2000, 12);
    // grid non-fossil fraction = 1 - 0.5306 / 0.8273 (national fossil-only, 2023)
    expect(y.factors.grid_non_fossil_fraction).toBeCloseTo(1 - 0.5306 / 0.8273, 12);
    expect(y.indicators.non_fossil_share_equivalent).toBeCloseTo(
      (1000 * (1 - 0.5306 / 0.8273) * 0.1229) / y.energy.tce_equivalent,
      12,
    );
    expect(y.indicators.waste_heat_utilisation).toBeNull();
  });
});

describe('green-power rule (DOMAIN.md)', () => {
  const energy = { electricity_mwh: 1000 };
  it('green MWh count at zero; the rest uses the factor excluding market-traded non-fossil power', () => {
    const y = first(tinyPlan({ energy, measures: [measure('g', 'green_power', { mode: 'mwh', amount_mwh: 200 })] }));
    expect(y.energy.electricity.green_power_mwh).toBe(200);
    expect(y.factors.grid_applied_series).toBe('excl_market');
    expect(y.emissions.scope2_electricity_tco2).toBeCloseTo(800 * 0.6096, 9);
    expect(y.costs.green_premium_cny).toBeCloseTo(200 * 30, 9);
    expect(y.indicators.renewable_electricity_share).toBeCloseTo(0.2, 12);
  });
  it('share mode buys a share of the grid purchase', () => {
    const y = first(tinyPlan({ energy, measures: [measure('g', 'green_power', { mode: 'share', share_of_grid: 0.25 })] }));
    expect(y.energy.electricity.green_power_mwh).toBeCloseTo(250, 9);
    expect(y.emissions.scope2_electricity_tco2).toBeCloseTo(750 * 0.6096, 9);
  });
  it('green power above the purchase is capped with a warning', () => {
    const r = runScenario(tinyPlan({ energy, measures: [measure('g', 'green_power', { mode: 'mwh', amount_mwh: 5000 })] }), 's');
    // The hourly imports sum to the 1000 MWh demand up to rounding.
    expect(r.years[0]!.energy.electricity.green_power_mwh).toBeCloseTo(1000, 9);
    expect(r.years[0]!.energy.electricity.green_power_mwh).toBe(r.years[0]!.energy.electricity.grid_import_mwh);
    expect(r.years[0]!.emissions.scope2_electricity_tco2).toBe(0);
    expect(r.warnings.find((w) => w.code === 'green_power_exceeds_import')?.path).toBe('scenarios[1].measures[0].params');
  });
  it('a small purchase can raise scope 2, and says so', () => {
    const r = runScenario(tinyPlan({ energy, measures: [measure('g', 'green_power', { mode: 'mwh', amount_mwh: 10 })] }), 's');
    expect(r.years[0]!.emissions.scope2_electricity_tco2).toBeGreaterThan(530.6);
    expect(r.warnings.some((w) => w.code === 'green_power_raises_factor')).toBe(true);
  });
});

describe('grid factor scope and path', () => {
  it('regional and provincial scope', () => {
    const reg = first(tinyPlan({ energy: { electricity_mwh: 1000 }, settings: { grid_factor_scope: 'regional' } }), 'base');
    expect(reg.emissions.scope2_tco2).toBeCloseTo(247.2, 9);
    const prov = first(
      tinyPlan({ energy: { electricity_mwh: 1000 }, base_year: 2022, settings: { grid_factor_scope: 'provincial' } }),
      'base',
    );
    expect(prov.emissions.scope2_tco2).toBeCloseTo(140.4, 9);
  });
  it('declines after the last published year at the scenario rate', () => {
    const r = runScenario(
      tinyPlan({ energy: { electricity_mwh: 1000 }, horizon_year: 2025, settings: { grid_factor_decline_rate: 0.05 } }),
      'base',
    );
    expect(r.years[2]!.factors.grid_average_tco2_per_mwh).toBeCloseTo(0.5306 * 0.95 * 0.95, 12);
    expect(r.years[2]!.factors.grid_basis).toBe('projected');
    expect(r.warnings.some((w) => w.code === 'grid_factor_projected')).toBe(true);
  });
  it('project overrides replace published values and are traced', () => {
    const r = runScenario(
      tinyPlan({
        energy: { electricity_mwh: 1000 },
        factor_overrides: [{ key: 'grid.national.2023', value: 0.5, source: 'client data' }],
      }),
      'base',
    );
    expect(r.years[0]!.emissions.scope2_tco2).toBeCloseTo(500, 9);
    const trace = r.factors_used.find((f) => f.key === 'grid.national.2023');
    expect(trace).toMatchObject({ value: 0.5, overridden: true, source: 'client data' });
    expect(r.factors_used.find((f) => f.key === 'coal.co2_t_per_t')).toBeUndefined();
  });
});

describe('sinks, CCUS, offsets and net emissions', () => {
  it('net = gross - CCUS - sinks - offsets; CCUS adds its energy penalty', () => {
    const y = first(
      tinyPlan({
        measures: [
          measure('cc', 'ccus', { captured_tco2: 500, energy_penalty_kwh_per_t: 300 }),
          measure('sink', 'carbon_sink', { area_ha: 10, uptake_tco2_per_ha_year: 5 }),
          measure('off', 'offset', { tco2: 100, price_cny_per_t: 60 }),
        ],
      }),
    );
    expect(y.emissions.ccus_tco2).toBe(500);
    expect(y.energy.by_carrier.electricity_mwh).toBeCloseTo(1000 + 150, 9);
    expect(y.emissions.sinks_tco2).toBe(50);
    expect(y.emissions.offsets_tco2).toBe(100);
    expect(y.emissions.net_tco2).toBeCloseTo(y.emissions.gross_tco2 - 650, 9);
    expect(y.costs.offsets_cny).toBe(6000);
  });
  it('CCUS cannot capture more than the targeted consumers emit', () => {
    const plan = tinyPlan({
      consumers: [consumer('a', { coal_t: 100 }), consumer('b', { coal_t: 10_000 })],
      measures: [measure('cc', 'ccus', { captured_tco2: 1e6 }, { consumer_ids: ['a'] })],
    });
    const r = runScenario(plan, 's');
    expect(r.years[0]!.emissions.ccus_tco2).toBeCloseTo(100 * COAL_CO2, 6);
    expect(r.warnings.find((w) => w.code === 'ccus_exceeds_emissions')?.path).toBe(
      'scenarios[1].measures[0].params.captured_tco2',
    );
  });
  it('process emissions count in scope 1 and grow with output', () => {
    const plan = tinyPlan({
      horizon_year: 2024,
      consumers: [consumer('a', {}, { process_emissions_tco2: 1000, output_growth_rate: 0.1 })],
    });
    const r = runScenario(plan, 'base');
    expect(r.years[1]!.emissions.process_tco2).toBeCloseTo(1100, 9);
    expect(r.years[1]!.emissions.scope1_tco2).toBeCloseTo(1100, 9);
  });
});
