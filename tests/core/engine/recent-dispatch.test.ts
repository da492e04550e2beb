import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { forgetDispatches, parsePlanOrThrow, recentDispatchStats, runScenario } from '../../../core/engine/index.ts';
import type { RunOptions } from '../../../core/engine/index.ts';
import type { Plan } from '../../../core/model/plan.ts';

/**
 * The live results take each year of a scenario's dispatch from the thread's previous run of
 * the scenario when the year's inputs are the same (core/engine/recent-dispatch.ts,
 * RunOptions.reuseDispatch). A run that does must give exactly, bit for bit, what a run from
 * scratch gives, whatever was edited in between; and it must take over the years an edit cannot
 * have changed, or it saves nothing.
 */
const suiningRaw = JSON.parse(
  readFileSync(new URL('../../../resources/samples/suining.plan.json', import.meta.url), 'utf8'),
) as Plan;
const VIEWED = 'near-zero';
const PARENT = 'clean-transition';

type Draft = Plan & Record<string, unknown>;
const clone = (plan: Plan): Draft => JSON.parse(JSON.stringify(plan)) as Draft;
const scenario = (plan: Plan, id: string) => plan.scenarios.find((s) => s.id === id)!;
const measure = (plan: Plan, id: string) => plan.scenarios.flatMap((s) => s.measures).find((m) => m.id === id)!;
const consumer = (plan: Plan, id: string) => plan.consumers.find((c) => c.id === id)!;

function edit(plan: Plan, apply: (draft: Draft) => void): Plan {
  const draft = clone(plan);
  apply(draft);
  return parsePlanOrThrow(draft);
}

/** The run with reuse, checked against a run from scratch; what the reusing run took and dispatched. */
function runAndCheck(plan: Plan, options: RunOptions = { mac: false }) {
  const before = recentDispatchStats();
  const reused = runScenario(plan, VIEWED, { ...options, reuseDispatch: true });
  const after = recentDispatchStats();
  expect(reused).toStrictEqual(runScenario(plan, VIEWED, options));
  return { taken: after.years_taken - before.years_taken, dispatched: after.years_dispatched - before.years_dispatched };
}

