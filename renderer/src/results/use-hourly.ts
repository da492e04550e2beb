import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ResponseOf } from '../../../core/api/contract.ts';
import { useClient, useStore, useStoreState } from '../app/context.tsx';
import { LiveResults, type LiveState } from './live-results.ts';

export type HourlyAnswer = ResponseOf<'scenario.hourly'>;

/** One scenario-year hour by hour (scenario.hourly), rerun after every edit like the live results. */
export function useHourly(scenarioId: string, year: number): LiveState<HourlyAnswer> {
  const client = useClient();
  const store = useStore();
  const { session } = useStoreState();
  const [live] = useState(
    () =>
      new LiveResults<HourlyAnswer>(
        async (p) => {
          const answer = await client.call('scenario.hourly', {
            project_id: p.projectId,
            scenario_id: p.scenarioIds[0] ?? '',
            year: p.year ?? 0,
          });
          return { revision: answer.revision, results: answer };
        },
        (error) => store.reportError(error),
      ),
  );
  const projectId = session?.meta.project_id ?? null;
  const revision = session?.meta.revision ?? 0;
  useEffect(() => {
    live.update(projectId === null ? null : { projectId, revision, scenarioIds: [scenarioId], mac: false, year });
  }, [live, projectId, revision, scenarioId, year]);
  useEffect(() => () => live.stop(), [live]);
  return useSyncExternalStore(live.subscribe, live.getSnapshot);
}
