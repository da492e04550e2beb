import { useEffect } from 'react';
import { useClient, useStoreState } from './context.tsx';

/**
 * In the browser host, closing or reloading the tab with unsaved edits asks first (the host
 * keeps the working copy for recovery either way). Not in Electron: there a beforeunload
 * handler silently cancels the window close, so the main process owns that question.
 */
export function useUnloadGuard(): void {
  const client = useClient();
  const { session } = useStoreState();
  const unsaved = session !== null && !session.meta.read_only && (session.meta.dirty || session.pending > 0);
  useEffect(() => {
    if (client.shell !== 'browser' || !unsaved) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [client, unsaved]);
}
