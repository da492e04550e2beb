import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import {
  FINGERPRINT_SCHEME,
  canonicalJson,
  isFingerprint,
  planFingerprint,
  shortFingerprint,
} from '../../../core/fingerprint/index.ts';
import { withoutDerivedNames } from '../../../core/model/language-names.ts';
import { parsePlan, type Plan } from '../../../core/model/plan.ts';
import { samplePlan, sampleText } from './sample.ts';

/** Rebuilds every object with its keys in reverse order (same JSON meaning, other layout). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  return value;
}

function reparse(input: unknown): Plan {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.plan;
}

describe('canonicalJson (RFC 8785 style)', () => {
  it('sorts keys by UTF-16 code units, drops undefined members, writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, A: { z: 0, y: -0 } })).toBe(
      '{"A":{"y":0,"z":0},"a":[true,null,"x"],"b":1}',
    );
    // "é" (U+00E9) sorts after "z"; the surrogate pair of U+1F600 sorts before U+FB01 by code unit.
    expect(canonicalJson({ é: 1, z: 2, '\u{1F600}': 3, '\uFB01': 4 })).toBe('{"z":2,"é":1,"😀":3,"ﬁ":4}');
  });

  it('writes numbers in their shortest round-trip form (RFC 8785 examples)', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [-0, '0'],
      [1, '1'],
      [0.1, '0.1'],
      [1e21, '1e+21'],
      [1e-7, '1e-7'],
      [333333333.3333333, '333333333.3333333'],
      [9007199254740991, '9007199254740991'],
      [5e-324, '5e-324'],
    ];
    for (const [n, text] of cases) expect(canonicalJson(n)).toBe(text);
  });

  it('escapes strings as JSON.stringify does', () => {
    expect(canonicalJson('a"b\\c\n\u0001€')).toBe('"a\\"b\\\\c\\n\\u0001€"');
  });

  it('refuses what is not JSON data', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(/not a JSON number/);
    expect(() => canonicalJson({ x: Infinity })).toThrow(/not a JSON number/);
    expect(() => canonicalJson(new Date(0))).toThrow(/plain objects/);
    expect(() => canonicalJson(10n)).toThrow(/bigint/);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });

  it('is a fixed point of parse: canonical(parse(canonical(x))) === canonical(x)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('planFingerprint', () => {
  const plan = samplePlan();
  const fp = planFingerprint(plan);

  it('is 64 hex digits: SHA-256 of the scheme line and the canonical content', () => {
    expect(isFingerprint(fp)).toBe(true);
    // An empty hourly_series is left out, so plans from before imported series keep their fingerprint.
    expect(plan.hourly_series).toEqual([]);
    const { comments: _c, hourly_series: _h, ...content } = plan;
    const expected = createHash('sha256')
      .update(`${FINGERPRINT_SCHEME}\n${canonicalJson(withoutDerivedNames(content))}`, 'utf8')
      .digest('hex');
    expect(fp).toBe(expected);
  });

  it('covers imported hourly series (they are plan content)', () => {
    const series = {
      id: 's1',
      name: 'Metered',
      kind: 'load' as const,
      target: { consumer_id: plan.consumers[0]!.id },
      source: { file_name: 'load.csv', imported_at: '2025-01-01T00:00:00.000Z' },
      values: Array.from({ length: 8760 }, () => 1),
    };
    const withSeries = { ...plan, hourly_series: [series] };
    expect(planFingerprint(withSeries)).not.toBe(fp);
    const changed = { ...plan, hourly_series: [{ ...series, values: series.values.map((v, h) => (h === 4000 ? 2 : v)) }] };
    expect(planFingerprint(changed)).not.toBe(planFingerprint(withSeries));
  });

  it('does not depend on key order or the whitespace of the JSON it came from', () => {
    const compact = reparse(JSON.parse(sampleText()));
    const shuffled = reparse(reverseKeys(JSON.parse(sampleText())));
    const pretty = reparse(JSON.parse(JSON.stringify(JSON.parse(sampleText()), null, 7)));
    expect(planFingerprint(compact)).toBe(fp);
    expect(planFingerprint(shuffled)).toBe(fp);
    expect(planFingerprint(pretty)).toBe(fp);
  });

  it('is what it was before names had two languages: a language name repeating the primary name is not content', () => {
    const { comments: _c, hourly_series: _h, ...content } = plan;
    // The sample as written has only `name`; parsing adds `name_en` beside each English name.
    expect(plan.park.name_en).toBe(plan.park.name);
    const stripped = JSON.parse(JSON.stringify(content), (key: string, value: unknown) =>
      key === 'name_en' || key === 'name_zh' ? undefined : value,
    ) as unknown;
    const before = createHash('sha256')
      .update(`${FINGERPRINT_SCHEME}\n${canonicalJson(stripped)}`, 'utf8')
      .digest('hex');
    expect(fp).toBe(before);
    // A name someone wrote is content.
    const named = structuredClone(plan);
    named.consumers[0]!.name_zh = '印制电路板厂';
    expect(planFingerprint(named)).not.toBe(fp);
    const renamed = structuredClone(plan);
    renamed.consumers[0]!.name_en = 'PCB plant';
    expect(planFingerprint(renamed)).not.toBe(fp);
  });

  it('is the same for an omitted default and the default written out', () => {
    const withDefaults = reparse(JSON.parse(JSON.stringify(plan)));
    expect(planFingerprint(withDefaults)).toBe(fp);
  });

  it('changes with any change to the content: a number, a name, a measure, the order of a list', () => {
    const changed: ((p: Plan) => void)[] = [
      (p) => (p.park.discount_rate += 0.001),
      (p) => (p.consumers[0]!.energy.coal_t += 1),
      (p) => (p.consumers[0]!.notes = `${p.consumers[0]!.notes} `),
      (p) => (p.scenarios[1]!.measures[0]!.capex_cny += 1),
      (p) => p.consumers.reverse(),
      (p) => p.targets.pop(),
      (p) => p.factor_overrides.push({ key: 'coal.ncv_gj_per_t', value: 20, source: '', note: '' }),
    ];
    const seen = new Set([fp]);
    for (const change of changed) {
      const copy = structuredClone(plan);
      change(copy);
      const next = planFingerprint(copy);
      expect(next).not.toBe(fp);
      seen.add(next);
    }
    expect(seen.size).toBe(changed.length + 1);
  });

  it('ignores review comments: adding, resolving or removing them keeps the fingerprint', () => {
    const copy = structuredClone(plan);
    copy.comments.push({
      id: 'r1',
      anchor: { kind: 'scenario', ref: plan.scenarios[0]!.id, year: null },
      author: 'Reviewer',
      body: 'Check the coal cap.',
      status: 'open',
      created_at: '2025-05-01T08:00:00.000Z',
      resolved_at: null,
    });
    expect(planFingerprint(copy)).toBe(fp);
    copy.comments[0]!.status = 'resolved';
    expect(planFingerprint(copy)).toBe(fp);
    copy.comments = [];
    expect(planFingerprint(copy)).toBe(fp);
  });

  it('is deterministic and leaves the plan untouched', () => {
    const before = JSON.stringify(plan);
    expect(planFingerprint(plan)).toBe(planFingerprint(plan));
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('has a short form of four groups of four hex digits', () => {
    expect(shortFingerprint(fp)).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
    expect(shortFingerprint(fp).replaceAll(' ', '')).toBe(fp.slice(0, 16));
  });
});
