import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { annualBalance, parsePlanOrThrow, pathwayKey, runScenario, sharedPathwayCache } from '../../../core/engine/index.ts';
import type { RunOptions } from '../../../core/engine/index.ts';
import type { Plan } from '../../../core/model/plan.ts';

/**
 * The live results keep the recent parents' pathways between runs (core/engine/pathway-cache.ts,
 * RunOptions.reuseParent): a run that takes its parent from the cache must give exactly, bit for
 * bit, what a run from scratch gives, whatever was edited in between; and an edit of the viewed
 * scenario alone must not simulate the parent again.
 */
const suiningRaw = JSON.parse(
  readFileSync(new URL('../../../resources/samples/suining.plan.json', import.meta.url), 'utf8'),
) as Plan;
const VIEWED = 'near-zero';

type Draft = Plan & Record<string, unknown>;
const clone = (plan: Plan): Draft => JSON.parse(JSON.stringify(plan)) as Draft;
const scenario = (plan: Plan, id: string) => plan.scenarios.find((s) => s.id === id)!;

function numericParams(params: Record<string, unknown>): string[] {
  return Object.keys(params).filter((k) => typeof params[k] === 'number' && (params[k] as number) > 0);
}

/** Scale the n-th numeric parameter of the m-th measure of a scenario. */
function scaleMeasure(plan: Draft, id: string, m: number, n: number, f: number): void {
  const measures = scenario(plan, id).measures;
  const measure = measures[m % measures.length]!;
  const params = measure.params as Record<string, number>;
  const keys = numericParams(params);
  const key = keys[n % keys.length]!;
  params[key] = params[key]! * f;
}

/** What an edit changes, and whether the parent's pathway (clean-transition) depends on it. */
interface Edit {
  label: string;
  parentChanges: boolean;
  apply: (plan: Draft) => void;
}

const factor = fc.double({ min: 0.5, max: 0.95, noNaN: true });
const index = fc.nat(50);

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(index, index, factor).map(([m, n, f]) => ({
    label: `viewed scenario's measure ${m}/${n} x${f}`,
    parentChanges: false,
    apply: (p: Draft) => scaleMeasure(p, VIEWED, m, n, f),
  })),
  fc.integer({ min: 0, max: 50_000 }).map((kw) => ({
    label: `viewed scenario's export limit ${kw} kW`,
    parentChanges: false,
    apply: (p: Draft) => {
      scenario(p, VIEWED).settings.export_limit_kw = kw + 0.5;
    },
  })),
  fc.nat(1000).map((i) => ({
    label: `comment ${i}`,
    parentChanges: false,
    apply: (p: Draft) => {
      p.comments = [
        ...p.comments,
        {
          id: `note-${p.comments.length}-${i}`,
          anchor: { kind: 'park', ref: null, year: null },
          author: 'Reviewer',
          body: `Check the coal figures (${i})`,
          status: 'open',
          created_at: '2026-01-01T00:00:00.000Z',
          resolved_at: null,
        },
      ];
    },
  })),
  fc.tuple(index, index, factor).map(([m, n, f]) => ({
    label: `parent's measure ${m}/${n} x${f}`,
    parentChanges: true,
    apply: (p: Draft) => scaleMeasure(p, 'clean-transition', m, n, f),
  })),
  fc.tuple(index, index, factor).map(([c, k, f]) => ({
    label: `consumer ${c} energy ${k} x${f}`,
    parentChanges: true,
    apply: (p: Draft) => {
      const energy = p.consumers[c % p.consumers.length]!.energy as Record<string, number>;
      const keys = Object.keys(energy).filter((x) => energy[x]! > 0);
      const key = keys[k % keys.length]!;
      energy[key] = energy[key]! * f;
    },
  })),
  fc.double({ min: 15, max: 30, noNaN: true }).map((v) => ({
    label: `factor override coal.ncv_gj_per_t = ${v}`,
    parentChanges: true,
    apply: (p: Draft) => {
      p.factor_overrides = [
        ...p.factor_overrides.filter((o) => o.key !== 'coal.ncv_gj_per_t'),
        { key: 'coal.ncv_gj_per_t', value: v, source: 'lab report', note: '' },
      ];
    },
  })),
  fc.integer({ min: 100, max: 2000 }).map((price) => ({
    label: `grandparent's carbon price 2060 = ${price}`,
    parentChanges: true,
    apply: (p: Draft) => {
      const path = scenario(p, 'baseline').settings.carbon_price_cny_per_t!;
      path[path.length - 1] = { year: 2060, value: price + 0.25 };
    },
  })),
  fc.double({ min: 0.01, max: 0.1, noNaN: true }).map((rate) => ({
    label: `park discount rate ${rate}`,
    parentChanges: true,
    apply: (p: Draft) => {
      p.park.discount_rate = rate;
    },
  })),
);

/** The edit applied to a copy; null when it would make the plan invalid (then it is not made). */
function edited(plan: Plan, edit: Edit): Plan | null {
  const draft = clone(plan);
  edit.apply(draft);
  try {
    return parsePlanOrThrow(draft);
  } catch {
    return null;
  }
}

/**
 * The test's own account of what the parent reads: everything but the viewed scenario and the
 * comments. A parent state seen before in the same sequence (an edit undone, a value set twice)
 * is still in the cache.
 */
const parentState = (p: Plan) => JSON.stringify({ ...p, scenarios: p.scenarios.filter((s) => s.id !== VIEWED), comments: [] });

function cachedAndFresh(plan: Plan, options: RunOptions) {
  const cached = runScenario(plan, VIEWED, { ...options, reuseParent: true });
  const fresh = runScenario(plan, VIEWED, options);
  return { cached, fresh };
}

