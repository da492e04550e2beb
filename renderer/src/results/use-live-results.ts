import { useEffect, useState, useSyncExternalStore } from 'react';
import { useClient, useStore, useStoreState } from '../app/context.tsx';
import { LiveResults, type LiveState } from './live-results.ts';

/**
 * Results of `scenarioIds` for the open project, rerun after every confirmed edit, undo and
 * redo (the project revision changes), with stale answers dropped (see live-results.ts).
 * `enabled: false` (a hidden tab) stops asking; errors go to the app's error notice.
 */
export function useLiveResults(scenarioIds: readonly string[], options: { mac: boolean; enabled?: boolean }): LiveState {
  const client = useClient();
  const store = useStore();
  const { session } = useStoreState();
  const [live] = useState(
    () =>
      new LiveResults(
        // `revision`: the host answers for that revision or a newer one, never an older one.
        (p) =>
          client.call('scenario.run', {
            project_id: p.projectId,
            scenario_ids: [...p.scenarioIds],
            mac: p.mac,
            revision: p.revision,
          }),
        (error) => store.reportError(error),
      ),
  );
  const projectId = session?.meta.project_id ?? null;
  const revision = session?.meta.revision ?? 0;
  const enabled = options.enabled ?? true;
  const idsKey = scenarioIds.join('\n');

  useEffect(() => {
    const ids = idsKey === '' ? [] : idsKey.split('\n');
    live.update(
      enabled && projectId !== null && ids.length > 0 ? { projectId, revision, scenarioIds: ids, mac: options.mac } : null,
    );
  }, [live, projectId, revision, idsKey, options.mac, enabled]);

  // Pipelined: ask for the revision an edit will make as soon as it is sent (live-results.ts).
  useEffect(() => store.onEditSent((id, rev) => live.expect(id, rev)), [store, live]);

  // Stop on unmount; the instance stays usable, so StrictMode's remount simply restarts it.
  useEffect(() => () => live.stop(), [live]);

  return useSyncExternalStore(live.subscribe, live.getSnapshot);
}
