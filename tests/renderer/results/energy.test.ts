import { describe, expect, it } from 'vitest';
import { electricityTcePerMwh, nodeImbalance, shapeEnergyFlow, shapeEnergyMix } from '../../../renderer/src/results/energy.ts';
import type { EnergyMethod } from '../../../core/model/targets.ts';
import { samplePlan, sampleResult } from './sample.ts';

const METHODS: EnergyMethod[] = ['equivalent', 'coal_method'];

describe('energy mix by carrier', () => {
  for (const method of METHODS)
    it(`adds up to the engine's total by the ${method}`, () => {
      for (const s of samplePlan.scenarios) {
        const r = sampleResult(s.id);
        const mix = shapeEnergyMix(r, method);
        r.years.forEach((y, i) => {
          const sum = mix.carriers.reduce((acc, c) => acc + c.values[i]!, 0);
          expect(sum).toBeCloseTo(method === 'equivalent' ? y.energy.tce_equivalent : y.energy.tce_coal_method, 4);
          expect(mix.total[i]).toBe(method === 'equivalent' ? y.energy.tce_equivalent : y.energy.tce_coal_method);
        });
      }
    });

  it('differ between the methods only in electricity', () => {
    const r = sampleResult('near-zero');
    const eq = shapeEnergyMix(r, 'equivalent');
    const coal = shapeEnergyMix(r, 'coal_method');
    for (const c of eq.carriers) {
      const other = coal.carriers.find((x) => x.id === c.id)!;
      if (c.id === 'electricity') expect(other.values[0]).toBeGreaterThan(c.values[0]!);
      else expect(other.values).toEqual(c.values);
    }
  });
});

describe('Sankey energy flow', () => {
  for (const method of METHODS)
    it(`balances at every pass-through node and ends at the engine's total (${method})`, () => {
      for (const s of samplePlan.scenarios)
        for (const y of sampleResult(s.id).years) {
          const flow = shapeEnergyFlow(y, method);
          for (const node of ['onsite', 'electricity'] as const) expect(Math.abs(nodeImbalance(flow, node))).toBeLessThan(1e-6);
          // The park's electricity is demand plus storage's net charge (negative when it discharged on balance).
          const sum = (keep: (l: (typeof flow.links)[number]) => boolean) =>
            flow.links.filter(keep).reduce((a, l) => a + l.value, 0);
          const consumed =
            sum((l) => l.target === 'park' || l.target === 'storage_charge') - sum((l) => l.source === 'storage_discharge');
          expect(consumed).toBeCloseTo(flow.totalTce, 4);
          const toPark = sum((l) => l.source === 'electricity' && l.target === 'park');
          expect(toPark).toBeCloseTo(y.energy.electricity.demand_mwh * electricityTcePerMwh(y, method), 4);
          expect(flow.links.every((l) => l.value > 0)).toBe(true);
          expect(new Set(flow.nodes).size).toBe(flow.nodes.length);
        }
    });

  it('routes PV and wind through on-site generation into electricity', () => {
    const y = sampleResult('near-zero').years.find((x) => x.year === 2035)!;
    const flow = shapeEnergyFlow(y, 'equivalent');
    expect(flow.links.some((l) => l.source === 'pv' && l.target === 'onsite')).toBe(true);
    expect(flow.links.some((l) => l.source === 'wind' && l.target === 'onsite')).toBe(true);
    expect(flow.links.some((l) => l.source === 'onsite' && l.target === 'electricity')).toBe(true);
    expect(flow.links.some((l) => l.source === 'green_power' && l.target === 'electricity')).toBe(true);
  });
});
