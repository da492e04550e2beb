import { describe, expect, it } from 'vitest';
import {
  netEmissionsPeak,
  shapeMeasureWedges,
  shapePathway,
  shapeSourceWedges,
} from '../../../renderer/src/results/emissions.ts';
import { resolveScenario } from '../../../core/engine/resolve.ts';
import { leafAndParent, samplePlan, sampleResult } from './sample.ts';

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

describe('emission wedges by source', () => {
  for (const s of samplePlan.scenarios) {
    it(`add up to net emissions in every year (${s.id})`, () => {
      const r = sampleResult(s.id);
      const w = shapeSourceWedges(r);
      expect(w.years).toEqual(r.years.map((y) => y.year));
      r.years.forEach((y, i) => {
        const sum = [...w.sources, ...w.removals].reduce((acc, x) => acc + x.values[i]!, 0);
        close(sum, y.emissions.net_tco2);
      });
      for (const x of w.sources) expect(x.values.every((v) => v >= 0)).toBe(true);
      for (const x of w.removals) expect(x.values.every((v) => v <= 0)).toBe(true);
    });
  }

  it('leave out sources that are zero in every year and keep the others', () => {
    const r = sampleResult(leafAndParent().leaf);
    const w = shapeSourceWedges(r);
    const ids = [...w.sources, ...w.removals].map((x) => x.id);
    expect(ids).toContain('fuel:coal_t');
    expect(ids).toContain('ccus');
    expect(ids).not.toContain('fuel:gasoline_t'); // the sample burns no gasoline
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('emissions pathway', () => {
  const kinds = new Map(samplePlan.targets.map((t) => [t.id, t.kind]));

  it('has one point per year from the base year to the horizon', () => {
    const p = shapePathway(sampleResult(leafAndParent().leaf), kinds);
    expect(p.years[0]).toBe(samplePlan.park.base_year);
    expect(p.years.at(-1)).toBe(samplePlan.park.horizon_year);
    expect(p.net).toHaveLength(p.years.length);
    expect(p.gross.every((g, i) => g >= p.net[i]! - 1e-6)).toBe(true);
  });

  it("names the targets as the plan does in the screen's language, not by the result's primary name", () => {
    const r = sampleResult(leafAndParent().leaf);
    const names = new Map(samplePlan.targets.map((t) => [t.id, `EN ${t.id}`]));
    const p = shapePathway(r, kinds, names);
    expect(p.targets.length).toBeGreaterThan(0);
    for (const line of p.targets) expect(line.name).toBe(`EN ${line.id}`);
    // Without names, the result's own.
    expect(shapePathway(r, kinds).targets.map((x) => x.name)).toEqual(
      p.targets.map((x) => r.targets.find((t) => t.id === x.id)!.name),
    );
  });

  it('draws only emission targets, with their limits where they are checked, and marks each checked year', () => {
    const r = sampleResult(leafAndParent().leaf);
    const p = shapePathway(r, kinds);
    const emissionTargets = r.targets.filter(
      (t) => t.indicator === 'net_emissions_tco2' || t.indicator === 'gross_emissions_tco2',
    );
    expect(p.targets.map((t) => t.id)).toEqual(emissionTargets.map((t) => t.id));
    const peak = p.targets.find((t) => t.id === 'emissions-peak');
    expect(peak?.kind).toBe('peak');
    r.years.forEach((y, i) => {
      const check = y.targets.find((c) => c.id === 'emissions-peak');
      expect(peak?.limits[i] ?? null).toBe(check?.limit ?? null);
      const mark = p.marks.find((m) => m.year === y.year);
      expect(mark === undefined).toBe(check === undefined);
      if (mark !== undefined && check !== undefined) {
        expect(mark.pass).toBe(check.pass);
        expect(mark.value).toBe(y.emissions.net_tco2);
      }
    });
  });
});

describe('abatement wedges by measure against the parent (approximate)', () => {
  it('split the exact yearly total between the child’s own measures, nothing lost', () => {
    const { leaf, parent } = leafAndParent();
    const child = sampleResult(leaf, true);
    const par = sampleResult(parent);
    const scenario = samplePlan.scenarios.find((s) => s.id === leaf)!;
    const ids = scenario.measures.map((m) => m.id);
    const starts = new Map(resolveScenario(samplePlan, leaf).measures.map((m) => [m.measure.id, m.measure.start_year]));
    const w = shapeMeasureWedges(child, par, ids, starts);
    w.years.forEach((year, i) => {
      close(w.total[i]!, par.years[i]!.emissions.net_tco2 - child.years[i]!.emissions.net_tco2);
      const split = w.measures.reduce((s, m) => s + m.values[i]!, 0) + w.unattributed[i]!;
      close(split, w.total[i]!);
      for (const m of w.measures) if (year < starts.get(m.measureId)!) expect(m.values[i]).toBe(0);
    });
    expect(w.measures.length).toBeGreaterThan(0);
    expect(w.measures.every((m) => ids.includes(m.measureId))).toBe(true);
  });
});

describe('the peak of net emissions', () => {
  /** A copy of a sample result whose net emissions are `net` by year. */
  function withNet(net: number[]) {
    const r = structuredClone(sampleResult(leafAndParent().leaf));
    const years = r.years.slice(0, net.length).map((y, i) => ({ ...y, emissions: { ...y.emissions, net_tco2: net[i]! } }));
    const peak = net.indexOf(Math.max(...net));
    return { ...r, years, summary: { ...r.summary, peak_year_net_emissions: years[peak]!.year } };
  }

  it('is a year when emissions fall after it', () => {
    const r = withNet([10, 12, 11, 9]);
    expect(netEmissionsPeak(r)).toEqual({ year: r.years[1]!.year, peaked: true });
  });

  it('is "not peaked" when emissions still rise in the last year', () => {
    const r = withNet([10, 11, 12, 13]);
    expect(netEmissionsPeak(r)).toEqual({ year: r.years[3]!.year, peaked: false });
  });

  it('counts a plateau at the horizon as peaked', () => {
    const r = withNet([10, 11, 12, 12]);
    expect(netEmissionsPeak(r).peaked).toBe(true);
  });
});
