import { describe, expect, it } from 'vitest';
import { Consumer } from '../../../../core/model/park.ts';
import { Plan } from '../../../../core/model/plan.ts';
import { measuresActingOn, newConsumer, newConsumerId } from '../../../../renderer/src/screens/park/consumer-edits.ts';
import { samplePlan } from '../../support/fake-host.ts';

describe('enterprise edits', () => {
  const plan = samplePlan();

  it('makes a new enterprise that passes the schema', () => {
    const c = newConsumer(newConsumerId(plan.consumers), 'New enterprise 13');
    expect(Consumer.parse(c)).toEqual(c);
    expect(Plan.safeParse({ ...plan, consumers: [...plan.consumers, c] }).success).toBe(true);
  });

  it('picks an id that is free', () => {
    expect(newConsumerId(plan.consumers)).toBe(`enterprise-${plan.consumers.length + 1}`);
    const taken = [...plan.consumers, newConsumer(`enterprise-${plan.consumers.length + 1}`, 'x')];
    expect(newConsumerId(taken)).toBe(`enterprise-${taken.length + 1}`);
    const crowded = [newConsumer('enterprise-2', 'a'), newConsumer('enterprise-3', 'b')];
    expect(newConsumerId(crowded)).toBe('enterprise-4');
  });

  it('names the measures that act on an enterprise, including retargeting overrides', () => {
    const targeted = plan.scenarios.flatMap((s) => s.measures).find((m) => m.consumer_ids.length > 0)!;
    const refs = measuresActingOn(plan, targeted.consumer_ids[0]!);
    expect(refs.map((r) => r.measureName)).toContain(targeted.name);
    expect(measuresActingOn(plan, 'nobody')).toEqual([]);

    const withOverride = structuredClone(plan);
    withOverride.scenarios[2]!.measure_overrides.push({
      measure_id: targeted.id,
      disabled: false,
      set: { consumer_ids: ['offices'] },
    });
    expect(measuresActingOn(withOverride, 'offices').map((r) => r.measureName)).toContain(targeted.name);
  });
});
