import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../core/engine/index.ts';
import { checkPlan } from '../../../core/engine/validate.ts';
import { tinyPlan, measure, consumer } from './fixtures.ts';

/** A ferroalloy plant with residual heat and a chemicals neighbour burning gas for steam. */
const consumers = () => [
  consumer('ferroalloy', { coal_t: 10_000, electricity_mwh: 50_000 }, { sector: 'metals', waste_heat_available_gj: 200_000 }),
  consumer('chem', { natural_gas_10k_nm3: 500, electricity_mwh: 5_000 }, { sector: 'chemicals' }),
];

const shared = (params: Record<string, unknown>, users: string[] = ['chem']) =>
  measure(
    'heat-link',
    'waste_heat',
    { displaced_carrier: 'natural_gas', displaced_efficiency: 0.9, source_consumer_id: 'ferroalloy', ...params },
    { consumer_ids: users },
  );

describe('shared waste heat', () => {
  it('heat from the ferroalloy plant displaces the chemical plant’s gas, less the network loss', () => {
    const r = runScenario(
      tinyPlan({ consumers: consumers(), measures: [shared({ heat_recovered_gj: 100_000, network_loss_share: 0.1 })] }),
      's',
      { mac: false },
    );
    const y = r.years[0]!;
    // 100,000 GJ taken at the source, 90,000 GJ delivered, replacing gas burned at 90%.
    const gasSaved = 90_000 / 0.9 / 389.31;
    expect(y.energy.by_carrier.natural_gas_10k_nm3).toBeCloseTo(500 - gasSaved, 9);
    // The source's own coal is untouched.
    expect(y.energy.by_carrier.coal_t).toBeCloseTo(10_000, 9);
    expect(y.energy.waste_heat_recovered_gj).toBeCloseTo(100_000, 6);
    expect(y.indicators.waste_heat_utilisation).toBeCloseTo(0.5, 12);
  });

  it('is capped by the source’s declared heat and by the users’ demand, with warnings', () => {
    const r = runScenario(tinyPlan({ consumers: consumers(), measures: [shared({ heat_recovered_gj: 300_000 })] }), 's', {
      mac: false,
    });
    const y = r.years[0]!;
    expect(r.warnings.find((w) => w.code === 'waste_heat_exceeds_available')?.params['available_gj']).toBe(200_000);
    // 200,000 GJ would replace 571 x 10^4 Nm3 of gas; the neighbour burns only 500.
    expect(y.energy.by_carrier.natural_gas_10k_nm3).toBeCloseTo(0, 9);
    expect(r.warnings.some((w) => w.code === 'displaced_fuel_missing')).toBe(true);
    expect(y.energy.waste_heat_recovered_gj).toBeCloseTo((200_000 * 500) / (200_000 / 0.9 / 389.31), 6);
  });

  it('names no users: every enterprise but the source', () => {
    const r = runScenario(tinyPlan({ consumers: consumers(), measures: [shared({ heat_recovered_gj: 10_000 }, [])] }), 's', {
      mac: false,
    });
    expect(r.years[0]!.energy.by_carrier.natural_gas_10k_nm3).toBeCloseTo(500 - 10_000 / 0.9 / 389.31, 9);
  });

  it('plan validation names an unknown source and a source listed among its users', () => {
    const base = tinyPlan({ consumers: consumers(), measures: [shared({ heat_recovered_gj: 1 })] });
    const bad = structuredClone(base);
    const m = bad.scenarios[1]!.measures[0]!;
    if (m.kind !== 'waste_heat') throw new Error('fixture');
    m.params.source_consumer_id = 'smelter';
    const unknown = checkPlan(bad);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok)
      expect(unknown.issues).toContainEqual({
        path: 'scenarios[1].measures[0].params.source_consumer_id',
        message: 'unknown consumer "smelter"',
        reason: { key: 'unknown_consumer', params: { id: 'smelter' } },
      });
    m.params.source_consumer_id = 'chem';
    const self = checkPlan(bad);
    expect(self.ok).toBe(false);
    if (!self.ok) {
      expect(self.issues[0]!.path).toBe('scenarios[1].measures[0].params.source_consumer_id');
      expect(self.issues[0]!.reason).toEqual({ key: 'heat_source_is_user', params: { id: 'chem' } });
    }
  });
});
