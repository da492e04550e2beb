import { describe, expect, it } from 'vitest';
import {
  electricityConsumptionMwh,
  electricityTcePerMwh,
  nodeImbalance,
  shapeEnergyFlow,
  shapeEnergyMix,
  type EnergyFlow,
} from '../../../renderer/src/results/energy.ts';
import type { YearResult } from '../../../core/engine/result-schema.ts';
import type { EnergyMethod } from '../../../core/model/targets.ts';
import { samplePlan, sampleResult } from './sample.ts';
import { runPlan } from '../../../core/engine/index.ts';

const METHODS: EnergyMethod[] = ['equivalent', 'coal_method'];

/**
 * What the flow charges the park with: everything into `park`, plus storage losses and energy
 * left stored, minus stored energy drawn from the start of the year.
 */
function consumedTce(flow: EnergyFlow): number {
  const sum = (keep: (l: EnergyFlow['links'][number]) => boolean) => flow.links.filter(keep).reduce((a, l) => a + l.value, 0);
  return (
    sum((l) => l.target === 'park' || l.target === 'storage_losses' || l.target === 'storage_stored') -
    sum((l) => l.source === 'storage_start')
  );
}

/** One sample year with storage figures replaced, consistent with the dispatch's identities. */
function withStorage(
  y: YearResult,
  s: { charge: number; discharge: number; losses: number; method?: 'hourly' | 'annual' },
): YearResult {
  const copy = structuredClone(y);
  const e = copy.energy.electricity;
  const net = s.charge - s.discharge;
  e.balance_method = s.method ?? 'hourly';
  e.storage_charge_mwh = s.charge;
  e.storage_discharge_mwh = s.discharge;
  e.storage_losses_mwh = s.losses;
  e.storage_soc_change_mwh = net - s.losses;
  e.storage_net_charge_mwh = net;
  // Hourly: storage charges from on-site surplus only, so self-consumed = direct use + charge.
  e.direct_use_mwh = e.self_consumed_mwh - (e.balance_method === 'hourly' ? s.charge : 0);
  e.grid_import_mwh = e.demand_mwh + net - e.self_consumed_mwh;
  copy.energy.by_carrier.electricity_mwh = e.demand_mwh + net;
  const rate = electricityTcePerMwh(y, 'coal_method');
  copy.energy.tce_coal_method += (net - y.energy.electricity.storage_net_charge_mwh) * rate;
  return copy;
}

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
          for (const node of ['onsite', 'electricity', 'storage'] as const)
            expect(Math.abs(nodeImbalance(flow, node))).toBeLessThan(1e-6);
          expect(consumedTce(flow)).toBeCloseTo(flow.totalTce, 4);
          const toPark = flow.links.find((l) => l.source === 'electricity' && l.target === 'park')?.value ?? 0;
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

