import { useCallback, useSyncExternalStore } from 'react';
import type { Plan } from '../../../core/model/plan.ts';
import { useStoreState } from '../app/context.tsx';

/**
 * The scenario the planner is looking at, shared by the screens that show one scenario
 * (Scenarios, Measures, Results, Risk), so choosing Baseline on one screen shows Baseline on the next
 * and after coming back. UI state: it never enters the undo history. It belongs to one project:
 * opening another project starts afresh.
 */
export class ScenarioSelection {
  private chosen: { projectId: string; scenarioId: string } | null = null;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The chosen scenario of `projectId`, or null when none was chosen in it. */
  get(projectId: string): string | null {
    return this.chosen?.projectId === projectId ? this.chosen.scenarioId : null;
  }

  set(projectId: string, scenarioId: string): void {
    if (this.chosen?.projectId === projectId && this.chosen.scenarioId === scenarioId) return;
    this.chosen = { projectId, scenarioId };
    for (const l of this.listeners) l();
  }
}

/** One per window: the window shows one project at a time. */
export const scenarioSelection = new ScenarioSelection();

/**
 * The shared scenario for a screen: the one chosen on any screen when it still exists, else
 * the screen's own default (which is not stored, so each screen keeps its sensible default
 * until the planner chooses). Returns the id and the setter.
 */
export function useSelectedScenario(
  plan: Plan,
  fallback: () => string,
  selection: ScenarioSelection = scenarioSelection,
): [string, (id: string) => void] {
  const projectId = useStoreState().session?.meta.project_id ?? '';
  const chosen = useSyncExternalStore(selection.subscribe, () => selection.get(projectId));
  const exists = chosen !== null && plan.scenarios.some((s) => s.id === chosen);
  const choose = useCallback((id: string) => selection.set(projectId, id), [selection, projectId]);
  return [exists ? chosen : fallback(), choose];
}
