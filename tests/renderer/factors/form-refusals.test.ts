import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { issueWhat, type IssueLike } from '../../../renderer/src/app/plan-issue-words.ts';
import { checkOverride } from '../../../renderer/src/screens/factors/factor-groups.ts';
import { checkCostOverride } from '../../../renderer/src/screens/factors/cost-edits.ts';
import { customTarget } from '../../../renderer/src/screens/targets/target-edits.ts';
import { samplePlan } from '../support/fake-host.ts';
import { translators, type TestLanguage } from '../support/translators.ts';

/**
 * What the factor, cost and target forms say when the input is refused: a sentence from the
 * refusal's reason in the screen's language. Before, these forms printed zod's or the
 * library's English message in the Chinese screen too.
 */

let ts: Record<TestLanguage, TFunction>;
beforeAll(async () => {
  ts = await translators();
});

const plan = samplePlan();
const say = (issue: IssueLike, lng: 'en' | 'zh-CN') => issueWhat(issue, { t: ts[lng], language: lng, plan });
/** The refusal's issue, failing the test when the check passed or gave no issue. */
function issueOf(r: { ok: boolean; issue?: IssueLike }): IssueLike {
  if (r.ok || r.issue === undefined) throw new Error(`expected a refusal with an issue, got ${JSON.stringify(r)}`);
  return r.issue;
}

describe('refused input in the factor, cost and target forms', () => {
  it('says a factor override that is impossible by its reason, in Chinese without Latin words', () => {
    const cases = [
      { key: 'coal.oxidation', value: 1.2, reason: 'factor_oxidation_fraction', field: 'value' },
      { key: 'coal.nope', value: 1, reason: 'factor_unknown_key', field: 'key' },
    ];
    for (const c of cases) {
      const r = checkOverride(plan, { key: c.key, value: c.value, source: 'lab', note: '' }, -1);
      const issue = issueOf(r);
      expect(issue.reason?.key, c.key).toBe(c.reason);
      expect(!r.ok && r.field).toBe(c.field);
      expect(say(issue, 'zh-CN')).not.toMatch(/[A-Za-z]/);
      expect(say(issue, 'en')).toMatch(/^[A-Z]/);
    }
    // A negative value fails the schema before the library is built: still a reason, not zod's text.
    const negative = issueOf(checkOverride(plan, { key: 'coal.ncv_gj_per_t', value: -1, source: 'lab', note: '' }, -1));
    expect(negative.reason).toBeDefined();
    expect(say(negative, 'zh-CN')).not.toMatch(/[A-Za-z]/);
  });

  it('says a cost override that is refused by its reason, and a repeated one in the form’s own words', () => {
    const lifetime = issueOf(
      checkCostOverride(plan, { key: 'cost.pv_rooftop.lifetime_years', value: 0.5, source: 'quote', note: '' }, -1),
    );
    expect(lifetime.reason?.key).toBe('cost_lifetime_years');
    expect(say(lifetime, 'zh-CN')).toBe('寿命须为一到一百之间的整年数。');
    expect(say(lifetime, 'en')).toBe('A lifetime is a whole number of years from 1 to 100.');
    const negative = issueOf(
      checkCostOverride(plan, { key: 'cost.pv_rooftop.capex_cny_per_unit', value: -5, source: 'quote', note: '' }, -1),
    );
    expect(say(negative, 'zh-CN')).not.toMatch(/[A-Za-z]/);
    const key = issueOf(
      checkCostOverride(plan, { key: 'cost.nothing.capex_cny_per_unit', value: 5, source: 'quote', note: '' }, -1),
    );
    expect(key.reason?.key).toBe('bad_cost_key');
  });

  it('says a custom target that the schema refuses by its reason', () => {
    const r = customTarget({
      id: 't-new',
      name: 'Coal\u0007cap',
      kind: 'limit',
      indicator: 'coal_t',
      bound: 'max',
      energy_method: 'equivalent',
      year: 2030,
      value: 5,
      source: '',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.path).toBe('name');
    expect(r.reason.key).not.toBe('invalid_generic');
    expect(say(r, 'zh-CN')).not.toMatch(/[A-Za-z]/);
    expect(say(r, 'zh-CN')).not.toBe(say({ path: 'name', message: '', reason: { key: 'invalid_generic', params: {} } }, 'zh-CN'));
  });
});