describe('Sankey storage flows', () => {
  it('draws storage charged from the grid from the grid purchase, and every node balances', () => {
    const plan = structuredClone(samplePlan);
    const ct = plan.scenarios.find((x) => x.id === 'clean-transition')!;
    ct.settings = { ...ct.settings, storage_strategy: 'tou_arbitrage' };
    const r = runPlan(plan, { mac: false }).scenarios.find((x) => x.scenario_id === 'clean-transition')!;
    const y = r.years.find((x) => x.year === 2030)!;
    expect(y.energy.electricity.storage_grid_charge_mwh).toBeGreaterThan(0);
    const flow = shapeEnergyFlow(y, 'equivalent');
    const rate = electricityTcePerMwh(y, 'equivalent');
    const fromGrid = link(flow, 'grid_other', 'storage') + link(flow, 'green_power', 'storage');
    expect(fromGrid / rate).toBeCloseTo(y.energy.electricity.storage_grid_charge_mwh, 6);
    for (const node of ['onsite', 'electricity', 'storage'] as const)
      expect(Math.abs(nodeImbalance(flow, node))).toBeLessThan(1e-6);
    expect(consumedTce(flow)).toBeCloseTo(flow.totalTce, 4);
  });

  const sampleYear = sampleResult('near-zero').years.find((x) => x.year === 2035)!;
  const link = (flow: EnergyFlow, source: string, target: string) =>
    flow.links.find((l) => l.source === source && l.target === target)?.value ?? 0;

  it('with a negative net charge (the year ends emptier than its 50% start): start energy flows into storage', () => {
    // Discharged 20 MWh, charged 5, lost 1.5: 16.5 MWh came out of the start-of-year charge.
    const y = withStorage(sampleYear, { charge: 5, discharge: 20, losses: 1.5 });
    expect(y.energy.electricity.storage_net_charge_mwh).toBe(-15);
    const flow = shapeEnergyFlow(y, 'coal_method');
    const rate = electricityTcePerMwh(y, 'coal_method');
    expect(link(flow, 'onsite', 'storage') / rate).toBeCloseTo(5, 9);
    expect(link(flow, 'storage', 'electricity') / rate).toBeCloseTo(20, 9);
    expect(link(flow, 'storage', 'storage_losses') / rate).toBeCloseTo(1.5, 9);
    expect(link(flow, 'storage_start', 'storage') / rate).toBeCloseTo(16.5, 9);
    expect(flow.nodes).not.toContain('storage_stored');
    for (const node of ['onsite', 'electricity', 'storage'] as const)
      expect(Math.abs(nodeImbalance(flow, node))).toBeLessThan(1e-6);
    // The park's electricity: demand + net charge, less than demand this year.
    expect(electricityConsumptionMwh(y)).toBeCloseTo(y.energy.electricity.demand_mwh - 15, 9);
    expect(consumedTce(flow)).toBeCloseTo(flow.totalTce, 6);
    expect(link(flow, 'electricity', 'park') / rate).toBeCloseTo(y.energy.electricity.demand_mwh, 6);
  });

  it('with a positive net charge: losses and the energy left stored leave the storage node', () => {
    const y = withStorage(sampleYear, { charge: 300, discharge: 250, losses: 30 });
    const flow = shapeEnergyFlow(y, 'coal_method');
    const rate = electricityTcePerMwh(y, 'coal_method');
    expect(link(flow, 'storage', 'storage_stored') / rate).toBeCloseTo(20, 9);
    expect(flow.nodes).not.toContain('storage_start');
    expect(Math.abs(nodeImbalance(flow, 'storage'))).toBeLessThan(1e-6);
    expect(consumedTce(flow)).toBeCloseTo(flow.totalTce, 6);
  });

  it('annual netting: storage adds only its losses, bought with the import (no cycle in the graph)', () => {
    const y = withStorage(sampleYear, { charge: 330, discharge: 297, losses: 33, method: 'annual' });
    const flow = shapeEnergyFlow(y, 'coal_method');
    expect(flow.nodes).not.toContain('storage');
    expect(link(flow, 'electricity', 'storage_losses') / electricityTcePerMwh(y, 'coal_method')).toBeCloseTo(33, 9);
    expect(Math.abs(nodeImbalance(flow, 'electricity'))).toBeLessThan(1e-6);
    expect(consumedTce(flow)).toBeCloseTo(flow.totalTce, 6);
  });

  it('never links a node back to one upstream of it (echarts refuses cycles)', () => {
    for (const s of samplePlan.scenarios)
      for (const y of sampleResult(s.id).years) {
        const flow = shapeEnergyFlow(y, 'equivalent');
        const next = new Map<string, string[]>();
        for (const l of flow.links) next.set(l.source, [...(next.get(l.source) ?? []), l.target]);
        const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
          (next.get(from) ?? []).some((n) => n === to || (!seen.has(n) && (seen.add(n), reaches(n, to, seen))));
        for (const n of flow.nodes) expect(reaches(n, n), `${s.id} ${y.year} ${n}`).toBe(false);
      }
  });
});