describe('parent pathway cache', () => {
  beforeEach(() => sharedPathwayCache.clear());

  it('an edit of the viewed scenario reuses its parent and gives exactly the cold run', () => {
    const plan = parsePlanOrThrow(suiningRaw);
    runScenario(plan, VIEWED, { mac: false, reuseParent: true });
    expect(sharedPathwayCache.stats()).toEqual({ hits: 0, misses: 1, entries: 2 });

    const next = edited(plan, {
      label: 'wind x0.8',
      parentChanges: false,
      apply: (p) => scaleMeasure(p, VIEWED, 2, 0, 0.8),
    })!;
    const { cached, fresh } = cachedAndFresh(next, { mac: true });
    expect(sharedPathwayCache.stats()).toEqual({ hits: 1, misses: 1, entries: 3 });
    expect(cached).toStrictEqual(fresh);
    expect(cached.summary.cumulative_abatement_vs_parent_tco2).not.toBe(
      runScenario(plan, VIEWED, { mac: false }).summary.cumulative_abatement_vs_parent_tco2,
    );
  });

  it('any sequence of edits gives exactly the cold run, and only edits of what the parent reads recompute it', () => {
    const base = parsePlanOrThrow(suiningRaw);
    fc.assert(
      fc.property(
        fc.constantFrom<RunOptions['electricity']>('hourly', 'annual'),
        fc.array(editArb, { minLength: 1, maxLength: 3 }),
        (method, edits) => {
          sharedPathwayCache.clear();
          const options: RunOptions = { mac: false, electricity: method };
          let plan = base;
          runScenario(plan, VIEWED, { ...options, reuseParent: true });
          const seen = new Set([parentState(plan)]);
          for (const edit of edits) {
            const next = edited(plan, edit);
            if (next === null) continue;
            plan = next;
            const before = sharedPathwayCache.stats();
            const { cached, fresh } = cachedAndFresh(plan, options);
            const after = sharedPathwayCache.stats();
            expect(cached, edit.label).toStrictEqual(fresh);
            const state = parentState(plan);
            if (!edit.parentChanges) expect(seen.has(state), edit.label).toBe(true);
            expect([after.hits - before.hits, after.misses - before.misses], edit.label).toEqual(
              seen.has(state) ? [1, 0] : [0, 1],
            );
            seen.add(state);
          }
        },
      ),
      { numRuns: 12, seed: 1406 },
    );
  });

  it("a scenario's own run is kept for the scenarios below it (the Compare and MAC views)", () => {
    const plan = parsePlanOrThrow(suiningRaw);
    runScenario(plan, 'clean-transition', { mac: false, reuseParent: true });
    const { cached, fresh } = cachedAndFresh(plan, { mac: false });
    expect(sharedPathwayCache.stats()).toEqual({ hits: 1, misses: 1, entries: 3 });
    expect(cached).toStrictEqual(fresh);
  });

  it('is not used with a custom balancer', () => {
    const plan = parsePlanOrThrow(suiningRaw);
    const custom = runScenario(plan, VIEWED, { mac: false, balancer: annualBalance, reuseParent: true });
    expect(sharedPathwayCache.stats()).toEqual({ hits: 0, misses: 0, entries: 0 });
    expect(custom).toStrictEqual(runScenario(plan, VIEWED, { mac: false, balancer: annualBalance }));
  });

  it('keys tell -0 from 0 and an undefined field from an absent one, and leave out other scenarios', () => {
    const plan = parsePlanOrThrow(suiningRaw);
    const key = pathwayKey(plan, 'clean-transition', 'hourly');
    const zero = clone(plan);
    scenario(zero, 'clean-transition').settings.export_limit_kw = 0;
    const negativeZero = clone(plan);
    scenario(negativeZero, 'clean-transition').settings.export_limit_kw = -0;
    expect(pathwayKey(zero, 'clean-transition', 'hourly')).not.toBe(pathwayKey(negativeZero, 'clean-transition', 'hourly'));
    const undef = clone(plan);
    (scenario(undef, 'clean-transition') as Record<string, unknown>)['optional_field'] = undefined;
    expect(pathwayKey(undef, 'clean-transition', 'hourly')).not.toBe(key);
    const otherEdited = clone(plan);
    scaleMeasure(otherEdited, VIEWED, 0, 0, 0.5);
    expect(pathwayKey(otherEdited, 'clean-transition', 'hourly')).toBe(key);
    expect(pathwayKey(plan, 'clean-transition', 'annual')).not.toBe(key);
  });

  it('keys hold every bit of an imported series', () => {
    const withSeries = (change: (values: number[]) => void) => {
      const plan = clone(parsePlanOrThrow(suiningRaw));
      const values = Array.from({ length: 8760 }, (_, h) => 1000 + (h % 24) * 0.1);
      change(values);
      plan.hourly_series = [
        {
          id: 'pcb-load',
          name: 'PCB load',
          source: { file_name: 'pcb.csv', imported_at: '2026-01-01T00:00:00.000Z' },
          kind: 'load',
          target: { consumer_id: 'pcb' },
          values,
        },
      ];
      return pathwayKey(plan, 'clean-transition', 'hourly');
    };
    const key = withSeries(() => {});
    expect(withSeries(() => {})).toBe(key);
    expect(withSeries((v) => (v[8759] = v[8759]! + 1e-9))).not.toBe(key);
    expect(withSeries((v) => (v[0] = 0))).not.toBe(withSeries((v) => (v[0] = -0)));
    expect(withSeries((v) => v.reverse())).not.toBe(key);
  });
});
