import type { Draft } from 'immer';
import type { Plan } from '../../../../core/model/plan.ts';
import { DEFAULT_SETTINGS, type ScenarioSettings } from '../../../../core/model/scenario.ts';
import { ancestry } from './scenario-tree.ts';

/**
 * Where each assumption of a scenario comes from: set in the scenario itself, inherited from
 * the nearest ancestor that sets it, or the built-in default. Mirrors the engine's merge
 * (core/engine/resolve.ts: key by key along the chain, whole values, no deep merge).
 */

export type SettingKey = keyof ScenarioSettings;
export type SettingOrigin = { kind: 'here' } | { kind: 'inherited'; scenarioId: string } | { kind: 'default' };

export interface EffectiveSetting<K extends SettingKey> {
  value: ScenarioSettings[K];
  origin: SettingOrigin;
}

export function effectiveSetting<K extends SettingKey>(plan: Plan, scenarioId: string, key: K): EffectiveSetting<K> {
  const chain = ancestry(plan.scenarios, scenarioId);
  for (let i = chain.length - 1; i >= 0; i--) {
    const s = chain[i]!;
    const own = s.settings[key];
    if (own !== undefined) {
      return {
        value: own as ScenarioSettings[K],
        origin: s.id === scenarioId ? { kind: 'here' } : { kind: 'inherited', scenarioId: s.id },
      };
    }
  }
  return { value: DEFAULT_SETTINGS[key], origin: { kind: 'default' } };
}

/** Set one assumption in this scenario (whole value, as the engine merges). */
export function setSetting<K extends SettingKey>(
  draft: Draft<Plan>,
  scenarioId: string,
  key: K,
  value: ScenarioSettings[K],
): void {
  const s = draft.scenarios.find((k) => k.id === scenarioId);
  if (s !== undefined) (s.settings as Record<string, unknown>)[key] = structuredClone(value);
}

/** Stop setting it here: the scenario inherits it again (or uses the default). */
export function resetSetting(draft: Draft<Plan>, scenarioId: string, key: SettingKey): void {
  const s = draft.scenarios.find((k) => k.id === scenarioId);
  if (s !== undefined) delete (s.settings as Record<string, unknown>)[key];
}