describe('dispatch reused from the previous run of a scenario', () => {
  beforeEach(() => forgetDispatches());

  const plan = parsePlanOrThrow(suiningRaw);
  const years = plan.park.horizon_year - plan.park.base_year + 1;
  const yearsBefore = (measureId: string) => measure(plan, measureId).start_year - plan.park.base_year;

  it('takes every year an edit leaves alone and dispatches the rest, with the numbers of a cold run', () => {
    // The viewed scenario and its parent (for the comparison) are both simulated.
    expect(runAndCheck(plan)).toEqual({ taken: 0, dispatched: 2 * years });

    // Coal at the PCB plant: no measure turns its coal into electricity, so no year's
    // electricity changes in either scenario.
    const coal = edit(plan, (p) => {
      consumer(p, 'pcb').energy.coal_t = 1234;
    });
    expect(runAndCheck(coal)).toEqual({ taken: 2 * years, dispatched: 0 });

    // Coal at the lithium carbonate plant: the near-zero scenario's heat pump turns it into
    // electricity from its start year, so only the years before change nothing there.
    const heatPump = edit(coal, (p) => {
      consumer(p, 'li-carbonate').energy.coal_t = 90_000;
    });
    const before = yearsBefore('refinery-heat-pump');
    expect(before).toBeGreaterThan(0);
    expect(runAndCheck(heatPump)).toEqual({ taken: years + before, dispatched: years - before });

    // The near-zero scenario's first wind farm: its years before the farm are the same; the
    // parent does not have it.
    const wind = edit(heatPump, (p) => {
      const params = measure(p, 'hill-wind').params as { capacity_kw: number };
      params.capacity_kw *= 1.1;
    });
    expect(runAndCheck(wind)).toEqual({ taken: years + yearsBefore('hill-wind'), dispatched: years - yearsBefore('hill-wind') });

    // The viewed scenario's electricity price: its tariff, hour by hour, changes, so none of its
    // years can be taken; the parent's can.
    const price = edit(wind, (p) => {
      const s = scenario(p, VIEWED) as { settings?: Record<string, unknown> };
      s.settings = { ...s.settings, demand_charge_cny_per_kw_month: 33 };
    });
    expect(runAndCheck(price)).toEqual({ taken: years, dispatched: years });

    // An enterprise's electricity use changes every year of both scenarios.
    const electricity = edit(price, (p) => {
      consumer(p, 'pcb').energy.electricity_mwh! *= 1.05;
    });
    expect(runAndCheck(electricity)).toEqual({ taken: 0, dispatched: 2 * years });

    // Another city: other sun and wind hour by hour, so nothing is taken.
    const city = edit(electricity, (p) => {
      p.park.city = 'Chengdu';
    });
    expect(runAndCheck(city)).toEqual({ taken: 0, dispatched: 2 * years });

    // Back to the first plan: each scenario's previous run is the one just made, so nothing is
    // taken either (only the last run of each scenario is kept).
    expect(runAndCheck(plan)).toEqual({ taken: 0, dispatched: 2 * years });
  });

  it('gives the cold run with MAC, whose variants take their years from the full run as before', () => {
    runScenario(plan, VIEWED, { mac: false, reuseDispatch: true });
    const coal = edit(plan, (p) => {
      consumer(p, 'pcb').energy.coal_t = 4321;
    });
    expect(runAndCheck(coal, { mac: true }).dispatched).toBe(0);
  });

  it('leaves scenarios with a surplus-following electrolyser to dispatch every year', () => {
    const surplus = edit(plan, (p) => {
      Object.assign(measure(p, 'green-h2-trucks').params, { operating_mode: 'renewable_surplus' });
    });
    runAndCheck(surplus);
    const again = edit(surplus, (p) => {
      consumer(p, 'pcb').energy.coal_t = 500;
    });
    // The parent has no electrolyser: all its years are taken; the viewed scenario's none.
    expect(runAndCheck(again)).toEqual({ taken: years, dispatched: years });
  });

  it('any sequence of edits gives exactly the cold run', () => {
    const factor = fc.double({ min: 0.5, max: 0.95, noNaN: true });
    const pick = fc.nat(50);
    type Step = [label: string, apply: (p: Draft) => void];
    const step = (label: string, apply: (p: Draft) => void): Step => [label, apply];
    const edits: fc.Arbitrary<Step> = fc.oneof(
      fc.tuple(pick, pick, factor).map(([c, k, f]) =>
        step(`consumer ${c} energy ${k} x${f}`, (p: Draft) => {
          const energy = p.consumers[c % p.consumers.length]!.energy as Record<string, number>;
          const keys = Object.keys(energy).filter((x) => energy[x]! > 0);
          const key = keys[k % keys.length]!;
          energy[key] = energy[key]! * f;
        }),
      ),
      fc.tuple(pick, pick, factor, fc.constantFrom(VIEWED, PARENT)).map(([m, n, f, id]) =>
        step(`${id} measure ${m}/${n} x${f}`, (p: Draft) => {
          const measures = scenario(p, id).measures;
          const params = measures[m % measures.length]!.params as Record<string, number>;
          const keys = Object.keys(params).filter((k) => typeof params[k] === 'number' && params[k] > 0);
          if (keys.length > 0) params[keys[n % keys.length]!]! *= f;
        }),
      ),
      fc.tuple(pick, fc.constantFrom('continuous', 'two_shift', 'office')).map(([c, profile]) =>
        step(`consumer ${c} load profile ${profile}`, (p: Draft) => {
          p.consumers[c % p.consumers.length]!.load_profile = profile;
        }),
      ),
      fc
        .tuple(fc.constantFrom(VIEWED, PARENT), fc.constantFrom('load_following', 'tou_arbitrage', 'peak_shaving'))
        .map(([id, strategy]) =>
          step(`${id} storage ${strategy}`, (p: Draft) => {
            const s = scenario(p, id) as { settings?: Record<string, unknown> };
            s.settings = { ...s.settings, storage_strategy: strategy };
          }),
        ),
      fc
        .tuple(fc.constantFrom(VIEWED, PARENT), fc.constantFrom('tou', 'flat'), fc.integer({ min: 0, max: 40_000 }))
        .map(([id, tariff, limit]) =>
          step(`${id} ${tariff} tariff, export limit ${limit} kW`, (p: Draft) => {
            const s = scenario(p, id) as { settings?: Record<string, unknown> };
            s.settings = { ...s.settings, electricity_tariff: tariff, export_limit_kw: limit };
          }),
        ),
      fc.double({ min: 0.01, max: 0.1, noNaN: true }).map((rate) =>
        step(`discount rate ${rate}`, (p: Draft) => {
          p.park.discount_rate = rate;
        }),
      ),
    );
    fc.assert(
      fc.property(fc.array(edits, { minLength: 1, maxLength: 4 }), (sequence) => {
        forgetDispatches();
        let current = plan;
        runScenario(current, VIEWED, { mac: false, reuseDispatch: true });
        for (const [label, apply] of sequence) {
          let next: Plan;
          try {
            next = edit(current, apply);
          } catch {
            continue; // an edit that would make the plan invalid is not made
          }
          current = next;
          expect(runScenario(current, VIEWED, { mac: false, reuseDispatch: true }), label).toStrictEqual(
            runScenario(current, VIEWED, { mac: false }),
          );
        }
      }),
      { numRuns: 10, seed: 612 },
    );
  });
});
