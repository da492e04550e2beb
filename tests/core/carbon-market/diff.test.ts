import { describe, expect, it } from 'vitest';
import { describeChange, diffPlans } from '../../../core/diff/index.ts';
import { coverage, etsPlan, market } from './fixtures.ts';

describe('comparing versions of a plan with carbon markets', () => {
  it('lists a market added, a price path changed and an enterprise newly covered', () => {
    const a = etsPlan({ cover: null, markets: [market()] });
    const b = etsPlan({
      cover: coverage(),
      markets: [
        market({ price_cny_per_t: [{ year: 2025, value: 90 }] }),
        market({ id: 'sz', name: '深圳碳市场', kind: 'regional', name_zh: '深圳碳市场', name_en: 'Shenzhen ETS' }),
      ],
    });
    const changes = diffPlans(a, b);
    expect(changes.filter((c) => c.section === 'carbon_markets').map((c) => [c.change, c.id, c.field])).toEqual([
      ['changed', 'cn-ets', 'price_cny_per_t'],
      ['added', 'sz', null],
    ]);
    expect(
      changes.some((c) => c.section === 'consumers' && c.id === 'plant' && (c.field ?? '').startsWith('carbon_market')),
    ).toBe(true);
    expect(describeChange(changes.find((c) => c.id === 'sz')!)).toMatch(/^added\s+carbon market "深圳碳市场" \[sz\]/);
  });
});
